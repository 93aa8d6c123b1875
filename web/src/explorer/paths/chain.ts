/*
 * A path answer as the canvas and the reader need it: entities and relationships to add (each once, though
 * paths share them), the ids to highlight path by path, and each path as a chain of steps in reading order.
 */
import type { ShortestPathsQuery } from '../../api/generated.ts';
import { toCanvasEdge, toCanvasNode } from '../model/graph.ts';
import type { CanvasEdge, CanvasNode, RelationshipType } from '../model/types.ts';

export type ApiPath = NonNullable<ShortestPathsQuery['shortestPaths']>[number];

export interface PathResult {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  paths: { nodeIds: string[]; edgeIds: string[] }[];
}

export function toPathResult(paths: readonly ApiPath[]): PathResult {
  const nodes = new Map<string, CanvasNode>();
  const edges = new Map<string, CanvasEdge>();
  const highlighted = paths.map((path) => {
    for (const entity of path.nodes) nodes.set(entity.id, toCanvasNode(entity));
    const edgeIds = path.relationships.map((relationship) => {
      const edge = toCanvasEdge(relationship);
      edges.set(edge.id, edge);
      return edge.id;
    });
    return { nodeIds: path.nodes.map((entity) => entity.id), edgeIds };
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()], paths: highlighted };
}

/**
 * One link of a chain: the relationship's kind, whether it points along the path or against it, and the
 * post or role it carries, which tells apart paths that differ only there (two posts held in one country).
 */
export interface Step {
  type: RelationshipType;
  forward: boolean;
  fact: string | null;
}

/** The step as an arrow: "—ATTENDED→", "←HELD_POST (President)—". */
export function sayStep(step: Step): string {
  const label = step.fact ? `${step.type} (${step.fact})` : step.type;
  return step.forward ? `—${label}→` : `←${label}—`;
}

/** A path as "A —ATTENDED→ event ←ATTENDED— B": the names in order, and the step between each and the next. */
export function chainOf(path: ApiPath): { names: string[]; steps: Step[] } {
  const steps = path.relationships.map((relationship, index) => ({
    type: relationship.type,
    forward: relationship.from.id === path.nodes[index]?.id,
    fact: relationship.post ?? relationship.role ?? null,
  }));
  return { names: path.nodes.map((entity) => entity.name), steps };
}

/** The chain in plain text, for screen readers and for copying. */
export function sayChain(path: ApiPath): string {
  const { names, steps } = chainOf(path);
  return names
    .map((name, index) => {
      const step = steps[index];
      if (!step) return name;
      return `${name} ${sayStep(step)}`;
    })
    .join(' ');
}

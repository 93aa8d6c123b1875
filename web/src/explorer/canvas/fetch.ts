/*
 * The canvas's questions to the API, each turned into canvas nodes and edges: an expansion, one entity with
 * its links to what is drawn, and a whole shared view. Errors pass through as ApiErrors for the page to show.
 */
import { ApiError, request } from '../../api/client.ts';
import { EntityInContextDocument, type EntityReference, ExpandNeighbourhoodDocument, type RelationshipType } from '../../api/generated.ts';
import { addToCanvas, type CanvasState, EMPTY_CANVAS, pin, setHidden, toCanvasEdge, toCanvasNode } from '../model/graph.ts';
import type { CanvasEdge, CanvasNode, Selection } from '../model/types.ts';
import type { SharedSelection, SharedView } from '../model/url-state.ts';

export interface Expansion {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  /** How many neighbours there are in all, and whether the limit left some out. */
  reachable: number;
  truncated: boolean;
}

export const EXPANSION_LIMIT = 60;

export async function fetchExpansion(id: string, follow: RelationshipType[] | null, signal?: AbortSignal): Promise<Expansion> {
  const data = await request(
    ExpandNeighbourhoodDocument,
    { of: { id }, limit: EXPANSION_LIMIT, ...(follow ? { follow } : {}) },
    signal ? { signal } : {},
  );
  const subgraph = data.neighbourhood;
  if (!subgraph) throw new ApiError('not-found', 'That entity is no longer in the graph: remove it from the canvas, or search for it again.');
  return {
    nodes: subgraph.nodes.map(toCanvasNode),
    edges: subgraph.relationships.map(toCanvasEdge),
    reachable: subgraph.reachable,
    truncated: subgraph.truncated,
  };
}

/** One entity and every relationship it has (the canvas keeps those whose other end it holds); null when unknown. */
export async function fetchEntityInContext(
  of: EntityReference,
  signal?: AbortSignal,
): Promise<{ node: CanvasNode; edges: CanvasEdge[] } | null> {
  const data = await request(EntityInContextDocument, { of }, signal ? { signal } : {});
  const centre = data.neighbourhood?.nodes[0];
  if (!centre) return null;
  const node = toCanvasNode(centre);
  const edges = (data.neighbourhood?.relationships ?? []).map(toCanvasEdge).filter((edge) => edge.source === node.id || edge.target === node.id);
  return { node, edges };
}

/** Runs `task` over `items`, at most `width` at a time, keeping the order of the answers. */
async function inParallel<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

export interface RestoredView {
  canvas: CanvasState;
  selection: Selection | null;
  /** Keys the link names that the graph no longer has. */
  missing: string[];
}

function resolveSelection(selection: SharedSelection | null, canvas: CanvasState, idOf: Map<string, string>): Selection | null {
  if (!selection) return null;
  if (selection.kind === 'node') {
    const id = idOf.get(selection.key);
    return id ? { kind: 'node', id } : null;
  }
  const [from, to] = [idOf.get(selection.from), idOf.get(selection.to)];
  const edge = Object.values(canvas.graph.edges).find((candidate) => candidate.type === selection.type && candidate.source === from && candidate.target === to);
  return edge ? { kind: 'edge', id: edge.id } : null;
}

/** Rebuilds a shared view: fetches each entity by key with its links, then pins, hides and selects as the link says. */
export async function restoreView(view: SharedView, signal?: AbortSignal): Promise<RestoredView> {
  const answers = await inParallel(view.keys, 4, (key) => fetchEntityInContext({ key }, signal));
  const found = answers.flatMap((answer) => (answer ? [answer] : []));
  let canvas = addToCanvas(
    EMPTY_CANVAS,
    found.map((answer) => answer.node),
    found.flatMap((answer) => answer.edges),
  );
  const idOf = new Map(found.map(({ node }) => [node.key, node.id]));
  for (const [key, at] of Object.entries(view.pinned)) {
    const id = idOf.get(key);
    if (id) canvas = pin(canvas, id, at);
  }
  canvas = setHidden(canvas, view.hidden.flatMap((key) => idOf.get(key) ?? []), true);
  return {
    canvas,
    selection: resolveSelection(view.selection, canvas, idOf),
    missing: view.keys.filter((key) => !idOf.has(key)),
  };
}

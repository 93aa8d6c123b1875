/*
 * The canvas's questions to the API, each turned into canvas nodes and edges: an expansion, one entity, the
 * relationships among what is drawn, and a whole shared view. Errors pass through as ApiErrors for the page
 * to show.
 */
import { ApiError, request } from '../../api/client.ts';
import {
  EntityByIdDocument,
  EntitiesByKeyDocument,
  ExpandNeighbourhoodDocument,
  type RelationshipType,
  RelationshipsAmongDocument,
} from '../../api/generated.ts';
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

/** One entity by id or key, as a canvas node; null when the graph has no such entity. */
export async function fetchEntity(of: { id: string } | { key: string }, signal?: AbortSignal): Promise<CanvasNode | null> {
  const options = signal ? { signal } : {};
  if ('id' in of) {
    const data = await request(EntityByIdDocument, { id: of.id }, options);
    return data.node && 'key' in data.node ? toCanvasNode(data.node) : null;
  }
  const [node] = await fetchEntitiesByKey([of.key], signal);
  return node ?? null;
}

/** The entities these keys name, as canvas nodes, in one question; keys that name none are left out. */
async function fetchEntitiesByKey(keys: string[], signal?: AbortSignal): Promise<CanvasNode[]> {
  const data = await request(EntitiesByKeyDocument, { keys }, signal ? { signal } : {});
  return data.entitiesByKey.flatMap((entity) => (entity ? [toCanvasNode(entity)] : []));
}

/** The most ids `relationshipsAmong`, and keys `entitiesByKey`, take in one question. */
export const MAX_AMONG = 500;
const MAX_KEYS = 500;

/**
 * Every relationship among these entities. Beyond 500 entities the first 500 are asked about (the caller
 * puts the ones that matter most, the new ones, first): edges among the rest are those already drawn.
 */
export async function fetchRelationshipsAmong(ids: string[], signal?: AbortSignal): Promise<CanvasEdge[]> {
  const unique = [...new Set(ids)].slice(0, MAX_AMONG);
  if (unique.length < 2) return [];
  const data = await request(RelationshipsAmongDocument, { ids: unique }, signal ? { signal } : {});
  return data.relationshipsAmong.map(toCanvasEdge);
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

/**
 * Rebuilds a shared view: the entities by key in one question, then the relationships among them in another,
 * then pins, hides and selects as the link says.
 */
export async function restoreView(view: SharedView, signal?: AbortSignal): Promise<RestoredView> {
  const found = await fetchEntitiesByKey(view.keys.slice(0, MAX_KEYS), signal);
  const edges = await fetchRelationshipsAmong(
    found.map((node) => node.id),
    signal,
  );
  let canvas = addToCanvas(EMPTY_CANVAS, found, edges);
  const idOf = new Map(found.map((node) => [node.key, node.id]));
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

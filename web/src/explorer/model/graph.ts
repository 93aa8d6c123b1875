/*
 * The canvas as data: which entities and relationships are on it, where each came from, and which are
 * pinned. Every change returns a new state and leaves the old one untouched, so undo and redo are a matter
 * of keeping states (model/history.ts), and React sees each change as a new object.
 */
import type { CanvasEntityFragment, CanvasRelationshipFragment } from '../../api/generated.ts';
import type { CanvasEdge, CanvasGraph, CanvasNode, EntityTypeName } from './types.ts';

export interface Point {
  x: number;
  y: number;
}

export interface CanvasState {
  graph: CanvasGraph;
  /**
   * For each node, the node whose expansion brought it, or null when the user put it there (search, a
   * path, a link). Collapse removes only what an expansion brought.
   */
  origin: Record<string, string | null>;
  /** Where pinned nodes stay; the layout moves every other node. */
  positions: Record<string, Point>;
}

export const EMPTY_CANVAS: CanvasState = { graph: { nodes: {}, edges: {} }, origin: {}, positions: {} };

/** The first and last day of an entity's date, whichever field of its type holds it. */
function dateRangeOf(entity: CanvasEntityFragment): { start: string; end: string } | null {
  switch (entity.__typename) {
    case 'Event':
      return entity.eventDate;
    case 'Agreement':
      return entity.agreementDate;
    case 'TradeFigure':
      return entity.period;
    case 'Target':
      return entity.deadline;
    default:
      return null;
  }
}

export function toCanvasNode(entity: CanvasEntityFragment): CanvasNode {
  const range = dateRangeOf(entity);
  return {
    id: entity.id,
    key: entity.key,
    type: entity.__typename as EntityTypeName,
    label: entity.name,
    dateStart: range?.start ?? null,
    dateEnd: range?.end ?? null,
    degree: entity.degree,
    pinned: false,
    hidden: false,
  };
}

/** The facts of a relationship that say something, as words, by field name. */
function factsOf(relationship: CanvasRelationshipFragment): Record<string, string> {
  const facts: Record<string, string | null | undefined> = {
    role: relationship.role,
    post: relationship.post,
    status: relationship.status?.toLowerCase().replaceAll('_', ' '),
    partner: relationship.partner?.name,
    since: relationship.since?.text,
    until: relationship.until?.text,
    asOf: relationship.asOf?.text,
    note: relationship.note,
  };
  return Object.fromEntries(Object.entries(facts).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** `Relationship.id` is stable across answers, so the same relationship from two questions merges into one edge. */
export function toCanvasEdge(relationship: CanvasRelationshipFragment): CanvasEdge {
  return {
    id: relationship.id,
    type: relationship.type,
    source: relationship.from.id,
    target: relationship.to.id,
    facts: factsOf(relationship),
  };
}

/**
 * Adds entities and relationships, merging with what is there: an entity already on the canvas keeps its
 * place, pin and origin and is shown again; a relationship is added only when both its ends are on the canvas.
 */
export function addToCanvas(state: CanvasState, nodes: CanvasNode[], edges: CanvasEdge[], origin: string | null = null): CanvasState {
  const graphNodes = { ...state.graph.nodes };
  const origins = { ...state.origin };
  for (const node of nodes) {
    const existing = graphNodes[node.id];
    if (existing) {
      graphNodes[node.id] = { ...existing, label: node.label, degree: Math.max(existing.degree, node.degree), hidden: false };
    } else {
      graphNodes[node.id] = { ...node, pinned: false, hidden: false };
      origins[node.id] = origin === node.id ? null : origin;
    }
  }
  const graphEdges = { ...state.graph.edges };
  for (const edge of edges) {
    if (graphNodes[edge.source] && graphNodes[edge.target]) graphEdges[edge.id] = edge;
  }
  return { ...state, graph: { nodes: graphNodes, edges: graphEdges }, origin: origins };
}

/** Ids of the nodes linked to this one on the canvas. */
export function neighboursOf(graph: CanvasGraph, id: string): Set<string> {
  const result = new Set<string>();
  for (const edge of Object.values(graph.edges)) {
    if (edge.source === id) result.add(edge.target);
    else if (edge.target === id) result.add(edge.source);
  }
  return result;
}

/**
 * The nodes an expansion of `centre` would take back: those it brought (directly or through a later
 * expansion of them), unpinned, and linked to nothing that stays.
 */
export function collapsible(state: CanvasState, centre: string): string[] {
  const brought = new Set<string>();
  let grew = true;
  // Everything brought by the centre, and by what it brought, transitively.
  while (grew) {
    grew = false;
    for (const [id, from] of Object.entries(state.origin)) {
      if (from !== null && (from === centre || brought.has(from)) && !brought.has(id) && id !== centre) {
        brought.add(id);
        grew = true;
      }
    }
  }
  for (const id of brought) if (state.graph.nodes[id]?.pinned) brought.delete(id);
  // Drop candidates linked to a node that stays, until none is.
  let shrank = true;
  while (shrank) {
    shrank = false;
    for (const id of brought) {
      const linkedToStayer = [...neighboursOf(state.graph, id)].some((other) => other !== centre && !brought.has(other));
      if (linkedToStayer) {
        brought.delete(id);
        shrank = true;
      }
    }
  }
  return [...brought];
}

export function collapse(state: CanvasState, centre: string): CanvasState {
  return removeNodes(state, collapsible(state, centre));
}

/** Takes nodes off the canvas with their relationships; what they brought stays, as if the user had added it. */
export function removeNodes(state: CanvasState, ids: Iterable<string>): CanvasState {
  const gone = new Set(ids);
  if (gone.size === 0) return state;
  const keep = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => !gone.has(id)));
  const nodes = keep(state.graph.nodes);
  const edges = Object.fromEntries(
    Object.entries(state.graph.edges).filter(([, edge]) => !gone.has(edge.source) && !gone.has(edge.target)),
  );
  const origin = Object.fromEntries(
    Object.entries(keep(state.origin)).map(([id, from]) => [id, from !== null && gone.has(from) ? null : from]),
  );
  return { graph: { nodes, edges }, origin, positions: keep(state.positions) };
}

function updateNodes(state: CanvasState, ids: Iterable<string>, change: Partial<CanvasNode>): CanvasState {
  const nodes = { ...state.graph.nodes };
  let changed = false;
  for (const id of ids) {
    const node = nodes[id];
    if (node) {
      nodes[id] = { ...node, ...change };
      changed = true;
    }
  }
  return changed ? { ...state, graph: { ...state.graph, nodes } } : state;
}

export function setHidden(state: CanvasState, ids: Iterable<string>, hidden: boolean): CanvasState {
  return updateNodes(state, ids, { hidden });
}

export function showAll(state: CanvasState): CanvasState {
  return setHidden(state, Object.keys(state.graph.nodes), false);
}

/** Fixes a node where it is (or where it was dropped): the layout leaves it there. */
export function pin(state: CanvasState, id: string, at: Point): CanvasState {
  if (!state.graph.nodes[id]) return state;
  const pinned = updateNodes(state, [id], { pinned: true });
  return { ...pinned, positions: { ...state.positions, [id]: { x: at.x, y: at.y } } };
}

export function unpin(state: CanvasState, id: string): CanvasState {
  if (!state.graph.nodes[id]) return state;
  const unpinned = updateNodes(state, [id], { pinned: false });
  const { [id]: _dropped, ...positions } = state.positions;
  return { ...unpinned, positions };
}

/** Counts of nodes per entity type, hidden ones included. */
export function countByType(graph: CanvasGraph): Partial<Record<EntityTypeName, number>> {
  const counts: Partial<Record<EntityTypeName, number>> = {};
  for (const node of Object.values(graph.nodes)) counts[node.type] = (counts[node.type] ?? 0) + 1;
  return counts;
}

import { useEffect, useRef } from 'react';
import type { CanvasState } from '../model/graph.ts';
import type { PathQuestion, Selection, ViewFilters } from '../model/types.ts';
import { parseView, serialiseView, type SharedSelection, type SharedView } from '../model/url-state.ts';

/** What the page keeps in each browser history entry, so back and forward restore a view without asking the API. */
export interface Snapshot {
  canvas: CanvasState;
  filters: ViewFilters;
  selection: Selection | null;
  path: PathQuestion | null;
}

function sharedSelection(selection: Selection | null, canvas: CanvasState): SharedSelection | null {
  if (!selection) return null;
  const { nodes, edges } = canvas.graph;
  if (selection.kind === 'node') {
    const node = nodes[selection.id];
    return node ? { kind: 'node', key: node.key } : null;
  }
  const edge = edges[selection.id];
  const from = edge && nodes[edge.source];
  const to = edge && nodes[edge.target];
  return edge && from && to ? { kind: 'edge', type: edge.type, from: from.key, to: to.key } : null;
}

/** The path question's ends by key when they are on the canvas: a link then reads, and outlives ids. */
function sharedPath(path: PathQuestion | null, canvas: CanvasState): PathQuestion | null {
  if (!path) return null;
  const key = (id: string) => canvas.graph.nodes[id]?.key ?? id;
  return { ...path, from: key(path.from), to: key(path.to) };
}

/** The reverse of `sharedPath`, once the canvas is restored. */
export function pathWithIds(path: PathQuestion | null, canvas: CanvasState): PathQuestion | null {
  if (!path) return null;
  const ids = new Map(Object.values(canvas.graph.nodes).map((node) => [node.key, node.id]));
  return { ...path, from: ids.get(path.from) ?? path.from, to: ids.get(path.to) ?? path.to };
}

export function toSharedView({ canvas, filters, selection, path }: Snapshot): SharedView {
  const { nodes } = canvas.graph;
  return {
    keys: Object.values(nodes).map((node) => node.key),
    pinned: Object.fromEntries(
      Object.entries(canvas.positions).flatMap(([id, at]) => (nodes[id] ? [[nodes[id].key, at] as const] : [])),
    ),
    hidden: Object.values(nodes).flatMap((node) => (node.hidden ? [node.key] : [])),
    filters,
    selection: sharedSelection(selection, canvas),
    path: sharedPath(path, canvas),
  };
}

function isSnapshot(value: unknown): value is { explorer: Snapshot } {
  return typeof value === 'object' && value !== null && 'explorer' in value;
}

/**
 * Keeps the address bar in step with the view: each meaningful change is a new history entry (so back undoes
 * it and the link shares it), and back/forward hand the entry's view to `onRestore`, or its address when the
 * entry is not ours (a link typed or pasted), to be fetched.
 */
export function useUrlSync(
  snapshot: Snapshot,
  enabled: boolean,
  onRestore: (snapshot: Snapshot) => void,
  onRestoreFromAddress: (search: string) => void,
) {
  const restoring = useRef(onRestore);
  restoring.current = onRestore;
  const fromAddress = useRef(onRestoreFromAddress);
  fromAddress.current = onRestoreFromAddress;

  useEffect(() => {
    if (!enabled) return;
    const search = serialiseView(toSharedView(snapshot));
    const state = { explorer: snapshot };
    if (search === window.location.search) window.history.replaceState(state, '');
    else window.history.pushState(state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, [snapshot, enabled]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      if (isSnapshot(event.state)) restoring.current(event.state.explorer);
      else fromAddress.current(window.location.search);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
}

export { parseView };

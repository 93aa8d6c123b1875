import type { CanvasEdge, CanvasGraph, CanvasNode } from '../model/types.ts';

/** What the user sees: node and edge ids, as the App computes them from the canvas and its filters. */
export interface VisibleIds {
  nodeIds: readonly string[];
  edgeIds: readonly string[];
}

export interface Subgraph {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

/**
 * The visible part of the canvas, in the order given. An edge is kept only when both its ends are kept, so
 * every file written from it is self-contained (GraphML, for one, refuses an edge to an unknown node).
 */
export function visibleSubgraph(graph: CanvasGraph, visible: VisibleIds): Subgraph {
  const nodes: CanvasNode[] = [];
  const kept = new Set<string>();
  for (const id of visible.nodeIds) {
    const node = graph.nodes[id];
    if (node && !kept.has(id)) {
      nodes.push(node);
      kept.add(id);
    }
  }
  const edges: CanvasEdge[] = [];
  const seenEdges = new Set<string>();
  for (const id of visible.edgeIds) {
    const edge = graph.edges[id];
    if (edge && !seenEdges.has(id) && kept.has(edge.source) && kept.has(edge.target)) {
      edges.push(edge);
      seenEdges.add(id);
    }
  }
  return { nodes, edges };
}

/*
 * Keeps sigma's graphology graph in step with the canvas state: adds, updates and drops nodes and edges,
 * and places each new node next to the node it came from, so an expansion grows out of its centre instead of
 * scattering across the picture.
 */
import type Graph from 'graphology';
import type { CanvasState, Point } from '../model/graph.ts';
import { neighboursOf } from '../model/graph.ts';
import { ENTITY_STYLE, iconDataUrl, nodeSize, relationshipLabel } from '../model/styles.ts';
import type { CanvasNode } from '../model/types.ts';

function positionOf(graph: Graph, id: string): Point | null {
  if (!graph.hasNode(id)) return null;
  return { x: graph.getNodeAttribute(id, 'x') as number, y: graph.getNodeAttribute(id, 'y') as number };
}

/** A spread proportional to the picture, so new nodes land near their anchor at any zoom of the layout. */
function spread(graph: Graph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  graph.forEachNode((_node, attributes) => {
    minX = Math.min(minX, attributes.x as number);
    maxX = Math.max(maxX, attributes.x as number);
  });
  return Number.isFinite(minX) ? Math.max((maxX - minX) * 0.08, 1) : 1;
}

function anchorFor(graph: Graph, state: CanvasState, node: CanvasNode): Point | null {
  const origin = state.origin[node.id];
  const fromOrigin = origin ? positionOf(graph, origin) : null;
  if (fromOrigin) return fromOrigin;
  for (const neighbour of neighboursOf(state.graph, node.id)) {
    const position = positionOf(graph, neighbour);
    if (position) return position;
  }
  return null;
}

function placeNew(graph: Graph, state: CanvasState, node: CanvasNode, radius: number): Point {
  const pinned = state.positions[node.id];
  if (pinned) return pinned;
  const anchor = anchorFor(graph, state, node) ?? { x: 0, y: 0 };
  const angle = Math.random() * 2 * Math.PI;
  const distance = radius * (0.5 + Math.random());
  return { x: anchor.x + distance * Math.cos(angle), y: anchor.y + distance * Math.sin(angle) };
}

/** Long titles (events, figures) would cover their neighbours: the canvas shows their start, the tooltip all of it. */
const LABEL_LENGTH = 34;

export function shortLabel(label: string): string {
  return label.length <= LABEL_LENGTH ? label : `${label.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
}

function nodeAttributes(node: CanvasNode) {
  const style = ENTITY_STYLE[node.type];
  return {
    label: shortLabel(node.label),
    size: nodeSize(node.degree),
    color: style.colour,
    image: iconDataUrl(node.type),
    pictoColor: '#ffffff',
    entityType: node.type,
    fixed: node.pinned,
  };
}

/** Applies the state to the graph; returns the ids of the nodes it added (the layout then runs). */
export function syncGraph(graph: Graph, state: CanvasState): string[] {
  const { nodes, edges } = state.graph;
  graph.forEachEdge((edge) => {
    if (!edges[edge]) graph.dropEdge(edge);
  });
  graph.forEachNode((node) => {
    if (!nodes[node]) graph.dropNode(node);
  });
  const radius = spread(graph);
  const added: string[] = [];
  for (const node of Object.values(nodes)) {
    if (graph.hasNode(node.id)) {
      graph.mergeNodeAttributes(node.id, { ...nodeAttributes(node), ...(node.pinned ? state.positions[node.id] : {}) });
    } else {
      graph.addNode(node.id, { ...nodeAttributes(node), ...placeNew(graph, state, node, radius) });
      added.push(node.id);
    }
  }
  for (const edge of Object.values(edges)) {
    if (!graph.hasEdge(edge.id) && graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { relationship: edge.type, label: relationshipLabel(edge.type), size: 1.5 });
    }
  }
  return added;
}

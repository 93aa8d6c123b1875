import type { CanvasEdge, CanvasGraph, CanvasNode } from '../model/types.ts';
import { type VisibleIds, visibleSubgraph } from './subgraph.ts';

/**
 * The visible subgraph as JSON: the canvas's own vocabulary (model/types.ts), so a file can be read back into
 * a canvas, and a marker saying what the file is, so reading back can refuse anything else in words.
 */

export const SUBGRAPH_FORMAT = 'kz-cn-graph/explorer-subgraph';
export const SUBGRAPH_VERSION = 1;

export interface SubgraphFile {
  format: typeof SUBGRAPH_FORMAT;
  version: typeof SUBGRAPH_VERSION;
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

export function toJson(graph: CanvasGraph, visible: VisibleIds): string {
  const { nodes, edges } = visibleSubgraph(graph, visible);
  const file: SubgraphFile = { format: SUBGRAPH_FORMAT, version: SUBGRAPH_VERSION, nodes, edges };
  return `${JSON.stringify(file, null, 2)}\n`;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isDate = (value: unknown): value is string | null => value === null || isString(value);

function nodeProblem(node: unknown): string | null {
  if (!isObject(node)) return 'is not an object';
  for (const field of ['id', 'key', 'type', 'label'] as const) if (!isString(node[field])) return `has no text "${field}"`;
  if (!isDate(node.dateStart) || !isDate(node.dateEnd)) return 'has a date that is neither text nor null';
  if (typeof node.degree !== 'number') return 'has no number "degree"';
  if (typeof node.pinned !== 'boolean' || typeof node.hidden !== 'boolean') return 'lacks "pinned" or "hidden"';
  return null;
}

function edgeProblem(edge: unknown, nodeIds: Set<string>): string | null {
  if (!isObject(edge)) return 'is not an object';
  for (const field of ['id', 'type', 'source', 'target'] as const) if (!isString(edge[field])) return `has no text "${field}"`;
  if (!nodeIds.has(edge.source as string) || !nodeIds.has(edge.target as string)) return 'joins a node the file does not have';
  if (!isObject(edge.facts) || !Object.values(edge.facts).every(isString)) return 'has facts that are not all text';
  return null;
}

/** Reads a file `toJson` wrote back into a canvas graph; throws an Error saying what is wrong with it. */
export function fromJson(text: string): CanvasGraph {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new Error('The file is not JSON.');
  }
  if (!isObject(file) || file.format !== SUBGRAPH_FORMAT) throw new Error('The file is not a subgraph exported by the explorer.');
  if (file.version !== SUBGRAPH_VERSION) throw new Error(`The file is version ${String(file.version)}; this explorer reads version ${SUBGRAPH_VERSION}.`);
  if (!Array.isArray(file.nodes) || !Array.isArray(file.edges)) throw new Error('The file has no lists of nodes and edges.');
  const graph: CanvasGraph = { nodes: {}, edges: {} };
  file.nodes.forEach((node: unknown, index) => {
    const problem = nodeProblem(node);
    if (problem) throw new Error(`Node ${index + 1} in the file ${problem}.`);
    const canvasNode = node as CanvasNode;
    graph.nodes[canvasNode.id] = canvasNode;
  });
  const nodeIds = new Set(Object.keys(graph.nodes));
  file.edges.forEach((edge: unknown, index) => {
    const problem = edgeProblem(edge, nodeIds);
    if (problem) throw new Error(`Edge ${index + 1} in the file ${problem}.`);
    const canvasEdge = edge as CanvasEdge;
    graph.edges[canvasEdge.id] = canvasEdge;
  });
  return graph;
}

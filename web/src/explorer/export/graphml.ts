import type { CanvasEdge, CanvasGraph, CanvasNode } from '../model/types.ts';
import { type VisibleIds, visibleSubgraph } from './subgraph.ts';
import { escapeXml } from './xml.ts';

/**
 * The visible subgraph as GraphML (http://graphml.graphdrawing.org/), the format Gephi, Cytoscape, yEd and
 * networkx read: every attribute declared by a <key>, every value typed. Node ids are the readable entity keys
 * made into XML name tokens (`person:olzhas-bektenov`), so a tool's table reads well; the API's own id is kept
 * as the attribute `apiId`.
 */

interface KeyDeclaration<Item> {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int';
  value(item: Item): string | number | null;
}

const NODE_KEYS: KeyDeclaration<CanvasNode>[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string', value: (node) => node.label },
  { id: 'type', for: 'node', name: 'type', type: 'string', value: (node) => node.type },
  { id: 'key', for: 'node', name: 'key', type: 'string', value: (node) => node.key },
  { id: 'dateStart', for: 'node', name: 'dateStart', type: 'string', value: (node) => node.dateStart },
  { id: 'dateEnd', for: 'node', name: 'dateEnd', type: 'string', value: (node) => node.dateEnd },
  { id: 'degree', for: 'node', name: 'degree', type: 'int', value: (node) => node.degree },
  { id: 'apiId', for: 'node', name: 'apiId', type: 'string', value: (node) => node.id },
];

const EDGE_KEYS: KeyDeclaration<CanvasEdge>[] = [
  // Gephi shows an edge's `label`; the relationship type is the readable name of an edge.
  { id: 'edgeLabel', for: 'edge', name: 'label', type: 'string', value: (edge) => edge.type },
  { id: 'edgeType', for: 'edge', name: 'type', type: 'string', value: (edge) => edge.type },
  { id: 'edgeApiId', for: 'edge', name: 'apiId', type: 'string', value: (edge) => edge.id },
];

/** One key per fact name the visible edges carry (role, post, since, ...), so each becomes a column. */
function factKeys(edges: readonly CanvasEdge[]): KeyDeclaration<CanvasEdge>[] {
  const names = [...new Set(edges.flatMap((edge) => Object.keys(edge.facts)))].sort();
  return names.map((name) => ({
    id: `fact_${name.replace(/[^A-Za-z0-9_]/g, '_')}`,
    for: 'edge',
    name,
    type: 'string',
    value: (edge) => edge.facts[name] ?? null,
  }));
}

/** Readable, unique XML name tokens (letters, digits, `.`, `-`, `_`, `:`) for the nodes, by API id. */
function nodeTokens(nodes: readonly CanvasNode[]): Map<string, string> {
  const tokens = new Map<string, string>();
  const taken = new Set<string>();
  for (const node of nodes) {
    const base = node.key.replaceAll('/', ':').replace(/[^A-Za-z0-9._:-]/g, '_') || 'node';
    let token = base;
    for (let n = 2; taken.has(token); n++) token = `${base}-${n}`;
    taken.add(token);
    tokens.set(node.id, token);
  }
  return tokens;
}

function keyLine<Item>(key: KeyDeclaration<Item>): string {
  return `  <key id="${escapeXml(key.id)}" for="${key.for}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`;
}

function dataLines<Item>(item: Item, keys: readonly KeyDeclaration<Item>[]): string[] {
  return keys.flatMap((key) => {
    const value = key.value(item);
    return value === null ? [] : [`      <data key="${escapeXml(key.id)}">${escapeXml(String(value))}</data>`];
  });
}

export function toGraphML(graph: CanvasGraph, visible: VisibleIds): string {
  const { nodes, edges } = visibleSubgraph(graph, visible);
  const edgeKeys = [...EDGE_KEYS, ...factKeys(edges)];
  const tokens = nodeTokens(nodes);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(keyLine),
    ...edgeKeys.map(keyLine),
    '  <graph id="explorer" edgedefault="directed">',
  ];
  for (const node of nodes) {
    lines.push(`    <node id="${escapeXml(tokens.get(node.id)!)}">`, ...dataLines(node, NODE_KEYS), '    </node>');
  }
  edges.forEach((edge, index) => {
    const ends = `source="${escapeXml(tokens.get(edge.source)!)}" target="${escapeXml(tokens.get(edge.target)!)}"`;
    lines.push(`    <edge id="e${index}" ${ends}>`, ...dataLines(edge, edgeKeys), '    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/*
 * What the filters let through: the visible part of the canvas is computed here, away from the renderer,
 * so the table view, the exports and the picture always agree on what "visible" means.
 */
import type { CanvasGraph, CanvasNode, EntityTypeName, RelationshipType, ViewFilters } from './types.ts';

export const NO_FILTERS: ViewFilters = { hiddenEntityTypes: [], hiddenRelationshipTypes: [], dateFrom: null, dateTo: null };

export function isFiltering(filters: ViewFilters): boolean {
  return (
    filters.hiddenEntityTypes.length > 0 || filters.hiddenRelationshipTypes.length > 0 || filters.dateFrom !== null || filters.dateTo !== null
  );
}

/** Whether a node's date overlaps the range; undated nodes always pass. */
export function inDateRange(node: CanvasNode, from: string | null, to: string | null): boolean {
  if (node.dateStart === null || node.dateEnd === null) return true;
  if (from !== null && node.dateEnd < from) return false;
  if (to !== null && node.dateStart > to) return false;
  return true;
}

export function nodeVisible(node: CanvasNode, filters: ViewFilters): boolean {
  return !node.hidden && !filters.hiddenEntityTypes.includes(node.type) && inDateRange(node, filters.dateFrom, filters.dateTo);
}

export interface Visible {
  nodeIds: string[];
  edgeIds: string[];
}

/** The nodes and edges drawn: visible nodes, and the edges of a shown type between two of them. */
export function visibleSubgraph(graph: CanvasGraph, filters: ViewFilters): Visible {
  const nodeIds = Object.values(graph.nodes)
    .filter((node) => nodeVisible(node, filters))
    .map((node) => node.id);
  const shown = new Set(nodeIds);
  const edgeIds = Object.values(graph.edges)
    .filter((edge) => shown.has(edge.source) && shown.has(edge.target) && !filters.hiddenRelationshipTypes.includes(edge.type))
    .map((edge) => edge.id);
  return { nodeIds, edgeIds };
}

export function countRelationshipTypes(graph: CanvasGraph): Partial<Record<RelationshipType, number>> {
  const counts: Partial<Record<RelationshipType, number>> = {};
  for (const edge of Object.values(graph.edges)) counts[edge.type] = (counts[edge.type] ?? 0) + 1;
  return counts;
}

/** Adds the value when absent, removes it when present. */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

export function toggleEntityType(filters: ViewFilters, type: EntityTypeName): ViewFilters {
  return { ...filters, hiddenEntityTypes: toggle(filters.hiddenEntityTypes, type) };
}

export function toggleRelationshipType(filters: ViewFilters, type: RelationshipType): ViewFilters {
  return { ...filters, hiddenRelationshipTypes: toggle(filters.hiddenRelationshipTypes, type) };
}

function nextMonth(month: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** Beyond this many months the histogram would be a comb of hairlines; the gaps are then left out. */
const MAX_MONTHS = 120;

/**
 * Dated nodes on the canvas by month (YYYY-MM of their first day), for the timeline's histogram, with the
 * empty months between them, so the bars stand where they fall in time.
 */
export function monthsOfNodes(graph: CanvasGraph): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of Object.values(graph.nodes)) {
    if (node.dateStart === null) continue;
    const month = node.dateStart.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const sorted = [...counts.keys()].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return counts;
  const months = new Map<string, number>();
  for (let month = first; month <= last && months.size <= MAX_MONTHS; month = nextMonth(month)) months.set(month, counts.get(month) ?? 0);
  return months.size > MAX_MONTHS ? new Map(sorted.map((month) => [month, counts.get(month) ?? 0])) : months;
}

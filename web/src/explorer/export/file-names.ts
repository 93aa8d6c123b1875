import type { CanvasGraph } from '../model/types.ts';
import type { VisibleIds } from './subgraph.ts';

/** Lower-case words joined by dashes, safe in a file name on any system. */
export function slug(text: string, maxLength = 40): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, maxLength).replace(/-+$/, '') || 'untitled';
}

/**
 * A file name that says what the view shows: its best-connected entities, and how many others
 * (`kassym-jomart-tokayev-xi-jinping-and-12-more.graphml`), so several exports are told apart in a folder.
 */
export function viewFileName(graph: CanvasGraph, visible: VisibleIds, extension: string): string {
  const shown = visible.nodeIds.flatMap((id) => (graph.nodes[id] ? [graph.nodes[id]] : []));
  if (shown.length === 0) return `empty-view.${extension}`;
  const leading = [...shown].sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label)).slice(0, 2);
  const rest = shown.length - leading.length;
  const name = leading.map((node) => slug(node.label, 30)).join('-');
  return `${name}${rest > 0 ? `-and-${rest}-more` : ''}.${extension}`;
}

import type Sigma from 'sigma';
import { ENTITY_STYLE } from '../model/styles.ts';
import type { CanvasGraph } from '../model/types.ts';
import type { VisibleIds } from './subgraph.ts';
import type { Picture, PictureEdge, PictureNode } from './svg.ts';

/**
 * What the renderer shows, read back from sigma for the SVG: each visible node where it is on screen (sigma's
 * framed-graph coordinates through the camera), at the radius it is drawn (`scaleSize`), in its colour, with
 * its label; each visible edge between them. Nodes sigma hides (a reducer's `hidden`) are left out.
 */
export function pictureOf(sigma: Sigma, graph: CanvasGraph, visible: VisibleIds, title: string): Picture {
  const { width, height } = sigma.getDimensions();
  const nodes: PictureNode[] = visible.nodeIds.flatMap((id) => {
    const data = sigma.getNodeDisplayData(id);
    if (!data || data.hidden) return [];
    const { x, y } = sigma.framedGraphToViewport(data);
    const node = graph.nodes[id];
    const icon = node ? ENTITY_STYLE[node.type].icon : null;
    return [{ id, x, y, radius: sigma.scaleSize(data.size), colour: data.color, label: data.label ?? node?.label ?? null, icon }];
  });
  const drawn = new Set(nodes.map((node) => node.id));
  const edges: PictureEdge[] = visible.edgeIds.flatMap((id) => {
    const edge = graph.edges[id];
    if (!edge || !drawn.has(edge.source) || !drawn.has(edge.target)) return [];
    const data = sigma.getEdgeDisplayData(id);
    if (data?.hidden) return [];
    return [{ id, source: edge.source, target: edge.target, colour: data?.color ?? '#c7c7c7', width: sigma.scaleSize(data?.size ?? 1) }];
  });
  return { width, height, title, nodes, edges };
}

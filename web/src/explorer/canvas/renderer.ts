/*
 * Sigma over a graphology graph, with ForceAtlas2 in a web worker that stops by itself once the picture
 * holds still. Knows nothing of the API or React: the canvas component and the benchmark page both drive it
 * with a plain graph whose nodes carry x, y, size, color and label.
 */
import { createNodeImageProgram } from '@sigma/node-image';
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { createNodeCompoundProgram, NodeCircleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';

export interface LayoutControl {
  /** Runs the layout until it settles (or `maxMs` passes), then stops it. */
  start(maxMs?: number): void;
  stop(): void;
  isRunning(): boolean;
}

export interface Renderer {
  sigma: Sigma;
  layout: LayoutControl;
  dispose(): void;
}

export interface RendererOptions {
  settings?: Partial<Settings>;
  /** Hears when the layout starts and stops, so the page can say "arranging…" and tests can wait for it. */
  onLayoutChange?(running: boolean): void;
}

/** A white pictogram of the node's type (`image`, coloured by `pictoColor`) drawn inside its coloured disc. */
const NodeWithIconProgram = createNodeCompoundProgram([
  NodeCircleProgram,
  createNodeImageProgram({ padding: 0.25, size: { mode: 'force', value: 96 }, drawingMode: 'color', colorAttribute: 'pictoColor', keepWithinCircle: true }),
]);

export const DEFAULT_SETTINGS: Partial<Settings> = {
  defaultNodeType: 'icon',
  nodeProgramClasses: { icon: NodeWithIconProgram },
  defaultEdgeType: 'arrow',
  defaultEdgeColor: '#b8bec6',
  enableEdgeEvents: true,
  renderEdgeLabels: true,
  edgeLabelSize: 11,
  edgeLabelColor: { color: '#4b5563' },
  // Labels of big nodes first, and only as many as fit without overlapping; all of them once zoomed in.
  labelRenderedSizeThreshold: 9,
  labelDensity: 0.6,
  labelGridCellSize: 90,
  labelSize: 13,
  labelFont: 'system-ui, sans-serif',
  labelColor: { color: '#1f2937' },
  zIndex: true,
  minCameraRatio: 0.05,
  maxCameraRatio: 8,
  // Room for the labels of nodes at the edge of the picture.
  stagePadding: 80,
};

/** How long the layout may run at most, and how still the picture must be (in graph units per frame) to stop. */
const MAX_LAYOUT_MS = 6_000;
const CHECK_EVERY_MS = 250;
const SETTLED_SHARE = 0.002;

function positions(graph: Graph): Map<string, [number, number]> {
  const result = new Map<string, [number, number]>();
  graph.forEachNode((node, attributes) => result.set(node, [attributes.x as number, attributes.y as number]));
  return result;
}

/** The largest move of a node since the last check, as a share of the picture's extent. */
function largestMove(before: Map<string, [number, number]>, after: Map<string, [number, number]>): number {
  let extent = 1;
  let largest = 0;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [node, [x, y]] of after) {
    xs.push(x);
    ys.push(y);
    const previous = before.get(node);
    if (previous) largest = Math.max(largest, Math.hypot(x - previous[0], y - previous[1]));
  }
  if (xs.length > 1) extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
  return largest / extent;
}

/** Pixels kept between two discs once the layout has stopped, and up to how many nodes that is done. */
const GAP_PX = 8;
const MAX_SEPARATED = 1_500;

/**
 * ForceAtlas2 leaves nodes with the same neighbours on top of one another. Once it stops, this pushes
 * overlapping discs apart (as they are drawn, in pixels, converted to graph units), never moving pinned ones.
 */
export function separateOverlaps(sigma: Sigma, graph: Graph, rounds = 30): void {
  // Pairwise: cheap for what a person explores (hundreds), too slow for a synthetic graph of thousands.
  if (graph.order > MAX_SEPARATED) return;
  const origin = sigma.viewportToGraph({ x: 0, y: 0 });
  const across = sigma.viewportToGraph({ x: 100, y: 0 });
  const unitsPerPixel = Math.hypot(across.x - origin.x, across.y - origin.y) / 100;
  if (!Number.isFinite(unitsPerPixel) || unitsPerPixel === 0) return;
  const nodes = graph.nodes().map((id) => ({ id, ...(graph.getNodeAttributes(id) as { x: number; y: number; size?: number; fixed?: boolean }) }));
  for (let round = 0; round < rounds; round += 1) {
    let moved = false;
    for (let i = 0; i < nodes.length; i += 1) {
      for (let j = i + 1; j < nodes.length; j += 1) {
        const [a, b] = [nodes[i]!, nodes[j]!];
        const least = ((a.size ?? 5) + (b.size ?? 5) + GAP_PX) * unitsPerPixel;
        let [dx, dy] = [b.x - a.x, b.y - a.y];
        const distance = Math.hypot(dx, dy);
        if (distance >= least) continue;
        if (distance === 0) [dx, dy] = [Math.cos(i + j), Math.sin(i + j)];
        const push = (least - distance) / (Math.hypot(dx, dy) || 1);
        const share = a.fixed || b.fixed ? 1 : 0.5;
        if (!a.fixed) [a.x, a.y] = [a.x - dx * push * share, a.y - dy * push * share];
        if (!b.fixed) [b.x, b.y] = [b.x + dx * push * share, b.y + dy * push * share];
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (const node of nodes) graph.mergeNodeAttributes(node.id, { x: node.x, y: node.y });
}

function createLayout(graph: Graph, onChange: (running: boolean) => void): LayoutControl & { kill(): void } {
  const supervisor = new FA2Layout(graph, {
    settings: { ...inferSettings(Math.max(graph.order, 50)), barnesHutOptimize: false, adjustSizes: true, slowDown: 5 },
  });
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    if (supervisor.isRunning()) supervisor.stop();
    onChange(false);
  };
  return {
    start(maxMs = MAX_LAYOUT_MS) {
      if (timer !== undefined) clearInterval(timer);
      if (graph.order < 2) {
        stop();
        return;
      }
      supervisor.start();
      onChange(true);
      const began = performance.now();
      let last = positions(graph);
      timer = setInterval(() => {
        const now = positions(graph);
        const settled = last.size === now.size && largestMove(last, now) < SETTLED_SHARE;
        last = now;
        if (settled || performance.now() - began > maxMs) stop();
      }, CHECK_EVERY_MS);
    },
    stop,
    isRunning: () => supervisor.isRunning(),
    kill() {
      if (timer !== undefined) clearInterval(timer);
      supervisor.kill();
    },
  };
}

/**
 * Above this many nodes, edges and labels are left out while the camera moves: `npm run bench:explorer` measured
 * panning 10,000 nodes about three times faster so, and a picture that large is read once it stands still.
 */
const LARGE_GRAPH = 2_000;

function fitToSize(sigma: Sigma, graph: Graph, settings: Partial<Settings> | undefined): void {
  const large = graph.order > LARGE_GRAPH;
  if (settings?.hideEdgesOnMove === undefined) sigma.setSetting('hideEdgesOnMove', large);
  if (settings?.hideLabelsOnMove === undefined) sigma.setSetting('hideLabelsOnMove', large);
}

export function createRenderer(container: HTMLElement, graph: Graph, options: RendererOptions = {}): Renderer {
  const sigma = new Sigma(graph, container, { ...DEFAULT_SETTINGS, ...options.settings });
  fitToSize(sigma, graph, options.settings);
  const layout = createLayout(graph, (running) => {
    if (running) fitToSize(sigma, graph, options.settings);
    if (!running) separateOverlaps(sigma, graph);
    options.onLayoutChange?.(running);
  });
  return {
    sigma,
    layout: { start: layout.start, stop: layout.stop, isRunning: layout.isRunning },
    dispose() {
      layout.kill();
      sigma.kill();
    },
  };
}

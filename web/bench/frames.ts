/*
 * The frame-time benchmark page (built and opened only by scripts/measure-explorer.ts, never shipped): a
 * synthetic graph drawn the way the explorer draws its canvas, then a scripted tour of camera pans and zooms.
 * It records the time between animation frames and how long each sigma render took, and leaves the raw
 * figures in `window.frameBench` for the script to summarise.
 */
import Graph from 'graphology';
import type { CameraState } from 'sigma/types';
import type { EntityTypeName, RelationshipType } from '../src/explorer/model/types.ts';
import { NodeCircleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { createRenderer } from '../src/explorer/canvas/renderer.ts';
import { ENTITY_STYLE, iconDataUrl, nodeSize, relationshipLabel } from '../src/explorer/model/styles.ts';
import type { FrameBenchResult } from './frame-result.ts';

declare global {
  interface Window {
    frameBench?: Promise<FrameBenchResult>;
  }
}

const ENTITY_TYPES = Object.keys(ENTITY_STYLE) as EntityTypeName[];
const RELATIONSHIP_TYPES: RelationshipType[] = ['ATTENDED', 'CONCERNS', 'SIGNED_AT', 'PART_OF', 'LOCATED_IN', 'HELD_POST', 'PARTY_TO', 'STATED_AT'];

/**
 * The explorer's renderer as it is, and with what costs most switched off, so the cost of each choice is
 * measured rather than guessed.
 */
const VARIANTS: Record<string, { description: string; settings: Partial<Settings> }> = {
  explorer: { description: "the explorer's renderer and settings (edges and labels hidden while moving, as for any large graph)", settings: {} },
  'draw-on-move': {
    description: 'the same, drawing edges and labels while the camera moves',
    settings: { hideEdgesOnMove: false, hideLabelsOnMove: false },
  },
  plain: {
    description: 'the same renderer with plain circles, no edge labels, no edge events',
    settings: { defaultNodeType: 'circle', nodeProgramClasses: { circle: NodeCircleProgram }, renderEdgeLabels: false, enableEdgeEvents: false },
  },
};

/** A small seeded generator (mulberry32), so every run draws the same graph. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A node's attributes as the explorer's canvas sets them (web/src/explorer/canvas/sync.ts), bar its size. */
function nodeAttributes(type: EntityTypeName, n: number, icons: Map<EntityTypeName, string>) {
  return { label: `Synthetic ${ENTITY_STYLE[type].label} ${n}`, color: ENTITY_STYLE[type].colour, image: icons.get(type), pictoColor: '#ffffff', entityType: type, fixed: false };
}

/**
 * Nodes in clusters, as a laid-out graph of communities looks, with most edges inside a cluster and some
 * across, so the canvas has both short and long edges to draw.
 */
export function syntheticGraph(nodeCount: number, edgeCount: number): Graph {
  const random = seededRandom(20_261_203);
  const icons = new Map(ENTITY_TYPES.map((type) => [type, iconDataUrl(type)]));
  const graph = new Graph({ multi: false, type: 'directed' });
  const clusters = Math.max(1, Math.round(Math.sqrt(nodeCount) / 2));
  const centres = Array.from({ length: clusters }, () => ({ x: random() * 1000, y: random() * 1000 }));
  for (let n = 0; n < nodeCount; n++) {
    const cluster = n % clusters;
    const centre = centres[cluster]!;
    const type = ENTITY_TYPES[Math.floor(random() * ENTITY_TYPES.length)]!;
    graph.addNode(`n${n}`, { ...nodeAttributes(type, n, icons), x: centre.x + (random() - 0.5) * 80, y: centre.y + (random() - 0.5) * 80, size: 1 });
  }
  while (graph.size < edgeCount) {
    const source = Math.floor(random() * nodeCount);
    const sameCluster = random() < 0.8;
    const target = sameCluster ? (source + clusters * (1 + Math.floor(random() * 20))) % nodeCount : Math.floor(random() * nodeCount);
    if (source === target) continue;
    const relationship = RELATIONSHIP_TYPES[Math.floor(random() * RELATIONSHIP_TYPES.length)]!;
    graph.mergeEdge(`n${source}`, `n${target}`, { relationship, label: relationshipLabel(relationship), size: 1.5 });
  }
  // Sized by degree, as the explorer sizes an entity by its relationships.
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', nodeSize(graph.degree(node))));
  return graph;
}

function webglRenderer(): string {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 'no WebGL 2';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** The fewest frames a tour records, unless it has run for MAX_TOUR_MS. */
const MIN_FRAMES = 20;
const MAX_TOUR_MS = 90_000;

/** Pans across the graph and zooms in and out: legs of equal length, each eased linearly. */
const TOUR: Partial<CameraState>[] = [
  { x: 0.3, y: 0.3, ratio: 1 },
  { ratio: 0.25 },
  { x: 0.7, y: 0.4 },
  { x: 0.6, y: 0.75 },
  { ratio: 1.5 },
  { x: 0.4, y: 0.6 },
  { ratio: 0.5 },
  { x: 0.5, y: 0.5, ratio: 1 },
];

async function run(): Promise<FrameBenchResult> {
  const parameters = new URLSearchParams(location.search);
  const nodes = Number(parameters.get('nodes') ?? 10_000);
  const edges = Number(parameters.get('edges') ?? 30_000);
  const tourMs = Number(parameters.get('seconds') ?? 5) * 1000;
  const variant = VARIANTS[parameters.get('variant') ?? 'explorer'];
  if (!variant) throw new Error(`No variant ${parameters.get('variant')}; there are ${Object.keys(VARIANTS).join(', ')}`);
  const container = document.getElementById('canvas')!;
  const graph = syntheticGraph(nodes, edges);
  const { sigma, layout } = createRenderer(container, graph, { settings: variant.settings });
  // Pan and zoom are timed on a settled graph: a running layout would move the nodes under the camera.
  if (layout.isRunning()) layout.stop();

  // Settle first: the first frames upload the graph to the GPU and are not what panning costs. Bounded in
  // time too, since on the CPU one frame of a large graph can take seconds.
  const settleUntil = performance.now() + 2_000;
  for (let frame = 0; frame < 30 && (frame < 3 || performance.now() < settleUntil); frame++) await nextFrame();

  const renderDurations: number[] = [];
  let renderStarted = 0;
  sigma.on('beforeRender', () => (renderStarted = performance.now()));
  sigma.on('afterRender', () => renderDurations.push(performance.now() - renderStarted));

  const frameIntervals: number[] = [];
  let touring = true;
  const recordFrames = async () => {
    let previous = await nextFrame();
    while (touring) {
      const now = await nextFrame();
      frameIntervals.push(now - previous);
      previous = now;
    }
  };
  const recording = recordFrames();
  const camera = sigma.getCamera();
  const started = performance.now();
  // When frames are slower than the legs, a leg is a frame or two: the tour goes round again until it has
  // enough frames to say something, within a bound.
  const enough = () => performance.now() - started >= tourMs && frameIntervals.length >= MIN_FRAMES;
  for (let leg = 0; !enough() && performance.now() - started < MAX_TOUR_MS; leg++) {
    await camera.animate(TOUR[leg % TOUR.length]!, { duration: tourMs / TOUR.length, easing: 'linear' });
  }
  touring = false;
  await recording;
  const elapsedMs = performance.now() - started;
  // Left drawn, for a screenshot.
  return { renderer: variant.description, nodes: graph.order, edges: graph.size, webgl: webglRenderer(), tourMs, elapsedMs, frameIntervals, renderDurations };
}

// Set before any work: drawing the graph blocks the page, and the script waits for this to exist first.
window.frameBench = Promise.resolve().then(run);

/**
 * Frame time while panning and zooming a large synthetic graph: builds web/bench/frames.html with Vite into
 * a temporary folder (never web/dist, so it never ships), serves it, and runs its camera tour in headless
 * Chromium.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { screenshot } from '../../tests/support/browser.ts';
import sirv from 'sirv';
import { build } from 'vite';
import { listen } from '../../src/http-server.ts';
import { paths } from '../../src/paths.ts';
import type { FrameBenchResult } from '../../web/bench/frame-result.ts';
import { type Cleanup, within } from './cleanup.ts';
import { ms, percentile, progress, table } from './report.ts';

/** A frame that takes longer than this has missed at least one 30 fps deadline. */
const DROPPED_FRAME_MS = 33;

export interface FrameTimeOptions {
  nodes: number;
  edges: number;
  seconds: number;
}

/** Builds the bench page and serves it; returns its address. */
async function serveBenchPage(cleanup: Cleanup): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'explorer-bench-'));
  cleanup.add('the bench page build', () => rm(outDir, { recursive: true, force: true }));
  const web = join(paths.projectRoot, 'web');
  await build({
    configFile: false,
    root: web,
    base: '/',
    publicDir: false,
    logLevel: 'warn',
    // As web/vite.config.ts compiles the explorer, in case the renderer brings JSX along.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, rollupOptions: { input: join(web, 'bench', 'frames.html') } },
  });
  const files = sirv(outDir, { dev: true });
  const server = await listen((request, response) => files(request, response), { port: 0, host: '127.0.0.1' });
  cleanup.add('the bench page server', () => server.close(1_000));
  return `http://127.0.0.1:${server.port}/bench/frames.html`;
}

/** The renderer's variants the page knows (web/bench/frames.ts), the explorer's own first. */
const VARIANTS = ['explorer', 'draw-on-move', 'plain'];

async function tourOnce(browser: Browser, address: string, variant: string, options: FrameTimeOptions): Promise<FrameBenchResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const query = new URLSearchParams({ nodes: String(options.nodes), edges: String(options.edges), seconds: String(options.seconds), variant });
    await page.goto(`${address}?${query}`, { waitUntil: 'commit' });
    await page.waitForFunction('window.frameBench !== undefined', null, { timeout: 120_000 });
    // Evaluating the promise waits for the tour to end; on the CPU one frame of this graph can take seconds.
    const result = await within(page.evaluate('window.frameBench') as Promise<FrameBenchResult>, options.seconds * 1000 + 300_000, 'The frame-time tour');
    progress(`Screenshot: ${await screenshot(page, `explorer-bench-frames-${variant}`)}`);
    return result;
  } finally {
    await page.close();
  }
}

export async function measureFrameTime(browser: Browser, cleanup: Cleanup, options: FrameTimeOptions): Promise<FrameBenchResult[]> {
  progress('Building the frame-time page');
  const address = await serveBenchPage(cleanup);
  const results: FrameBenchResult[] = [];
  for (const variant of VARIANTS) {
    progress(`Panning and zooming ${options.nodes} nodes and ${options.edges} edges for ${options.seconds} s: ${variant}`);
    results.push(await tourOnce(browser, address, variant, options));
  }
  return results;
}

function row(result: FrameBenchResult): string[] {
  const intervals = result.frameIntervals;
  const dropped = intervals.filter((interval) => interval > DROPPED_FRAME_MS).length;
  return [
    result.renderer,
    String(intervals.length),
    (intervals.length / (result.elapsedMs / 1000)).toFixed(1),
    `${(result.elapsedMs / 1000).toFixed(1)} s`,
    ms(percentile(intervals, 50)),
    ms(percentile(intervals, 95)),
    `${dropped} (${((100 * dropped) / Math.max(1, intervals.length)).toFixed(0)} %)`,
    ms(percentile(result.renderDurations, 50)),
  ];
}

export function describeFrameTime(results: FrameBenchResult[]): string {
  const first = results[0]!;
  return [
    `${first.nodes} nodes and ${first.edges} edges with the explorer's node and edge attributes, in clusters; a tour of`,
    `camera pans and zooms of at least ${first.tourMs / 1000} s and 20 frames (at most 90 s), in`,
    'headless Chromium at 1280×800. "Frame time" is the time between animation frames; "sigma JS" is the part spent',
    "in sigma's render call on the main thread (the rest is the GPU's work, here done on the CPU).",
    `WebGL runs on: ${first.webgl}.`,
    'This machine has no GPU: Chromium renders WebGL on the CPU (SwiftShader), on a shared 2-core machine, so these',
    'figures are a floor, far slower than any machine with a GPU; compare the rows with each other.',
    '',
    table(['renderer', 'frames', 'fps', 'tour took', 'frame median', 'frame p95', `dropped (> ${DROPPED_FRAME_MS} ms)`, 'sigma JS median'], results.map(row)),
    '',
    'Cytoscape.js: not measured. It is not installed, and this benchmark installs nothing.',
  ].join('\n');
}

// Prints the explorer's performance figures (`npm run bench:explorer`); a measurement, not a test:
//   1. time from opening a shared URL to a drawn 500-node neighbourhood, in headless Chromium, on a
//      throwaway Neo4j holding the curated dataset and a synthetic hub of 500+ neighbours;
//   2. frame time while panning and zooming a synthetic graph of 10,000 nodes and 30,000 edges;
//   3. the bytes of the explorer's and GraphiQL's first load, raw, gzip and brotli, against 500 kB gzipped.
// Options: --runs N (timed openings of the shared URL, default 5), --warmup N (untimed first, default 1),
// --seconds N (length of the camera tour, default 6), --only shared-view,frames,bundle (some sections).
// Progress goes to stderr, figures to stdout.
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { describeBundle, measurePage } from './explorer-bench/bundle-size.ts';
import { startBenchServer } from './explorer-bench/bench-server.ts';
import { Cleanup } from './explorer-bench/cleanup.ts';
import { PAGES, snapshotPages } from './explorer-bench/pages.ts';
import { describeFrameTime, measureFrameTime } from './explorer-bench/frame-time.ts';
import { progress } from './explorer-bench/report.ts';
import { describeSharedView, measureSharedView } from './explorer-bench/shared-view.ts';

const SECTIONS = ['shared-view', 'frames', 'bundle'] as const;
type Section = (typeof SECTIONS)[number];
const GZIP_TARGET_BYTES = 500_000;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '6' },
    only: { type: 'string', default: SECTIONS.join(',') },
  },
});
const runs = wholeNumber('--runs', options.runs, 1, 100);
const warmup = wholeNumber('--warmup', options.warmup, 0, 20);
const seconds = wholeNumber('--seconds', options.seconds, 1, 60);
const sections = chosenSections(options.only);

function wholeNumber(name: string, raw: string, least: number, most: number): number {
  const value = Number(raw);
  if (Number.isInteger(value) && value >= least && value <= most) return value;
  console.error(`${name} must be a whole number from ${least} to ${most} (got ${raw})`);
  process.exit(2);
}

function chosenSections(raw: string): Set<Section> {
  const asked = raw.split(',').map((name) => name.trim());
  const unknown = asked.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length === 0) return new Set(asked as Section[]);
  console.error(`--only takes ${SECTIONS.join(', ')} (got ${unknown.join(', ')})`);
  process.exit(2);
}

async function browserFor(cleanup: Cleanup): Promise<Browser> {
  const browser = await launchBrowser();
  cleanup.add('Chromium', () => browser.close());
  return browser;
}

function heading(text: string): void {
  console.log(`\n## ${text}\n`);
}

const cleanup = new Cleanup();
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    progress(`${signal}: stopping the browser, the app and Neo4j`);
    void cleanup.run().finally(() => process.exit(130));
  });
}

try {
  const dist = await snapshotPages(cleanup);
  const browser = sections.has('shared-view') || sections.has('frames') ? await browserFor(cleanup) : undefined;
  if (browser && sections.has('shared-view')) {
    heading('1. Opening a shared URL: time to a drawn 500-node neighbourhood');
    const server = await startBenchServer(cleanup, dist);
    console.log(describeSharedView(await measureSharedView(browser, server, { runs, warmup })));
  }
  if (browser && sections.has('frames')) {
    heading('2. Frame time while panning and zooming 10,000 nodes and 30,000 edges');
    console.log(describeFrameTime(await measureFrameTime(browser, cleanup, { nodes: 10_000, edges: 30_000, seconds })));
  }
  if (sections.has('bundle')) {
    heading('3. Bundle size: first load, raw, gzip and brotli');
    for (const page of PAGES) console.log(`${describeBundle(measurePage(dist, page), GZIP_TARGET_BYTES)}\n`);
  }
} catch (error) {
  // Once interrupted, whatever fails next is only the browser or Neo4j going away.
  if (!interrupted) console.error(`The benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup.run();
}

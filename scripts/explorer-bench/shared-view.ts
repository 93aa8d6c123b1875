/**
 * Time from opening a shared URL to a drawn 500-node neighbourhood: the explorer's own link format
 * (web/src/explorer/model/url-state.ts) naming the synthetic hub and 499 of its neighbours, opened in a new
 * browser context each run (a first visit: nothing cached), and timed in the page from the start of the
 * navigation to the moment the canvas counts every entity, and to the moment the app says it is idle.
 */
import { type Browser, errors, type Page } from 'playwright-core';
import { EMPTY_VIEW, serialiseView } from '../../web/src/explorer/model/url-state.ts';
import { screenshot } from '../../tests/support/browser.ts';
import { VIEWPORT, waitForCanvasIdle } from '../../tests/support/explorer.ts';
import { APP_TIMEOUT_MS, type LoggedRequest } from './bench-server.ts';
import { within } from './cleanup.ts';
import { HUB_KEY } from './hub-dataset.ts';
import { ms, percentile, progress, table } from './report.ts';

/** The hub and this many of its neighbours: a neighbourhood of 500 entities, the most a link restores. */
const NEIGHBOURS = 499;
const RUN_TIMEOUT_MS = 180_000;
/** The app is idle once it has said so this long without a change of mind (a layout can start just after). */
const IDLE_HOLD_MS = 1_000;

export interface SharedViewRun {
  /** From the start of navigation to the canvas counting every entity of the link. */
  drawnMs: number;
  /** From the start of navigation to no request in flight and the layout settled. */
  idleMs: number;
  graphqlRequests: number;
}

export interface SharedViewResult {
  entities: number;
  urlLength: number;
  warmup: number;
  runs: SharedViewRun[];
  /** What the app logged of the timed runs' requests. */
  requests: LoggedRequest[];
}

interface Marks {
  drawn: number | null;
  idle: number | null;
  count: number;
}

/**
 * Runs in the page from its first script on: watches the canvas's count of entities (its aria-label) and
 * the app's busy and layout flags, and keeps the times they were first reached in `window.explorerBench`.
 * A string, because it runs in the browser, not in Node.
 */
function watcherScript(entities: number): string {
  return `(() => {
    const marks = { drawn: null, idle: null, count: 0 };
    let idleSince = null;
    window.explorerBench = marks;
    const check = () => {
      const label = document.querySelector('.sigma-container')?.getAttribute('aria-label') ?? '';
      marks.count = Number(/Graph of (\\d+) entities/.exec(label)?.[1] ?? 0);
      const now = performance.now();
      const drawn = marks.count >= ${entities};
      if (drawn && marks.drawn === null) marks.drawn = now;
      const idle = drawn && document.querySelector('.explorer[data-busy="false"] .canvas-area[data-layout="idle"]') !== null;
      idleSince = idle ? (idleSince ?? now) : null;
      if (idleSince !== null && now - idleSince >= ${IDLE_HOLD_MS}) {
        marks.idle = idleSince;
        return;
      }
      // A timer rather than animation frames: while a frame of a large graph takes long, frames are scarce.
      setTimeout(check, 10);
    };
    check();
  })()`;
}

/** The keys of the hub's neighbourhood, the hub first, as the API gives them. */
async function neighbourhoodKeys(serverUrl: string): Promise<string[]> {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query BenchHub($key: String!, $limit: Int!) { neighbourhood(of: { key: $key }, limit: $limit) { nodes { key } } }',
      variables: { key: HUB_KEY, limit: NEIGHBOURS },
    }),
  });
  const body = (await response.json()) as { data?: { neighbourhood: { nodes: { key: string }[] } | null }; errors?: { message: string }[] };
  const keys = body.data?.neighbourhood?.nodes.map((node) => node.key);
  if (!keys) throw new Error(`The hub's neighbourhood could not be read: ${body.errors?.map((error) => error.message).join('; ') ?? 'no answer'}`);
  return keys;
}

async function openOnce(browser: Browser, address: string, entities: number): Promise<{ run: SharedViewRun; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  let graphqlRequests = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') graphqlRequests++;
  });
  await page.addInitScript(watcherScript(entities));
  await page.goto(address, { waitUntil: 'commit' });
  try {
    await page.waitForFunction('window.explorerBench?.idle !== null', null, { timeout: RUN_TIMEOUT_MS, polling: 100 });
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
    const count = await page.evaluate('window.explorerBench?.count ?? 0').catch(() => 'unknown');
    throw new Error(`The shared view did not settle within ${RUN_TIMEOUT_MS / 1000} s: the canvas counted ${count} of ${entities} entities`);
  }
  // The tests' own definition of idle, as a check that the watcher agrees with it.
  await waitForCanvasIdle(page, 10_000);
  const marks = (await page.evaluate('window.explorerBench')) as Marks;
  return { run: { drawnMs: marks.drawn!, idleMs: marks.idle!, graphqlRequests }, page };
}

export async function measureSharedView(
  browser: Browser,
  server: { url: string; requests: LoggedRequest[] },
  { runs, warmup }: { runs: number; warmup: number },
): Promise<SharedViewResult> {
  const serverUrl = server.url;
  const keys = await neighbourhoodKeys(serverUrl);
  const query = serialiseView({ ...EMPTY_VIEW, keys, selection: { kind: 'node', key: HUB_KEY } });
  const address = `${serverUrl}/explore${query}`;
  const timed: SharedViewRun[] = [];
  for (let run = 0; run < warmup + runs; run++) {
    const label = run < warmup ? `untimed run ${run + 1} of ${warmup}` : `run ${run - warmup + 1} of ${runs}`;
    progress(`Opening the shared view of ${keys.length} entities: ${label}`);
    if (run === warmup) server.requests.length = 0;
    const { run: result, page } = await within(openOnce(browser, address, keys.length), RUN_TIMEOUT_MS + 30_000, 'Opening the shared view');
    if (run >= warmup) timed.push(result);
    if (run === warmup + runs - 1) progress(`Screenshot: ${await screenshot(page, 'explorer-bench-shared-view')}`);
    await page.context().close();
  }
  return { entities: keys.length, urlLength: query.length, warmup, runs: timed, requests: [...server.requests] };
}

export function describeSharedView(result: SharedViewResult): string {
  const column = (pick: (run: SharedViewRun) => number) => result.runs.map(pick);
  const drawn = column((run) => run.drawnMs);
  const idle = column((run) => run.idleMs);
  const requests = [...new Set(column((run) => run.graphqlRequests))].join(', ');
  return [
    `The explorer's shared-view link (url-state.ts, version 1) naming a synthetic hub and ${result.entities - 1} of its`,
    `neighbours, ${result.urlLength} characters of query string; opened in headless Chromium at ${VIEWPORT.width}×${VIEWPORT.height},`,
    `a new browser context per run (nothing cached), ${result.runs.length} timed runs after ${result.warmup} untimed.`,
    'Timed in the page from the start of navigation. The curated dataset and the hub are in a throwaway Neo4j on',
    `this machine; the page made ${requests} GraphQL requests per run.`,
    '',
    table(
      ['from opening the link to', 'median', 'p95', 'fastest', 'slowest'],
      [
        [`the canvas counting all ${result.entities} entities`, ...figures(drawn)],
        ['the app idle (no request in flight, layout settled)', ...figures(idle)],
      ],
    ),
    '',
    `Server side, as the app logged the timed runs' requests (the benchmark allows a question ${APP_TIMEOUT_MS / 1000} s; the service, 10 s):`,
    '',
    table(['operation', 'requests', 'median', 'p95', 'slowest', 'not ok'], serverRows(result.requests)),
  ].join('\n');
}

function serverRows(requests: LoggedRequest[]): string[][] {
  const byOperation = Map.groupBy(requests, (request) => request.operation ?? '(unnamed)');
  return [...byOperation].map(([operation, logged]) => {
    const durations = logged.map((request) => request.durationMs);
    const failed = logged.filter((request) => request.outcome !== 'ok').length;
    return [operation, String(logged.length), ms(percentile(durations, 50)), ms(percentile(durations, 95)), ms(Math.max(...durations)), String(failed)];
  });
}

function figures(values: number[]): string[] {
  return [ms(percentile(values, 50)), ms(percentile(values, 95)), ms(Math.min(...values)), ms(Math.max(...values))];
}

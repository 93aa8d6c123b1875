// Prints, for every example operation in examples/, how many Cypher statements one request sends and the
// median and 95th-percentile latency of the request over HTTP, against the app running in this process.
// Options: --runs N (timed requests per example, default 30), --warmup N (untimed first, default 5).
//
// Neo4j comes the way the service gets it: NEO4J_URI when set, else the local store (.neo4j/service, or
// NEO4J_LOCAL_HOME), migrated, and seeded when empty. A store can have only one Neo4j at a time, so when
// the service is already running on it, a throwaway server seeded with the same dataset is used instead.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { Database } from '../src/db/database.ts';
import { applyMigrations } from '../src/db/migrations.ts';
import { hasSources, loadDatasetFolder } from '../src/dataset/load.ts';
import { type Example, examples } from '../src/examples.ts';
import { listen } from '../src/http-server.ts';
import { obtainNeo4j } from '../src/neo4j/obtain.ts';
import { paths } from '../src/paths.ts';

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '30' }, warmup: { type: 'string', default: '5' } },
});
const runs = wholeNumber('--runs', options.runs, 1);
const warmupRuns = wholeNumber('--warmup', options.warmup, 0);

function wholeNumber(name: string, raw: string, least: number): number {
  const value = Number(raw);
  if (Number.isInteger(value) && value >= least) return value;
  console.error(`${name} must be a whole number of at least ${least} (got ${raw})`);
  process.exit(2);
}

/** Whether a Neo4j process is running on this store now (it leaves its pid in run/neo4j.pid). */
async function storeInUse(home: string): Promise<boolean> {
  const pid = Number(await readFile(join(home, 'run', 'neo4j.pid'), 'utf8').catch(() => ''));
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else, which still holds the store.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const log = (message: string) => console.error(`[neo4j] ${message}`);
const config = loadConfig(process.env);
const storeBusy = config.neo4j === undefined && (await storeInUse(config.localNeo4jHome));
if (storeBusy) log(`${config.localNeo4jHome} is in use by a running Neo4j; measuring on a throwaway one`);
const neo4j = await obtainNeo4j({
  configured: config.neo4j,
  allowContainer: false,
  localHome: storeBusy ? undefined : config.localNeo4jHome,
  log,
});

let statementsSent = 0;
const db = new Database(neo4j, { onStatement: () => statementsSent++ });
try {
  await applyMigrations(db, paths.migrations);
  if (!(await hasSources(db))) log(`The graph was empty: loaded ${(await loadDatasetFolder(db, paths.dataset)).files.length} dataset files`);

  const app = createApp({ db, logger: pino({ level: 'silent' }) });
  const server = await listen(app, { port: 0, host: '127.0.0.1' });
  try {
    const endpoint = `http://127.0.0.1:${server.port}/graphql`;
    console.log(`${examples.length} examples, ${runs} timed runs each after ${warmupRuns} untimed, Neo4j at ${neo4j.uri} (${neo4j.origin})\n`);
    const rows = [];
    for (const example of examples) rows.push({ example: example.name, ...(await measure(endpoint, example)) });
    printTable(rows);
  } finally {
    await server.close(1_000);
    await app.dispose();
  }
} finally {
  await db.close();
  await neo4j.stop();
}

/** One request; fails on any GraphQL error, since the time of a failed answer says nothing. */
async function request(endpoint: string, example: Example): Promise<{ ms: number; statements: number }> {
  statementsSent = 0;
  const started = performance.now();
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: example.text, operationName: example.operationName }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  const ms = performance.now() - started;
  if (body.errors) throw new Error(`${example.name} answered with errors: ${body.errors.map((e) => e.message).join('; ')}`);
  return { ms, statements: statementsSent };
}

async function measure(endpoint: string, example: Example) {
  for (let run = 0; run < warmupRuns; run++) await request(endpoint, example);
  const timings: number[] = [];
  const statementCounts = new Set<number>();
  for (let run = 0; run < runs; run++) {
    const { ms, statements } = await request(endpoint, example);
    timings.push(ms);
    statementCounts.add(statements);
  }
  timings.sort((a, b) => a - b);
  const fewest = Math.min(...statementCounts);
  const most = Math.max(...statementCounts);
  return {
    statements: fewest === most ? String(fewest) : `${fewest}–${most}`,
    median: percentile(timings, 50),
    p95: percentile(timings, 95),
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function printTable(rows: { example: string; statements: string; median: number; p95: number }[]) {
  const header = ['example', 'statements', 'median ms', 'p95 ms'];
  const cells = rows.map((row) => [row.example, row.statements, row.median.toFixed(1), row.p95.toFixed(1)]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) =>
    `| ${cell.map((text, column) => (column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
  for (const cell of cells) console.log(line(cell));
}

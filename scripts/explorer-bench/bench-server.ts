/**
 * The app over HTTP, serving the built explorer (from `dist`, a copy of web/dist), on a throwaway Neo4j holding the curated dataset and the
 * synthetic hub. Always throwaway, even when NEO4J_URI is set: the hub must never reach a real graph.
 */
import { pino } from 'pino';
import { createApp } from '../../src/app.ts';
import { Database } from '../../src/db/database.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { importDataset, loadDatasetFolder } from '../../src/dataset/load.ts';
import { formatProblem } from '../../src/dataset/validate.ts';
import { listen } from '../../src/http-server.ts';
import { type Neo4jTarget, obtainNeo4j } from '../../src/neo4j/obtain.ts';
import { paths } from '../../src/paths.ts';
import { loadWebAssets, withWebAssets } from '../../src/web-assets.ts';
import type { Cleanup } from './cleanup.ts';
import { HUB_NEIGHBOURS, hubDatasetText } from './hub-dataset.ts';
import { progress } from './report.ts';

/** Loading is not what is measured: its timeout is generous, for a cold Neo4j on a busy machine. */
const LOAD_TIMEOUT_MS = 180_000;

async function loadGraph(target: Neo4jTarget): Promise<void> {
  const db = new Database(target, { transactionTimeoutMs: LOAD_TIMEOUT_MS });
  try {
    await applyMigrations(db, paths.migrations);
    const curated = await loadDatasetFolder(db, paths.dataset);
    const hub = await importDataset(db, [{ name: 'synthetic-hub.yaml', text: hubDatasetText() }]);
    if (hub.summary === null) throw new Error(`The synthetic hub dataset is invalid:\n${hub.problems.map(formatProblem).join('\n')}`);
    progress(
      `Loaded ${curated.files.length} curated dataset files and a synthetic hub with ${HUB_NEIGHBOURS} neighbours ` +
        `(${hub.summary.entities.created} entities, ${hub.summary.relationships.created} relationships)`,
    );
  } finally {
    await db.close();
  }
}

/**
 * The service allows a question 10 s (NEO4J_TRANSACTION_TIMEOUT_MS); the benchmark allows more, so that a
 * slow answer on a busy machine is timed rather than failed. The server-side times printed show how close
 * each kind of question came to the service's limit.
 */
export const APP_TIMEOUT_MS = 60_000;

/** One GraphQL request as the app's request log has it (src/request-log.ts). */
export interface LoggedRequest {
  operation: string | null;
  durationMs: number;
  outcome: string;
}

function keepRequest(line: string, requests: LoggedRequest[]): void {
  const entry = JSON.parse(line) as Partial<LoggedRequest> & { msg?: string; err?: { message?: string } };
  if (entry.msg === 'request' && typeof entry.durationMs === 'number') {
    requests.push({ operation: entry.operation ?? null, durationMs: entry.durationMs, outcome: entry.outcome ?? 'unknown' });
  } else if (entry.err) {
    progress(`The app logged an error: ${entry.err.message ?? line}`);
  }
}

export async function startBenchServer(cleanup: Cleanup, dist: string): Promise<{ url: string; requests: LoggedRequest[] }> {
  const webAssets = loadWebAssets(dist);
  if (!webAssets) throw new Error(`${dist} holds no built explorer`);

  progress('Starting a throwaway Neo4j');
  const neo4j = await obtainNeo4j({ configured: undefined, allowContainer: false, localHome: undefined, log: (message) => progress(`neo4j: ${message}`) });
  cleanup.add('the throwaway Neo4j', () => neo4j.stop());
  await loadGraph(neo4j);
  const db = new Database(neo4j, { transactionTimeoutMs: APP_TIMEOUT_MS });
  cleanup.add('the Neo4j driver', () => db.close());
  const requests: LoggedRequest[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => keepRequest(line, requests) });
  const app = createApp({ db, webAssets, logger });
  const server = await listen(withWebAssets(app, webAssets), { port: 0, host: '127.0.0.1' });
  cleanup.add('the app', async () => {
    await server.close(1_000);
    await app.dispose();
  });
  return { url: `http://127.0.0.1:${server.port}`, requests };
}

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
import { obtainNeo4j } from '../../src/neo4j/obtain.ts';
import { paths } from '../../src/paths.ts';
import { loadWebAssets, withWebAssets } from '../../src/web-assets.ts';
import type { Cleanup } from './cleanup.ts';
import { HUB_NEIGHBOURS, hubDatasetText } from './hub-dataset.ts';
import { progress } from './report.ts';

export async function startBenchServer(cleanup: Cleanup, dist: string): Promise<{ url: string }> {
  const webAssets = loadWebAssets(dist);
  if (!webAssets) throw new Error(`${dist} holds no built explorer`);

  progress('Starting a throwaway Neo4j');
  const neo4j = await obtainNeo4j({ configured: undefined, allowContainer: false, localHome: undefined, log: (message) => progress(`neo4j: ${message}`) });
  cleanup.add('the throwaway Neo4j', () => neo4j.stop());
  const db = new Database(neo4j);
  cleanup.add('the Neo4j driver', () => db.close());

  await applyMigrations(db, paths.migrations);
  const curated = await loadDatasetFolder(db, paths.dataset);
  const hub = await importDataset(db, [{ name: 'synthetic-hub.yaml', text: hubDatasetText() }]);
  if (hub.summary === null) throw new Error(`The synthetic hub dataset is invalid:\n${hub.problems.map(formatProblem).join('\n')}`);
  progress(
    `Loaded ${curated.files.length} curated dataset files and a synthetic hub with ${HUB_NEIGHBOURS} neighbours ` +
      `(${hub.summary.entities.created} entities, ${hub.summary.relationships.created} relationships)`,
  );

  const app = createApp({ db, webAssets, logger: pino({ level: 'silent' }) });
  const server = await listen(withWebAssets(app, webAssets), { port: 0, host: '127.0.0.1' });
  cleanup.add('the app', async () => {
    await server.close(1_000);
    await app.dispose();
  });
  return { url: `http://127.0.0.1:${server.port}` };
}

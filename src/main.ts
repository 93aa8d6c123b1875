import { pino } from 'pino';
import { createApp } from './app.ts';
import { ConfigError, loadConfig, withoutCredentials, type Config } from './config.ts';
import { Database } from './db/database.ts';
import { applyMigrations } from './db/migrations.ts';
import { hasSources, loadDatasetFolder } from './dataset/load.ts';
import { listen } from './http-server.ts';
import { Lifecycle } from './lifecycle.ts';
import { obtainNeo4j } from './neo4j/obtain.ts';
import { paths } from './paths.ts';
import { loadWebAssets, withWebAssets } from './web-assets.ts';

const EXIT_BAD_CONFIG = 2;

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) process.stderr.write(`Invalid configuration: ${problem}\n`);
    process.exit(EXIT_BAD_CONFIG);
  }
}

const config = readConfig();
const logger = pino({ level: config.logLevel });
const lifecycle = new Lifecycle(logger);
for (const warning of config.warnings) logger.warn(warning);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (lifecycle.shuttingDown) return;
    logger.info(`${signal} received: finishing requests in flight, then stopping`);
    void lifecycle.close().then(() => process.exit(0));
  });
}

try {
  const neo4j = await obtainNeo4j({
    configured: config.neo4j,
    allowContainer: false,
    localHome: config.localNeo4jHome,
    log: (message) => logger.info(message),
    onLocalServer: (server) => lifecycle.defer('local Neo4j', () => server.stop()),
  });
  logger.info(`Using Neo4j at ${withoutCredentials(neo4j.uri)} (${neo4j.origin})`);

  const db = new Database(neo4j, { transactionTimeoutMs: config.transactionTimeoutMs });
  lifecycle.defer('Neo4j driver', () => db.close());
  const { applied } = await applyMigrations(db, paths.migrations);
  logger.info(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Schema migrations are up to date');
  if (!(await hasSources(db))) {
    const { files } = await loadDatasetFolder(db, paths.dataset);
    logger.info(`The graph was empty: loaded the dataset (${files.length} files)`);
  }

  const webAssets = loadWebAssets(paths.webDist);
  if (!webAssets) logger.warn('The explorer and GraphiQL are not built: run `npm run build:web`');
  const app = createApp({
    db,
    webAssets,
    logger,
    disclosure: config.disclosure,
    auth: config.auth,
    limits: config.limits,
    corsOrigins: config.corsOrigins,
  });
  const server = await listen(withWebAssets(app, webAssets), { port: config.port, host: config.host, readinessPath: '/ready' });
  lifecycle.defer('HTTP server', async () => {
    // Time for a request in flight to send a statement or two that Neo4j lets run to its timeout.
    await server.close(2 * config.transactionTimeoutMs);
    await app.dispose();
  });
  logger.info(`GraphQL at http://localhost:${server.port}/graphql (GraphiQL in a browser), the explorer at http://localhost:${server.port}/explore`);
} catch (error) {
  // A signal during start-up stops what was started; the failure that follows is that stop, not news.
  if (!lifecycle.shuttingDown) {
    logger.fatal((error as Error).message);
    await lifecycle.close();
    process.exit(1);
  }
}

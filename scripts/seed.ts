// Loads the dataset in data/ into the Neo4j the service uses (NEO4J_URI, or the local server in
// .neo4j/service, which must not be running at the same time). Safe to run again: nothing changes twice.
import { pino } from 'pino';
import { loadConfig } from '../src/config.ts';
import { Database } from '../src/db/database.ts';
import { applyMigrations } from '../src/db/migrations.ts';
import { loadDatasetFolder } from '../src/dataset/load.ts';
import { DatasetInvalidError } from '../src/dataset/validate.ts';
import { obtainNeo4j } from '../src/neo4j/obtain.ts';
import { paths } from '../src/paths.ts';

const config = loadConfig(process.env);
const logger = pino({ level: config.logLevel });
const neo4j = await obtainNeo4j({
  configured: config.neo4j,
  allowContainer: false,
  localHome: config.localNeo4jHome,
  log: (message) => logger.info(message),
});
const db = new Database(neo4j);
let exitCode = 0;
try {
  await applyMigrations(db, paths.migrations);
  for (const summary of await loadDatasetFolder(db, paths.dataset)) {
    console.log(`${summary.file}: ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created`);
  }
} catch (error) {
  if (!(error instanceof DatasetInvalidError)) throw error;
  console.error(error.message);
  exitCode = 1;
} finally {
  await db.close();
  await neo4j.stop();
}
process.exit(exitCode);

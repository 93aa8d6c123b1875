import { pino } from 'pino';
import { loadConfig } from '../config.ts';
import { Database } from '../db/database.ts';
import { applyMigrations } from '../db/migrations.ts';
import { obtainNeo4j } from '../neo4j/obtain.ts';
import { paths } from '../paths.ts';
import { describeSummary } from './import-plan.ts';
import { type DatasetInput, importDataset } from './load.ts';
import { formatProblem } from './validate.ts';

/**
 * `npm run import` and `npm run seed`: imports the files into the Neo4j the service uses (NEO4J_URI, or the
 * local server in .neo4j/service, which must not be running at the same time, as both would open its store).
 * Prints every problem and returns 1 when a file is invalid (nothing is written); else prints the summary
 * and returns 0.
 */
export async function runImportCommand(inputs: DatasetInput[], { dryRun = false } = {}): Promise<number> {
  const config = loadConfig(process.env);
  const logger = pino({ level: config.logLevel });
  const neo4j = await obtainNeo4j({
    configured: config.neo4j,
    allowContainer: false,
    localHome: config.localNeo4jHome,
    log: (message) => logger.info(message),
  });
  const db = new Database(neo4j, { transactionTimeoutMs: config.transactionTimeoutMs });
  try {
    await applyMigrations(db, paths.migrations);
    const outcome = await importDataset(db, inputs, { dryRun });
    if (!outcome.summary) {
      for (const problem of outcome.problems) console.error(formatProblem(problem));
      console.error(`${outcome.problems.length} problem(s): nothing was written.`);
      return 1;
    }
    for (const line of describeSummary(outcome.summary)) console.log(line);
    return 0;
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

import { join } from 'node:path';
import { Database } from '../../src/db/database.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { loadDatasetFolder } from '../../src/dataset/load.ts';
import { checkJava } from '../../src/neo4j/local/toolchain.ts';
import { LocalNeo4j } from '../../src/neo4j/local/local-neo4j.ts';
import type { Neo4jTarget } from '../../src/neo4j/obtain.ts';
import { NEO4J_VERSION } from '../../src/neo4j/version.ts';
import { paths } from '../../src/paths.ts';

/** Why a test that needs a Neo4j of its own cannot run here, or undefined when it can. */
export const noOwnNeo4j = await checkJava().then(() => undefined, (error: Error) => error.message);

/**
 * A throwaway local Neo4j for one test file: for tests that stop it, or that add to the graph and must not
 * disturb the files running beside them on the shared one. Migrated, and seeded when asked.
 */
export async function startOwnNeo4j({ seeded = false } = {}): Promise<{ neo4j: LocalNeo4j; target: Neo4jTarget }> {
  const neo4j = await LocalNeo4j.create({
    version: NEO4J_VERSION,
    home: await LocalNeo4j.throwawayHome(join(paths.localNeo4j, 'throwaway')),
    persistent: false,
    log: () => {},
  });
  await neo4j.start();
  const target = { uri: neo4j.uri, username: neo4j.username, password: neo4j.password };
  const db = new Database(target);
  try {
    await applyMigrations(db, paths.migrations);
    if (seeded) await loadDatasetFolder(db, paths.dataset);
  } finally {
    await db.close();
  }
  return { neo4j, target };
}

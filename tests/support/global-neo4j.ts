import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { Database } from '../../src/db/database.ts';
import { applyMigrations } from '../../src/db/migrations.ts';
import { loadDatasetFolder } from '../../src/dataset/load.ts';
import { type Neo4jTarget, obtainNeo4j } from '../../src/neo4j/obtain.ts';
import { paths } from '../../src/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTarget;
  }
}

/**
 * NEO4J_URI if set, else a container if Docker answers, else a throwaway local server; migrated and seeded
 * with the dataset once, so every test file reads the same graph the service serves. Tests that add to the
 * graph use a Neo4j of their own (see tests/support/own-neo4j.ts), since files run in parallel.
 */
export default async function setup(project: TestProject) {
  const neo4j = await obtainNeo4j({
    configured: loadConfig(process.env).neo4j,
    allowContainer: true,
    log: (message) => console.log(`[neo4j] ${message}`),
  });
  try {
    const db = new Database(neo4j);
    await applyMigrations(db, paths.migrations)
      .then(() => loadDatasetFolder(db, paths.dataset))
      .finally(() => db.close());
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
  console.log(`[neo4j] tests use ${neo4j.uri} (${neo4j.origin})`);
  project.provide('neo4j', { uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database: neo4j.database });
  return () => neo4j.stop();
}

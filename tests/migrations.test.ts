import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Database } from '../src/db/database.ts';
import { applyMigrations, loadMigrations, MigrationError } from '../src/db/migrations.ts';
import { paths } from '../src/paths.ts';

// The tests share one database with the rest of the suite, so their migrations, constraints and labels
// carry a suffix of their own and are removed afterwards.
const suffix = randomBytes(4).toString('hex');
const label = `MigrationTest${suffix}`;
const goodMigration = `0001_test-${suffix}-good`;
const badMigration = `0002_test-${suffix}-bad`;
const constraint = (n: number) => `migration_test_${suffix}_${n}`;
const createConstraint = (n: number) =>
  `CREATE CONSTRAINT ${constraint(n)} IF NOT EXISTS FOR (node:${label}) REQUIRE node.key${n} IS UNIQUE;\n`;

let db: Database;
let folder: string;

async function schemaState() {
  const constraints = await db.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
  const migrations = await db.driver.executeQuery(
    'MATCH (m:SchemaMigration) RETURN m.id AS id, m.checksum AS checksum, toString(m.appliedAt) AS at ORDER BY id',
  );
  return {
    constraints: (constraints.records[0]!.get('names') as string[]).sort(),
    migrations: migrations.records.map((record) => record.toObject()),
  };
}

async function recordedIds(): Promise<string[]> {
  return (await schemaState()).migrations.map((migration) => migration.id as string);
}

beforeAll(async () => {
  db = new Database(inject('neo4j'));
  folder = await mkdtemp(join(tmpdir(), 'migrations-'));
});

afterAll(async () => {
  for (const n of [1, 2, 3]) await db.runSchemaCommand(`DROP CONSTRAINT ${constraint(n)} IF EXISTS`);
  await db.driver.executeQuery('MATCH (m:SchemaMigration) WHERE m.id CONTAINS $suffix DELETE m', { suffix });
  await db.close();
  await rm(folder, { recursive: true, force: true });
});

describe('the project’s migrations', () => {
  it('change nothing when applied a second time', async () => {
    const before = await schemaState();
    const { applied } = await applyMigrations(db, paths.migrations);
    expect(applied).toEqual([]);
    expect(await schemaState()).toEqual(before);
  });
});

describe('a failing migration', () => {
  it('reports which migration and statement failed, records it not, and keeps what succeeded before', async () => {
    await writeFile(join(folder, `${goodMigration}.cypher`), createConstraint(1));
    await writeFile(join(folder, `${badMigration}.cypher`), `${createConstraint(2)}CREATE CONSTRAINT oops IF NOT EXISTS FOR;\n`);

    const failure = await applyMigrations(db, folder).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as Error).message).toMatch(
      new RegExp(`^Migration ${badMigration} failed at statement 2 of 2 and was not recorded: .*Invalid input`, 's'),
    );
    const ids = await recordedIds();
    expect(ids).toContain(goodMigration);
    expect(ids).not.toContain(badMigration);
  });

  it('is applied once fixed, and the migration before it is not run again', async () => {
    await writeFile(join(folder, `${badMigration}.cypher`), createConstraint(2) + createConstraint(3));
    const { applied } = await applyMigrations(db, folder);
    expect(applied).toEqual([badMigration]);
    const { constraints } = await schemaState();
    expect(constraints).toEqual(expect.arrayContaining([constraint(1), constraint(2), constraint(3)]));
  });

  it('refuses an applied migration that was edited afterwards', async () => {
    await writeFile(join(folder, `${goodMigration}.cypher`), createConstraint(1) + createConstraint(3));
    await expect(applyMigrations(db, folder)).rejects.toThrow(
      `Migration ${goodMigration} was edited after it was applied; add a new migration instead of changing it`,
    );
    await writeFile(join(folder, `${goodMigration}.cypher`), createConstraint(1));
  });
});

describe('loading migrations', () => {
  it('refuses a schema statement that could not run twice', async () => {
    const strict = await mkdtemp(join(tmpdir(), 'migrations-'));
    await writeFile(join(strict, '0001_not-idempotent.cypher'), 'CREATE INDEX person_name FOR (p:Person) ON (p.name);\n');
    await expect(loadMigrations(strict)).rejects.toThrow(
      '0001_not-idempotent.cypher, statement 1: CREATE CONSTRAINT/INDEX must say IF NOT EXISTS',
    );
    await rm(strict, { recursive: true });
  });

  it('refuses a badly named file', async () => {
    const named = await mkdtemp(join(tmpdir(), 'migrations-'));
    await writeFile(join(named, 'add people.cypher'), 'RETURN 1;\n');
    await expect(loadMigrations(named)).rejects.toThrow('must be named NNNN_words-with-dashes.cypher');
    await rm(named, { recursive: true });
  });
});

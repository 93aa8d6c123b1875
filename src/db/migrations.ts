import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { cypher } from './cypher.ts';
import type { Database } from './database.ts';

const ensureMigrationIdUnique = cypher('schema-migrations/ensure-migration-id-unique');
const listAppliedMigrations = cypher('schema-migrations/list-applied-migrations');
const recordAppliedMigration = cypher('schema-migrations/record-applied-migration');

export interface Migration {
  /** The file name without `.cypher`, for example `0001_write-check-id-unique`; applied in this order. */
  id: string;
  checksum: string;
  statements: string[];
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

const FILE_NAME = /^\d{4}_[a-z0-9-]+\.cypher$/;

/** Reads the migrations of a folder in order, and refuses any that could not safely run twice. */
export async function loadMigrations(folder: string): Promise<Migration[]> {
  const files = (await readdir(folder)).filter((file) => file.endsWith('.cypher')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    if (!FILE_NAME.test(file)) {
      throw new MigrationError(`Migration file ${file} must be named NNNN_words-with-dashes.cypher`);
    }
    const text = await readFile(join(folder, file), 'utf8');
    const statements = splitStatements(text);
    if (statements.length === 0) throw new MigrationError(`Migration ${file} holds no statement`);
    statements.forEach((statement, index) => checkIdempotent(statement, `${file}, statement ${index + 1}`));
    migrations.push({
      id: basename(file, '.cypher'),
      checksum: createHash('sha256').update(text).digest('hex'),
      statements,
    });
  }
  return migrations;
}

/**
 * Applies, in order, the migrations not yet recorded in the database, and records each after all its
 * statements succeeded. Neo4j cannot mix schema changes with other writes in one transaction, so each
 * statement runs on its own; that is why every one must be idempotent: after a failure, the statements that
 * did run are simply run again next time.
 */
export async function applyMigrations(db: Database, folder: string): Promise<{ applied: string[] }> {
  const migrations = await loadMigrations(folder);
  await db.runSchemaCommand(ensureMigrationIdUnique.text);
  const recorded = new Map(
    (await db.read<{ id: string; checksum: string }>(listAppliedMigrations)).map((row) => [row.id, row.checksum]),
  );

  const applied: string[] = [];
  for (const migration of migrations) {
    const checksum = recorded.get(migration.id);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.id} was edited after it was applied; add a new migration instead of changing it`,
        );
      }
      continue;
    }
    for (const [index, statement] of migration.statements.entries()) {
      try {
        await db.runSchemaCommand(statement);
      } catch (error) {
        throw new MigrationError(
          `Migration ${migration.id} failed at statement ${index + 1} of ${migration.statements.length} ` +
            `and was not recorded: ${(error as Error).message}`,
        );
      }
    }
    await db.write(recordAppliedMigration, { id: migration.id, checksum: migration.checksum });
    applied.push(migration.id);
  }
  return { applied };
}

/** Statements end with a `;` at the end of a line; `//` comment lines are dropped. */
function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

function checkIdempotent(statement: string, where: string): void {
  const normalized = statement.replace(/\s+/g, ' ').toUpperCase();
  if (/^CREATE (\w+ )?(CONSTRAINT|INDEX)\b/.test(normalized) && !normalized.includes('IF NOT EXISTS')) {
    throw new MigrationError(`${where}: CREATE CONSTRAINT/INDEX must say IF NOT EXISTS, so it can run again safely`);
  }
  if (/^DROP (CONSTRAINT|INDEX)\b/.test(normalized) && !normalized.includes('IF EXISTS')) {
    throw new MigrationError(`${where}: DROP CONSTRAINT/INDEX must say IF EXISTS, so it can run again safely`);
  }
}

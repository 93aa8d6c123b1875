import type { Integer } from 'neo4j-driver';
import { type CypherStatement, cypher } from '../db/cypher.ts';
import type { Database, QueryInTransaction } from '../db/database.ts';
import { toNumber } from '../db/values.ts';
import type { EntityType } from './format.ts';
import { ImportConflict, type ImportSummary, type ImportWrites, planImport, type StoredGraph, type StoredProperties } from './import-plan.ts';
import {
  checkDataset,
  type Dataset,
  DatasetInvalidError,
  type DatasetProblem,
  idsMentionedOnly,
  parseDataset,
  readDatasetFolder,
  relationshipKey,
} from './validate.ts';

const countSources = cypher('dataset/count-sources');
const entityTypesById = cypher('dataset/entity-types-by-id');
const sourcesById = cypher('dataset/sources-by-id');
const entitiesToImport = cypher('dataset/entities-to-import');
const relationshipsToImport = cypher('dataset/relationships-to-import');
const writeSources = cypher('dataset/write-sources');
const writeEntities = cypher('dataset/write-entities');
const writeCitations = cypher('dataset/write-citations');
const withdrawCitations = cypher('dataset/withdraw-citations');
const newRelationships = cypher('dataset/create-relationships');
const changedRelationships = cypher('dataset/update-relationships');
const lockImports = cypher('dataset/lock-imports');
const deleteRelationships = cypher('dataset/delete-relationships');
const deleteEntities = cypher('dataset/delete-entities');

/**
 * An import is one transaction, bounded by the size of its files rather than by the questions' timeout: the
 * whole dataset on a cold, busy server takes several seconds.
 */
const IMPORT_TIMEOUT_MS = 120_000;

export interface DatasetInput {
  /** For messages only: nothing is read from disk by this name. */
  name: string;
  text: string;
}

/** What an import did (or would do, on a dry run); or, when a file is invalid, every problem, and no summary. */
export type ImportOutcome = { summary: ImportSummary; problems: [] } | { summary: null; problems: DatasetProblem[] };

/**
 * Imports dataset files: validated together (and against the entities the graph already has), then written
 * in one transaction, or not at all. Invalid files come back as problems, with nothing written.
 */
export async function importDataset(db: Database, inputs: DatasetInput[], { dryRun = false } = {}): Promise<ImportOutcome> {
  try {
    return { summary: await loadDataset(db, await validateAgainstGraph(db, inputs), { dryRun }), problems: [] };
  } catch (error) {
    if (error instanceof DatasetInvalidError) return { summary: null, problems: error.problems };
    throw error;
  }
}

/** Every file of the folder, as one import; throws DatasetInvalidError, writing nothing, if any is invalid. */
export async function loadDatasetFolder(db: Database, folder: string): Promise<ImportSummary> {
  return loadDataset(db, await validateAgainstGraph(db, await readDatasetFolder(folder)));
}

/**
 * The files checked as `validateDataset` checks them, except that a file may mention an entity no file
 * defines when the graph has it: the types of those are read first, for the relationship rules.
 */
export async function validateAgainstGraph(db: Database, inputs: DatasetInput[]): Promise<Dataset> {
  const parsed = parseDataset(inputs);
  const ids = idsMentionedOnly(parsed);
  const rows = ids.length > 0 ? await db.read<{ id: string; type: EntityType }>(entityTypesById, { ids }) : [];
  return checkDataset(parsed, new Map(rows.map((row) => [row.id, row.type])));
}

/**
 * Writes a validated dataset in one transaction: reads what the graph holds of everything the files touch,
 * works out the changes, and writes only those. Loading the same files again writes nothing. A dry run
 * reads and counts but writes nothing. An import that writes first locks what it will write (see
 * lock-imports.cypher) and reads again, so what it writes rests on what another import, edit or link
 * committed meanwhile.
 */
export async function loadDataset(db: Database, dataset: Dataset, { dryRun = false } = {}): Promise<ImportSummary> {
  return db.inWriteTransaction(
    async (_run, query) => {
      let plan = planImport(dataset, await readStoredGraph(query, dataset));
      if (!dryRun && plan.writesAnything) {
        await query(lockImports, { ids: entitiesWritten(plan.writes) });
        plan = planImport(dataset, await readStoredGraph(query, dataset));
        await applyWrites(query, plan.writes);
      }
      return { dryRun, ...plan.summary };
    },
    { timeoutMs: IMPORT_TIMEOUT_MS },
  );
}

export async function hasSources(db: Database): Promise<boolean> {
  const [row] = await db.read<{ sources: Integer }>(countSources);
  return row !== undefined && toNumber(row.sources) > 0;
}

async function readStoredGraph(query: QueryInTransaction, dataset: Dataset): Promise<StoredGraph> {
  const sourceIds = dataset.files.map((file) => file.source.id);
  const ids = [...new Set(dataset.files.flatMap((file) => file.entities.map((item) => item.id)))];
  const relationships = [
    ...new Map(
      dataset.files.flatMap((file) =>
        file.relationships.map((relationship) => {
          const key = relationshipKey(relationship);
          return [key, { type: relationship.type, from: relationship.from, to: relationship.to, key }] as const;
        }),
      ),
    ).values(),
  ];

  const sources = await query<{ id: string; properties: StoredProperties }>(sourcesById, { ids: sourceIds });
  const entities = await query<{ id: string; label: string; properties: StoredProperties; citations: { source: string; properties: StoredProperties }[] }>(
    entitiesToImport,
    { ids, sourceIds },
  );
  const stated = await query<{ from: string; type: string; to: string; properties: StoredProperties }>(relationshipsToImport, { relationships, sourceIds });
  return {
    sources: new Map(sources.map((row) => [row.id, row.properties])),
    entities: new Map(
      entities.map((row) => [
        row.id,
        { ...row, citations: new Map(row.citations.map((citation) => [citation.source, citation.properties])) },
      ]),
    ),
    relationships: new Map(stated.map((row) => [String(row.properties.key), row])),
  };
}

/** The entities an import writes, or writes relationships from: those it locks before it reads again. */
function entitiesWritten(writes: ImportWrites): string[] {
  const relationships = [...writes.newRelationships, ...writes.changedRelationships, ...writes.deletedRelationships];
  return [...new Set([...writes.entities.map((entity) => entity.id), ...relationships.map((relationship) => relationship.from)])];
}

/**
 * Runs the writes in order, each checked to have written every row it was given: a row left unwritten
 * means the graph changed since it was read (an entity edited or deleted meanwhile), and the whole import
 * is rolled back rather than half applied.
 */
async function applyWrites(query: QueryInTransaction, writes: ImportWrites): Promise<void> {
  const steps: [CypherStatement, string, unknown[]][] = [
    [writeSources, 'sources', writes.sources],
    [writeEntities, 'entities', writes.entities],
    [writeCitations, 'citations', writes.citations],
    [withdrawCitations, 'citations', writes.withdrawnCitations],
    [newRelationships, 'relationships', writes.newRelationships],
    [changedRelationships, 'relationships', writes.changedRelationships],
    [deleteRelationships, 'relationships', writes.deletedRelationships],
    [deleteEntities, 'ids', writes.deletedEntities],
  ];
  for (const [statement, parameter, rows] of steps) {
    if (rows.length === 0) continue;
    const [result] = await query<{ written: Integer }>(statement, { [parameter]: rows });
    const written = result ? toNumber(result.written) : 0;
    if (written !== rows.length) {
      throw new ImportConflict(
        `${statement.name} wrote ${written} of ${rows.length} rows: the graph changed while the import ran. Nothing was written; run the import again.`,
      );
    }
  }
}

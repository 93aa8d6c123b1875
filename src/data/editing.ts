import { isDeepStrictEqual } from 'node:util';
import { type Integer, type Node, Neo4jError } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database, QueryInTransaction } from '../db/database.ts';
import { type GraphNode, toGraphNode, toNumber } from '../db/values.ts';
import { entity as entitySchema, ENTITY_TYPES, type Entity, type EntityType } from '../dataset/format.ts';
import { entityProperties, withoutNulls } from '../dataset/properties.ts';
import { entityFromProperties, revisionOf, type StoredEntity } from '../dataset/stored.ts';
import { type Citation, checkedCitation, type ProvenanceInput, writeCitedSource } from './citing.ts';
import { type InputProblem, outcomeOfRejection, problemsFromIssues, type WriteOutcome, WriteRejected } from './input-problems.ts';

/*
 * Creating, changing and deleting entities. An edit is checked by the dataset format's own rules (the
 * entity as a whole, after the change), then written in one transaction with its citation, so the graph
 * holds nothing a curated file could not. Each entity carries a `revision`, raised by every change, so a
 * client can make its change conditional on what it read.
 */

const entityForUpdate = cypher('editing/entity-for-update');
const createEntityStatement = cypher('editing/create-entity');
const replaceEntityProperties = cypher('editing/replace-entity-properties');
const citeEntity = cypher('editing/cite-entity-in-source');
const dependantsOf = cypher('editing/dependants-of-entity');
const deleteEntityStatement = cypher('editing/delete-entity');
const nodesById = cypher('entity/nodes-by-id');

/** The fields of an entity type as the dataset format names them; null removes an optional one. */
export type EntityFields = Record<string, unknown>;

export async function createEntity(
  db: Database,
  type: EntityType,
  input: { key?: string | null | undefined; fields: EntityFields; provenance: ProvenanceInput },
): Promise<WriteOutcome<GraphNode>> {
  const problems: InputProblem[] = [];
  const id = input.key ?? generatedKey(type, input.fields, problems);
  const entity = id === undefined ? undefined : checkedEntity(type, { ...withoutNulls(input.fields), id }, problems);
  const citation = await checkedCitation(db, input.provenance, problems);
  if (entity && (await db.read(nodesById, { ids: [entity.id] })).length > 0) {
    problems.push(keyTaken(entity.id));
  }
  if (problems.length > 0 || !entity || !citation) return { problems };
  try {
    return await db.inWriteTransaction(async (run, query) => {
      await writeCitedSource(run, citation);
      // The unique constraint on ids settles a race the check above cannot: of two creates of one key at
      // once, one fails here.
      await run(createEntityStatement, { id: entity.id, label: type, properties: storedProperties(entity) });
      return { result: await cite(query, entity.id, citation), problems: [] };
    });
  } catch (error) {
    if (isUniquenessViolation(error, entity.id)) return { problems: [keyTaken(entity.id)] };
    if (isUniquenessViolation(error, citation.sourceId)) return { problems: [{ field: ['provenance', 'source', 'new', 'key'], message: `${citation.sourceId} is already a source: cite it by its key`, code: 'ALREADY_EXISTS' }] };
    throw error;
  }
}

export async function updateEntity(
  db: Database,
  type: EntityType,
  input: { id: string; expectedRevision?: number | null | undefined; fields: EntityFields; provenance: ProvenanceInput },
): Promise<WriteOutcome<GraphNode>> {
  const problems: InputProblem[] = [];
  const citation = await checkedCitation(db, input.provenance, problems);
  return db
    .inWriteTransaction(async (run, query) => {
      const stored = await lockedEntity(query, type, input.id, input.expectedRevision);
      const changed = checkedEntity(type, patched(stored.entity, input.fields), problems);
      if (!changed || !citation || problems.length > 0) throw new WriteRejected(problems);
      await writeCitedSource(run, citation);
      const properties = storedProperties(changed);
      if (!isDeepStrictEqual(properties, storedProperties(stored.entity))) {
        await run(replaceEntityProperties, { id: input.id, properties: { ...properties, id: input.id, revision: stored.revision + 1 } });
      }
      return { result: await cite(query, input.id, citation), problems: [] };
    })
    .catch((error: unknown) => outcomeOfRejection<GraphNode>(error));
}

export interface Dependant {
  relationship: string;
  /** True when the relationship points from the entity being deleted to the dependant. */
  outgoing: boolean;
  other: GraphNode;
}

export interface Deletion {
  key: string;
  /** The relationships to other entities removed with it (only with `cascade`); citations are not counted. */
  relationshipsRemoved: number;
}

const MAX_DEPENDANTS_LISTED = 100;

/**
 * Deletes an entity. Refused while other entities are linked to it (they are listed), unless `cascade`,
 * which removes its relationships with it; the other entities stay.
 */
export async function deleteEntity(
  db: Database,
  input: { id: string; type?: EntityType | undefined; expectedRevision?: number | null | undefined; cascade: boolean },
): Promise<WriteOutcome<Deletion> & { dependants?: Dependant[] }> {
  return db
    .inWriteTransaction(async (run, query) => {
      await lockedEntity(query, input.type, input.id, input.expectedRevision);
      const rows = await query<{ type: string; outgoing: boolean; other: Node; total: Integer }>(dependantsOf, { id: input.id, limit: MAX_DEPENDANTS_LISTED });
      const total = rows[0] ? toNumber(rows[0].total) : 0;
      if (total > 0 && !input.cascade) {
        const dependants = rows.map((row) => ({ relationship: row.type, outgoing: row.outgoing, other: toGraphNode(row.other) }));
        throw new WriteRejected(
          [{ field: ['cascade'], message: `${total} relationship(s) link other entities to ${input.id}; delete with cascade: true to remove them too`, code: 'HAS_DEPENDANTS' }],
          { dependants },
        );
      }
      await run(deleteEntityStatement, { id: input.id });
      return { result: { key: input.id, relationshipsRemoved: total }, problems: [] };
    })
    .catch((error: unknown) => {
      const outcome = outcomeOfRejection<Deletion>(error);
      return error instanceof WriteRejected ? { ...outcome, dependants: error.details.dependants as Dependant[] } : outcome;
    });
}

/**
 * The entity, locked for this transaction so that concurrent edits of it run one after the other and each
 * sees the one before; refused when it is missing, of another type, or at another revision than expected.
 */
async function lockedEntity(
  query: QueryInTransaction,
  type: EntityType | undefined,
  id: string,
  expectedRevision: number | null | undefined,
): Promise<{ entity: StoredEntity; revision: number }> {
  const [row] = await query<{ entity: Node }>(entityForUpdate, { id });
  const node = row ? toGraphNode(row.entity) : undefined;
  if (!node || (type && node.label !== type)) {
    const what = node ? `is a ${node.label}, not a ${type}` : 'is not in the graph';
    throw new WriteRejected([{ field: ['entity'], message: `${id} ${what}`, code: 'NOT_FOUND' }]);
  }
  const revision = revisionOf(node.properties);
  if (expectedRevision != null && expectedRevision !== revision) {
    throw new WriteRejected([
      { field: ['expectedRevision'], message: `${id} is at revision ${revision}, not ${expectedRevision}: someone changed it since; read it again`, code: 'CONFLICT' },
    ]);
  }
  return { entity: entityFromProperties(node.label as EntityType, id, node.properties), revision };
}

async function cite(query: QueryInTransaction, id: string, citation: Citation): Promise<GraphNode> {
  const [row] = await query<{ entity: Node }>(citeEntity, { id, sourceId: citation.sourceId, locators: citation.locators });
  return toGraphNode(row!.entity);
}

/** The stored entity with the edit applied: a field left out stays, a null removes it. */
function patched(stored: StoredEntity, fields: EntityFields): Record<string, unknown> {
  const result: Record<string, unknown> = { ...stored };
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value === null) delete result[field];
    else result[field] = value;
  }
  return result;
}

/** The entity if the format accepts it; otherwise its problems, at the fields of the mutation's input. */
function checkedEntity(type: EntityType, candidate: Record<string, unknown>, problems: InputProblem[]): StoredEntity | undefined {
  // An edit's citation is checked on its own (checkProvenance), so the format's `cites` is filled in here.
  const parsed = entitySchema.safeParse({ ...candidate, type, cites: [1] });
  if (parsed.success) {
    const { cites: _cites, ...entity } = parsed.data;
    if (!entity.id.startsWith(`${ENTITY_TYPES[type]}/`)) {
      problems.push({ field: ['key'], message: `a ${type} key starts with ${ENTITY_TYPES[type]}/`, code: 'INVALID' });
      return undefined;
    }
    return entity;
  }
  for (const problem of problemsFromIssues(parsed.error.issues, [], candidate)) {
    problems.push({ ...problem, field: problem.field.map((part) => (part === 'id' ? 'key' : part)) });
  }
  return undefined;
}

function storedProperties(entity: StoredEntity) {
  return entityProperties({ ...entity, cites: [] } as unknown as Entity);
}

/** `person/olzhas-bektenov` from the name (or title, or description) when the client gives no key. */
function generatedKey(type: EntityType, fields: EntityFields, problems: InputProblem[]): string | undefined {
  const name = [fields.name, fields.title, fields.description].find((value): value is string => typeof value === 'string') ?? '';
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  if (words) return `${ENTITY_TYPES[type]}/${words}`;
  problems.push({ field: ['key'], message: 'no key can be made from the name: give one, such as ' + `${ENTITY_TYPES[type]}/words-with-dashes`, code: 'REQUIRED' });
  return undefined;
}

function keyTaken(id: string): InputProblem {
  return { field: ['key'], message: `${id} is already in the graph`, code: 'ALREADY_EXISTS' };
}

function isUniquenessViolation(error: unknown, id: string): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' && error.message.includes(id);
}

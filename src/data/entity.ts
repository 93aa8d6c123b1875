import neo4j, { type Integer, type Node, type Relationship } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { type GraphNode, type GraphRelationship, toGraphNode, toGraphRelationship, toNumber } from '../db/values.ts';
import { BadUserInput } from '../errors.ts';
import { groupedInKeyOrder, inKeyOrder, type RequestLoaders } from './loaders.ts';
import { type Connection, type PageArguments, planPage, type Position, toConnection } from './page.ts';

const nodesById = cypher('entity/nodes-by-id');
const entitiesNamed = cypher('entity/entities-named');
const citationsOfEntities = cypher('entity/citations-of-entities');
const linkedEntitiesPage = cypher('entity/linked-entities-page');
const relationshipCountsOfEntities = cypher('entity/relationship-counts-of-entities');

/** How many entities one request may name by key (a saved view of a 500-entity neighbourhood fits). */
export const MAX_KEYS = 500;

/** An entity or source by its id (`person/olzhas-bektenov`), or null when there is none. */
export function loadNode(loaders: RequestLoaders, id: string): Promise<GraphNode | null> {
  return nodeLoader(loaders).load(id);
}

export async function loadNodes(loaders: RequestLoaders, ids: readonly string[]): Promise<(GraphNode | null)[]> {
  const nodes = await nodeLoader(loaders).loadMany(ids);
  return nodes.map((node) => {
    if (node instanceof Error) throw node;
    return node;
  });
}

function nodeLoader(loaders: RequestLoaders) {
  return loaders.get('nodes by id', async (db, ids) => {
    const rows = await db.read<{ node: Node }>(nodesById, { ids });
    const nodes = rows.map((row) => toGraphNode(row.node));
    return inKeyOrder(ids, nodes, (node) => node.id, (node) => node, null);
  });
}

/** How a client names an entity: exactly one of its global id (already decoded), its key, or a name. */
export interface EntityReference {
  key?: string | null | undefined;
  /** The type a global id names; the key must be an entity of that type. */
  typename?: string | null | undefined;
  name?: string | null | undefined;
}

/**
 * The id of the entity a reference names, or null when it names none. A name that fits several
 * entities is refused with their keys, so the client can choose.
 */
export async function resolveReference(loaders: RequestLoaders, reference: EntityReference, argument: string): Promise<string | null> {
  if (reference.key != null) {
    const node = await loadNode(loaders, reference.key);
    // Sources load by key too, but are not entities; and an id names a node of its own type or nothing,
    // as in node(id).
    const named = node !== null && node.label !== 'Source' && (reference.typename == null || node.label === reference.typename);
    return named ? node.id : null;
  }
  if (reference.name == null) throw new BadUserInput(`\`${argument}\` needs one of id, key or name.`, argument);
  const ids = await loaders
    .get('entities named', async (db, names) => {
      const rows = await db.read<{ name: string; ids: string[] }>(entitiesNamed, { names });
      return inKeyOrder(names, rows, (row) => row.name, (row) => row.ids, [] as string[]);
    })
    .load(reference.name);
  if (ids.length > 1) {
    throw new BadUserInput(`\`${argument}\`: "${reference.name}" names ${ids.length} entities (${ids.join(', ')}); give a key instead.`, argument);
  }
  return ids[0] ?? null;
}

/** Where an entity is attested: a source, and the paragraphs (articles) or sections (references) cited. */
export interface Citation {
  source: string;
  locators: string[];
}

export function citationsOf(loaders: RequestLoaders, entityId: string): Promise<Citation[]> {
  return loaders
    .get('citations of entities', async (db, ids) => {
      const rows = await db.read<Citation & { id: string }>(citationsOfEntities, { ids });
      return groupedInKeyOrder(ids, rows, (row) => row.id, ({ source, locators }) => ({ source, locators }));
    })
    .load(entityId);
}

/** How many relationships of one type join an entity to others in one direction, seen from the entity. */
export interface RelationshipCount {
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  count: number;
}

/** An entity's relationships to other entities counted by type and direction; none for an unknown entity. */
export function relationshipCountsOf(loaders: RequestLoaders, entityId: string): Promise<RelationshipCount[]> {
  return loaders
    .get('relationship counts of entities', async (db, ids) => {
      const rows = await db.read<{ id: string; type: string; outgoing: boolean; count: Integer }>(relationshipCountsOfEntities, { ids });
      return groupedInKeyOrder(ids, rows, (row) => row.id, ({ type, outgoing, count }): RelationshipCount => ({
        type,
        direction: outgoing ? 'OUTGOING' : 'INCOMING',
        count: toNumber(count),
      }));
    })
    .load(entityId);
}

/** How many relationships join an entity to others: the sum of its counts, so both share one statement. */
export async function degreeOf(loaders: RequestLoaders, entityId: string): Promise<number> {
  return (await relationshipCountsOf(loaders, entityId)).reduce((sum, { count }) => sum + count, 0);
}

/** A relationship's citations ("source/x#3") grouped by source, in the order they were first cited. */
export function citationsOfRelationship(relationship: GraphRelationship): Citation[] {
  const bySource = new Map<string, string[]>();
  for (const citation of (relationship.properties.citations ?? []) as string[]) {
    const [source = citation, locator] = citation.split('#');
    const locators = bySource.get(source) ?? [];
    if (locator) locators.push(locator);
    bySource.set(source, locators);
  }
  return [...bySource].map(([source, locators]) => ({ source, locators }));
}

export type LinkOrder = 'DATE' | 'NAME';

/** One way of following a relationship type from a node, as a paged question. */
export interface LinkQuestion {
  type: string;
  direction: 'out' | 'in';
  /** Labels the linked node may have; ['Entity'] for any entity. */
  labels: readonly string[];
  order: LinkOrder;
  descending: boolean;
}

export interface LinkedEdge {
  node: GraphNode;
  link: GraphRelationship;
}

interface LinkedPageRow {
  id: string;
  page: { link: Relationship; linked: Node; position: Position }[];
  totalCount: Integer;
}

/**
 * One page of the entities linked to `parentId` as `question` says. Every parent asking the same question
 * with the same page arguments in a request shares one statement.
 */
export async function linkedEntities(
  loaders: RequestLoaders,
  parentId: string,
  question: LinkQuestion,
  args: PageArguments,
): Promise<Connection<LinkedEdge>> {
  const page = planPage(args, question.order, question.descending);
  const loader = loaders.get(`linked ${JSON.stringify([question, page.query])}`, async (db, ids) => {
    const rows = await db.read<LinkedPageRow>(linkedEntitiesPage, {
      ids,
      type: question.type,
      outgoing: question.direction === 'out',
      labels: question.labels,
      order: question.order,
      after: page.query.after,
      descending: page.query.descending,
      limit: neo4j.int(page.query.limit),
    });
    return inKeyOrder(ids, rows, (row) => row.id, (row) => row, null);
  });
  const row = await loader.load(parentId);
  return toConnection(page, row?.page ?? [], row ? toNumber(row.totalCount) : 0, ({ link, linked }) => {
    const node = toGraphNode(linked);
    const outgoing = question.direction === 'out';
    return { node, link: toGraphRelationship(link, outgoing ? { from: parentId, to: node.id } : { from: node.id, to: parentId }) };
  });
}

const entitiesPage = cypher('entity/entities-page');

/** Narrows a list of entities; see cypher/entity/entities-page.cypher for what each filter means. */
export interface EntityFilter {
  name?: string | null | undefined;
  /** Properties that must be one of the values: `{ property: 'kind', values: ['summit'] }`. */
  propertyIn?: { property: string; values: readonly string[] }[];
  mode?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  place?: string | null | undefined;
  country?: string | null | undefined;
  participant?: string | null | undefined;
  event?: string | null | undefined;
}

/** One page of the entities with `label` that pass `filter`. */
export async function listEntities(
  db: Database,
  label: string,
  filter: EntityFilter,
  order: { order: LinkOrder; descending: boolean },
  args: PageArguments,
): Promise<Connection<{ node: GraphNode }>> {
  const page = planPage(args, order.order, order.descending);
  const [row] = await db.read<{ totalCount: Integer; page: { entity: Node; position: Position }[] }>(entitiesPage, {
    label,
    name: filter.name ?? null,
    propertyIn: (filter.propertyIn ?? []).filter(({ values }) => values.length > 0),
    mode: filter.mode ?? null,
    ...dayRange(filter.from, filter.to),
    place: filter.place ?? null,
    country: filter.country ?? null,
    participant: filter.participant ?? null,
    event: filter.event ?? null,
    order: order.order,
    after: page.query.after,
    descending: page.query.descending,
    limit: neo4j.int(page.query.limit),
  });
  return toConnection(page, row?.page ?? [], row ? toNumber(row.totalCount) : 0, ({ entity }) => ({ node: toGraphNode(entity) }));
}

/** A day written YYYY-MM-DD (already checked by the Date scalar) as a Neo4j date. */
export function neo4jDate(day: string) {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, date);
}

/**
 * A client's range of days as the `$from` and `$to` of a statement (null for an open end). A start after
 * the end is a mistake worth naming, not an empty answer.
 */
export function dayRange(from: string | null | undefined, to: string | null | undefined) {
  if (from && to && from > to) throw new BadUserInput(`\`from\` (${from}) is after \`to\` (${to}).`, 'from');
  return { from: from ? neo4jDate(from) : null, to: to ? neo4jDate(to) : null };
}

/** Nodes a statement already returned, so that resolving them again by id costs no further statement. */
export function primeNodes(loaders: RequestLoaders, nodes: readonly GraphNode[]): void {
  const loader = nodeLoader(loaders);
  for (const node of nodes) loader.prime(node.id, node);
}

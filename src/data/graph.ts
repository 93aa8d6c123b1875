import neo4j, { type Integer, type Node, type Relationship } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { type GraphNode, type GraphRelationship, toGraphNode, toGraphRelationship, toNumber } from '../db/values.ts';
import { BadUserInput } from '../errors.ts';
import { decodeGlobalId } from './global-id.ts';
import { type Connection, type PageArguments, pageInService } from './page.ts';

const shortestPathsBetween = cypher('graph/shortest-paths-between');
const neighbourhoodOf = cypher('graph/neighbourhood-of');
const searchNames = cypher('graph/search-names');
const relationshipsAmong = cypher('graph/relationships-among');

/** Hard limits, matched by the bounds written into the statements' patterns. */
export const MAX_PATH_LENGTH = 8;
export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURHOOD = 500;
export const MAX_PATHS = 50;
/** As many entities as the largest neighbourhood, so that a view built from one can be restored. */
export const MAX_AMONG = 500;

/** Which relationship types a traversal may use. */
export interface Route {
  follow?: readonly string[] | null | undefined;
  avoid?: readonly string[] | null | undefined;
}

export interface GraphPath {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** The shortest paths from one entity to another, each as its nodes in order and the relationships between them. */
export async function getShortestPaths(
  db: Database,
  query: { from: string; to: string; maxLength: number; limit: number } & Route,
): Promise<GraphPath[]> {
  within(query.maxLength, 1, MAX_PATH_LENGTH, 'maxLength');
  within(query.limit, 1, MAX_PATHS, 'limit');
  if (query.from === query.to) return [];
  const rows = await db.read<{ nodes: Node[]; links: LinkWithEnds[] }>(shortestPathsBetween, {
    from: query.from,
    to: query.to,
    maxLength: neo4j.int(query.maxLength),
    limit: neo4j.int(query.limit),
    ...routeParameters(query),
  });
  return rows.map(({ nodes, links }) => ({ nodes: nodes.map(toGraphNode), relationships: links.map(withEnds) }));
}

export interface Subgraph extends GraphPath {
  /** How many entities lie within the depth in all; more than were returned when the limit cut it short. */
  reachable: number;
}

/** The entities within `depth` steps of one, nearest first up to `limit`, and the relationships among them. */
export async function getNeighbourhood(
  db: Database,
  query: { id: string; depth: number; limit: number } & Route,
): Promise<Subgraph> {
  within(query.depth, 1, MAX_DEPTH, 'depth');
  within(query.limit, 1, MAX_NEIGHBOURHOOD, 'limit');
  const [row] = await db.read<{ nodes: Node[]; links: LinkWithEnds[]; reachable: Integer }>(neighbourhoodOf, {
    id: query.id,
    depth: neo4j.int(query.depth),
    limit: neo4j.int(query.limit),
    ...routeParameters(query),
  });
  if (!row) return { nodes: [], relationships: [], reachable: 0 };
  return { nodes: row.nodes.map(toGraphNode), relationships: row.links.map(withEnds), reachable: toNumber(row.reachable) };
}

/**
 * Every relationship both of whose ends are among the entities with these global ids, in a stable order.
 * Ids of nothing, of sources, or of an entity of another type are left out; ids this API never gave out
 * are refused, naming the one at fault.
 */
export async function getRelationshipsAmong(db: Database, globalIds: readonly string[]): Promise<GraphRelationship[]> {
  if (globalIds.length > MAX_AMONG) throw new BadUserInput(`\`ids\` may hold at most ${MAX_AMONG} ids; it held ${globalIds.length}.`, 'ids');
  const entities = globalIds.map((globalId, index) => {
    const { typename, key } = decodeGlobalId(globalId, `ids[${index}]`);
    return { id: key, label: typename };
  });
  const rows = await db.read<LinkWithEnds>(relationshipsAmong, { entities });
  return rows.map(withEnds);
}

export interface SearchHit {
  node: GraphNode;
  score: number;
}

/** How many hits a search considers before paging; a search is for finding, not for listing everything. */
const SEARCH_DEPTH = 200;

/**
 * Entities and sources matching `text` by name, title, description or alias, best first. Each word must
 * match, whole, as a prefix, or within an edit or two (so "Bektenof" finds Bektenov).
 */
export async function search(
  db: Database,
  query: { text: string; labels: readonly string[] | null },
  args: PageArguments,
): Promise<Connection<SearchHit>> {
  const lucene = luceneQuery(query.text);
  const rows = await db.read<{ node: Node; score: number }>(searchNames, {
    query: lucene,
    labels: query.labels?.length ? query.labels : null,
    limit: neo4j.int(SEARCH_DEPTH),
  });
  // Best first: the score is negated so that the position still sorts ascending.
  const positioned = rows.map(({ node, score }) => ({ node: toGraphNode(node), score, position: [-score, String(node.properties.id)] }));
  return pageInService(args, 'SCORE', positioned);
}

/**
 * The longest search text taken, in UTF-16 units: above the longest name or title in the graph (about 120),
 * and short enough for Lucene, which refuses to expand a word of over 1,000 bytes into its prefix and fuzzy
 * forms, and takes seconds over ten words of hundreds of letters.
 */
export const SEARCH_TEXT_LIMIT = 200;

/**
 * The client's words as a Lucene query. Everything Lucene treats as syntax is escaped, so a client can
 * search for "C++" or "(Khorgos)" and never write a query of their own.
 */
export function luceneQuery(text: string): string {
  if (text.length > SEARCH_TEXT_LIMIT) {
    throw new BadUserInput(`\`text\` may be at most ${SEARCH_TEXT_LIMIT} characters long; it had ${text.length}.`, 'text');
  }
  const words = text
    .toLowerCase()
    .split(/[\s\-–—/,.;:!?'"()[\]{}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 10);
  if (words.length === 0) throw new BadUserInput('`text` must contain at least one letter or digit.', 'text');
  return words
    .map((word) => {
      const escaped = word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
      const fuzzy = word.length >= 7 ? '~2' : word.length >= 4 ? '~1' : '';
      return `+(${escaped}^4 OR ${escaped}*^2${fuzzy ? ` OR ${escaped}${fuzzy}` : ''})`;
    })
    .join(' ');
}

function within(value: number, min: number, max: number, argument: string) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInput(`\`${argument}\` must be between ${min} and ${max}; it was ${value}.`, argument);
  }
}

function routeParameters(route: Route) {
  return { follow: route.follow?.length ? route.follow : null, avoid: route.avoid ?? [] };
}

/** A relationship with the ids of its start and end, which a bare relationship only knows by element id. */
interface LinkWithEnds {
  link: Relationship;
  from: string;
  to: string;
}

function withEnds({ link, from, to }: LinkWithEnds): GraphRelationship {
  return toGraphRelationship(link, { from, to });
}

import type { Node, Relationship } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { type GraphNode, type GraphRelationship, toGraphNode, toGraphRelationship } from '../db/values.ts';
import { BadUserInput } from '../errors.ts';
import { dayRange, neo4jDate } from './entity.ts';
import { type Connection, type PageArguments, pageInService } from './page.ts';

const counterpartsAtSharedEvents = cypher('person/counterparts-at-shared-events');
const postHoldersOnDate = cypher('person/post-holders-on-date');

export interface Counterpart {
  node: GraphNode;
  /** Ids of the shared events, earliest first. */
  events: string[];
}

/** Those who attended the same events as `entity`, most shared events first. */
export async function getCounterparts(
  db: Database,
  entity: string,
  options: { labels: readonly string[]; from?: string | null | undefined; to?: string | null | undefined },
  args: PageArguments,
): Promise<Connection<Counterpart>> {
  const rows = await db.read<{ counterpart: Node; events: string[] }>(counterpartsAtSharedEvents, {
    entity,
    labels: options.labels,
    ...dayRange(options.from, options.to),
  });
  const positioned = rows.map(({ counterpart, events }) => {
    const node = toGraphNode(counterpart);
    // Most shared events first: the count is negated so that the position still sorts ascending.
    return { node, events, position: [-events.length, String(node.properties.name ?? node.properties.title ?? '').toLowerCase(), node.id] };
  });
  return pageInService(args, 'SHARED_EVENTS', positioned);
}

export interface PostHolding {
  node: GraphNode;
  post: GraphRelationship;
  body: GraphNode;
}

/** Who held a post whose name contains `post` on the day `on`, by tenure or by a source's attestation. */
export async function getPostHolders(
  db: Database,
  query: { post: string; on: string; body: string | null },
  args: PageArguments,
): Promise<Connection<PostHolding>> {
  if (query.post.trim() === '') throw new BadUserInput('`post` must name a post, such as "Prime Minister".', 'post');
  const rows = await db.read<{ holder: Node; held: Relationship; body: Node }>(postHoldersOnDate, {
    post: query.post.trim(),
    on: neo4jDate(query.on),
    body: query.body,
  });
  const positioned = rows.map(({ holder, held, body }) => {
    const node = toGraphNode(holder);
    const bodyNode = toGraphNode(body);
    const post = toGraphRelationship(held, { from: node.id, to: bodyNode.id });
    return { node, post, body: bodyNode, position: [String(node.properties.name).toLowerCase(), node.id, post.key] };
  });
  return pageInService(args, 'NAME', positioned);
}

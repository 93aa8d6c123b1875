import { expect } from 'vitest';
import { ENTITY_TYPES, type EntityType } from '../../src/dataset/format.ts';
import type { GraphQLResponse, TestServer } from './test-server.ts';

/*
 * Helpers for the API tests in tests/api: asking a question that must succeed, reading a connection whole,
 * page by page in either direction, and checking how a rejected request is reported.
 */

export interface Keyed {
  key: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Page<Node = Keyed> {
  edges: { cursor: string; node: Node }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Selects what `Page` describes; entities give their key whatever their type. */
export const PAGE_FIELDS = 'totalCount edges { cursor node { ... on Node { ... on Entity { key } ... on Source { key } } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** The data of a response that must have succeeded. */
export async function ask<Data>(server: TestServer, query: string, variables?: Record<string, unknown>): Promise<Data> {
  const response = await server.graphql<Data>(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!;
}

export function keysOf(nodes: readonly Keyed[]): string[] {
  return nodes.map((node) => node.key);
}

/** The top-level list of each entity type. */
export const LIST_OF: Record<EntityType, string> = {
  Person: 'people',
  Organization: 'organizations',
  Country: 'countries',
  Region: 'regions',
  City: 'cities',
  Event: 'events',
  Agreement: 'agreements',
  BorderCrossing: 'borderCrossings',
  LogisticsHub: 'logisticsHubs',
  Commodity: 'commodities',
  TradeFigure: 'tradeFigures',
  Target: 'targets',
  Route: 'routes',
};

export const ENTITY_TYPE_NAMES = Object.keys(ENTITY_TYPES) as EntityType[];

/** How the `EntityType` enum spells a type: BorderCrossing is BORDER_CROSSING. */
export function enumValueOf(type: EntityType): string {
  return type.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * A global id as the API encodes it. Clients must not build ids; tests do, to ask for ids that are well
 * formed but name nothing, or name a node as the wrong type.
 */
export function globalId(typename: string, key: string): string {
  return Buffer.from(`${typename}:${key}`).toString('base64');
}

export interface PageArguments {
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
}

export type PageReader = (args: PageArguments) => Promise<Page>;

/**
 * Reads pages of a connection: a top-level list (`commodities`), or a relationship field of one entity
 * (`on: { type: 'Country', key: 'country/kazakhstan' }`, field `exports`). `args` adds arguments as written
 * in GraphQL, such as `orderBy: { field: NAME, direction: DESC }`.
 */
export function pageReader(server: TestServer, field: string, { on, args }: { on?: { type: string; key: string }; args?: string } = {}): PageReader {
  const connection = `connection: ${field}(first: $first, after: $after, last: $last, before: $before${args ? `, ${args}` : ''}) { ${PAGE_FIELDS} }`;
  const variables = '$first: Int, $after: String, $last: Int, $before: String';
  const query = on
    ? `query ($id: ID!, ${variables}) { node(id: $id) { ... on ${on.type} { ${connection} } } }`
    : `query (${variables}) { ${connection} }`;
  return async (page) => {
    const data = await ask<{ connection?: Page; node?: { connection?: Page } | null }>(server, query, {
      ...page,
      ...(on ? { id: globalId(on.type, on.key) } : {}),
    });
    const read = on ? data.node?.connection : data.connection;
    expect(read, `${on?.key ?? ''} ${field}`).toBeDefined();
    return read!;
  };
}

/**
 * A connection read whole, `size` items at a time, forward from the start and backward from the end,
 * checking each page's flags on the way. Each result lists the edges' cursors and keys in order.
 */
export async function readByPages(readPage: PageReader, size: number) {
  const forward: Page['edges'] = [];
  for (let after: string | null = null, pages = 0; ; pages++) {
    const page = await readPage({ first: size, after });
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
    forward.push(...page.edges);
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges).toHaveLength(size);
    after = page.pageInfo.endCursor;
  }
  const backward: Page['edges'] = [];
  for (let before: string | null = null, pages = 0; ; pages++) {
    const page = await readPage({ last: size, before });
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasNextPage).toBe(pages > 0);
    backward.unshift(...page.edges);
    if (!page.pageInfo.hasPreviousPage) break;
    expect(page.edges).toHaveLength(size);
    before = page.pageInfo.startCursor;
  }
  const listed = (edges: Page['edges']) => edges.map((edge) => ({ cursor: edge.cursor, key: edge.node.key }));
  return { forward: listed(forward), backward: listed(backward) };
}

/** Every edge of a connection, however many pages it takes. */
export async function readAll(readPage: PageReader): Promise<Page['edges']> {
  const edges: Page['edges'] = [];
  for (let after: string | null = null; ; ) {
    const page = await readPage({ first: 100, after });
    edges.push(...page.edges);
    if (!page.pageInfo.hasNextPage) return edges;
    after = page.pageInfo.endCursor;
  }
}

/**
 * A request refused as the client's mistake: one BAD_USER_INPUT error whose message names the argument
 * (`filter.from`, or the variable `$from` that carried it), and nothing of the server's insides.
 */
export function expectBadUserInput(response: GraphQLResponse<unknown>, argument: string) {
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  const [error] = response.errors!;
  expect(error?.extensions?.code, error?.message).toBe('BAD_USER_INPUT');
  const escaped = argument.replace(/[.$]/g, '\\$&');
  expect(error?.message).toMatch(new RegExp(argument.startsWith('$') ? `${escaped}\\b` : `[\`$]${escaped}\\b`));
  expectNoInternals(response);
}

/** Nothing a client should see of the server: no stack frames, source files, driver or database details. */
export function expectNoInternals(response: unknown) {
  const text = JSON.stringify(response);
  expect(text).not.toMatch(/stack|\bat [\w.<>]+ \(|node_modules|\.(?:ts|js):\d+|neo4j|cypher|driver|bolt:|ECONNREFUSED/i);
}

/** One entity (or source) by its type and key, with the fields `selection` asks of that type; it must exist. */
export async function askNode<Node>(server: TestServer, type: string, key: string, selection: string): Promise<Node> {
  const data = await ask<{ node: Node | null }>(server, `query ($id: ID!) { node(id: $id) { ... on ${type} { ${selection} } } }`, {
    id: globalId(type, key),
  });
  expect(data.node, `${type} ${key}`).not.toBeNull();
  return data.node!;
}

/** The keys a connection lists, written as a field with its arguments: `people(filter: { name: "xi" })`. */
export async function keysListed(server: TestServer, connection: string): Promise<string[]> {
  const data = await ask<{ list: { nodes: Keyed[] } }>(server, `{ list: ${connection} { nodes { ... on Node { ... on Entity { key } ... on Source { key } } } } }`);
  return keysOf(data.list.nodes);
}

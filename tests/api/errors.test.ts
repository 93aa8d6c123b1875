import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ask, expectBadUserInput, expectNoInternals } from '../support/api.ts';
import { noOwnNeo4j } from '../support/own-neo4j.ts';
import { ownSeededServer } from '../support/own-server.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A request the API must refuse, and the argument its message must name (`$name` for a variable). */
interface Refusal {
  query: string;
  variables?: Record<string, unknown>;
  argument: string;
}

/** Refusals by what is wrong; each must come back as one BAD_USER_INPUT error naming the argument. */
const REFUSALS: Record<string, Refusal[]> = {
  'a negative page size': [
    { query: '{ people(first: -1) { totalCount } }', argument: 'first' },
    { query: '{ countries { nodes { exports(last: -5) { totalCount } } } }', argument: 'last' },
  ],
  'a page size over 100': [
    { query: '{ events(first: 101) { totalCount } }', argument: 'first' },
    { query: '{ search(text: "Almaty", last: 1000) { totalCount } }', argument: 'last' },
  ],
  'first mixed with last': [{ query: '{ events(first: 2, last: 2) { totalCount } }', argument: 'first' }],
  'a cursor the API did not give out': [
    { query: '{ events(after: "not-a-cursor") { totalCount } }', argument: 'after' },
    { query: '{ postHolders(post: "President", on: "2023-05-18", before: "bm9wZQ") { totalCount } }', argument: 'before' },
  ],
  'a global id the API did not give out': [
    { query: '{ node(id: "not-an-id") { id } }', argument: 'id' },
    { query: '{ neighbourhood(of: { id: "not-an-id" }) { reachable } }', argument: 'of' },
    { query: '{ events(filter: { participant: { id: "not-an-id" } }) { totalCount } }', argument: 'filter.participant' },
  ],
  'an unknown enum value': [
    { query: '{ events(filter: { kind: [PARTY] }) { totalCount } }', argument: 'filter.kind' },
    { query: '{ search(text: "Almaty", types: [PLANET]) { totalCount } }', argument: 'types' },
    { query: '{ people(orderBy: { field: AGE }) { totalCount } }', argument: 'orderBy.field' },
    { query: 'query ($measure: TradeMeasure!) { tradeTimelines(measure: $measure) { unit } }', variables: { measure: 'GDP' }, argument: '$measure' },
  ],
  'an impossible date': [
    { query: '{ events(filter: { from: "2023-02-29" }) { totalCount } }', argument: 'filter.from' },
    { query: '{ postHolders(post: "President", on: "2023-13-01") { totalCount } }', argument: 'on' },
    { query: '{ tradeTimelines(measure: TURNOVER, to: "28 March 2023") { unit } }', argument: 'to' },
    { query: 'query ($on: Date!) { postHolders(post: "President", on: $on) { totalCount } }', variables: { on: '2024-02-30' }, argument: '$on' },
  ],
  'a range that ends before it starts': [
    { query: '{ events(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } }', argument: 'from' },
    { query: '{ agreements(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } }', argument: 'from' },
    { query: '{ tradeFigures(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } }', argument: 'from' },
    { query: '{ sources(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } }', argument: 'from' },
    { query: '{ counterparts(of: { name: "Tokayev" }, from: "2024-01-01", to: "2023-01-01") { totalCount } }', argument: 'from' },
    { query: '{ commoditiesCoveredByAgreements(from: "2024-01-01", to: "2023-01-01") { totalCount } }', argument: 'from' },
    { query: '{ tradeTimelines(measure: TURNOVER, from: "2024-01-01", to: "2023-01-01") { unit } }', argument: 'from' },
  ],
  'a path length, depth or limit out of range': [
    { query: '{ shortestPaths(from: { name: "Tokayev" }, to: { name: "Xi" }, maxLength: 9) { length } }', argument: 'maxLength' },
    { query: '{ shortestPaths(from: { name: "Tokayev" }, to: { name: "Xi" }, maxLength: 0) { length } }', argument: 'maxLength' },
    { query: '{ shortestPaths(from: { name: "Tokayev" }, to: { name: "Xi" }, limit: 51) { length } }', argument: 'limit' },
    { query: '{ neighbourhood(of: { name: "Almaty" }, depth: 4) { reachable } }', argument: 'depth' },
    { query: '{ neighbourhood(of: { name: "Almaty" }, depth: 0) { reachable } }', argument: 'depth' },
    { query: '{ neighbourhood(of: { name: "Almaty" }, limit: 501) { reachable } }', argument: 'limit' },
  ],
  'words that say nothing': [
    { query: '{ search(text: " -- ") { totalCount } }', argument: 'text' },
    { query: '{ postHolders(post: "  ", on: "2024-03-13") { totalCount } }', argument: 'post' },
  ],
  'an entity reference that is not exactly one of id, key and name': [
    { query: '{ neighbourhood(of: { key: "city/almaty", name: "Almaty" }) { reachable } }', argument: 'of' },
    { query: '{ events(filter: { place: {} }) { totalCount } }', argument: 'filter.place' },
  ],
};

describe('refused arguments are the client’s mistake, named, with nothing of the server’s insides', () => {
  for (const [mistake, refusals] of Object.entries(REFUSALS)) {
    it(mistake, async () => {
      for (const { query, variables, argument } of refusals) {
        const response = await server.graphql(query, variables);
        expect(Object.values(response.data ?? {}).filter((value) => value !== null), query).toEqual([]);
        expectBadUserInput(response, argument);
      }
    });
  }

  it('while the edges of the ranges are accepted', async () => {
    await ask(
      server,
      `{
        events(first: 0) { totalCount }
        people(last: 100) { totalCount }
        shortestPaths(from: { name: "Tokayev" }, to: { name: "Xi Jinping" }, maxLength: 8, limit: 50) { length }
        neighbourhood(of: { name: "Almaty" }, depth: 3, limit: 500) { reachable }
        sources(filter: { from: "2024-02-29", to: "2024-02-29" }) { totalCount }
      }`,
    );
  });
});

/** A port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('Neo4j out of reach', () => {
  let orphan: TestServer;
  beforeAll(async () => {
    orphan = await startTestServer({ uri: `bolt://127.0.0.1:${await closedPort()}`, username: 'neo4j', password: 'not-the-password' });
  });
  afterAll(() => orphan.close());

  it('is reported as DATABASE_UNAVAILABLE, with no driver or database details', async () => {
    const response = await orphan.graphql('{ people { totalCount nodes { key } } }');
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^The graph database is not answering/), extensions: { code: 'DATABASE_UNAVAILABLE' } })]);
    expectNoInternals(response);
  });

  it('does not hide the client’s own mistakes, found before Neo4j is asked', async () => {
    expectBadUserInput(await orphan.graphql('{ people(first: 101) { totalCount } }'), 'first');
    expectBadUserInput(await orphan.graphql('{ events(filter: { kind: [PARTY] }) { totalCount } }'), 'filter.kind');
  });
});

describe('an internal error', () => {
  let misconfigured: TestServer;
  beforeAll(async () => {
    // A database the server does not have: the service's mistake, not the client's.
    misconfigured = await startTestServer({ ...inject('neo4j'), database: 'no-such-database' });
  });
  afterAll(() => misconfigured.close());

  it('is masked as "Unexpected error.", with no stack, driver or database details', async () => {
    const response = await misconfigured.graphql('{ people { totalCount nodes { key } } }');
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toEqual([expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expectNoInternals(response);
  });
});

// A name is ambiguous only when two entities share it; the dataset has none, so one is added, on a Neo4j
// of this file's own (the shared one is read by every test file at once).
describe.skipIf(noOwnNeo4j)('an ambiguous name', () => {
  const ownServer = ownSeededServer();
  beforeAll(async () => {
    await ownServer().db.driver.executeQuery("CREATE (:Entity:Person {id: 'person/tokayev-namesake', name: 'Alibek Tokayev', aliases: ['Tokayev']})");
  });

  it('is refused with the keys it could mean, naming the argument', async () => {
    for (const [query, argument] of [
      ['{ counterparts(of: { name: "tokayev" }) { totalCount } }', 'of'],
      ['{ events(filter: { participant: { name: "Tokayev" } }) { totalCount } }', 'filter.participant'],
    ] as const) {
      const response = await ownServer().graphql(query);
      expectBadUserInput(response, argument);
      expect(response.errors?.[0]?.message).toContain('person/kassym-jomart-tokayev, person/tokayev-namesake');
    }
  });

  it('leaves the full name, and the key, naming one entity', async () => {
    const data = await ask<{ counterparts: { nodes: { key: string }[] } }>(ownServer(), '{ counterparts(of: { name: "Kassym-Jomart Tokayev" }) { nodes { ... on Entity { key } } } }');
    expect(data.counterparts.nodes).toEqual([{ key: 'person/xi-jinping' }]);
    const byKey = await ask<{ counterparts: { totalCount: number } }>(ownServer(), '{ counterparts(of: { key: "person/kassym-jomart-tokayev" }) { totalCount } }');
    expect(byKey.counterparts.totalCount).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, expectBadUserInput, globalId, keysOf, type Page, type PageArguments, type PageReader, pageReader, readByPages } from '../support/api.ts';
import { noOwnNeo4j } from '../support/own-neo4j.ts';
import { ownSeededServer } from '../support/own-server.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const KAZAKHSTAN = { type: 'Country', key: 'country/kazakhstan' };
const TOKAYEV = { type: 'Person', key: 'person/kassym-jomart-tokayev' };

/** The whole connection in one page, as the reference the paged reads must add up to. */
async function inOnePage(readPage: PageReader) {
  const page = await readPage({ first: 100 });
  expect(page.pageInfo.hasNextPage).toBe(false);
  expect(page.edges).toHaveLength(page.totalCount);
  return page.edges.map((edge) => ({ cursor: edge.cursor, key: edge.node.key }));
}

/** Paged forward and backward, `size` at a time, the connection is the same as read whole: no gaps, no repeats. */
async function expectPagesAddUp(readPage: PageReader, size: number, expectedCount: number) {
  const whole = await inOnePage(readPage);
  expect(whole).toHaveLength(expectedCount);
  expect(new Set(whole.map((edge) => edge.cursor)).size).toBe(whole.length);
  const { forward, backward } = await readByPages(readPage, size);
  expect(forward).toEqual(whole);
  expect(backward).toEqual(whole);
  return whole.map((edge) => edge.key);
}

const ASC = (field: string) => `orderBy: { field: ${field}, direction: ASC }`;
const DESC = (field: string) => `orderBy: { field: ${field}, direction: DESC }`;

describe('pages read forward and backward add up to the whole list', () => {
  it('a top-level list by name, both ways', async () => {
    const ascending = await expectPagesAddUp(pageReader(server, 'commodities', { args: ASC('NAME') }), 7, 44);
    const descending = await expectPagesAddUp(pageReader(server, 'commodities', { args: DESC('NAME') }), 7, 44);
    expect(descending).toEqual([...ascending].reverse());
    const { commodities } = await ask<{ commodities: { nodes: { name: string }[] } }>(server, '{ commodities(first: 100) { nodes { name } } }');
    const names = commodities.nodes.map((commodity) => commodity.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(ascending.slice(0, 3)).toEqual(['commodity/agricultural-products', 'commodity/beans', 'commodity/beef']);
  });

  it('a top-level list by date, both ways, ties broken the same way each time', async () => {
    const ascending = await expectPagesAddUp(pageReader(server, 'tradeFigures', { args: ASC('DATE') }), 4, 29);
    const descending = await expectPagesAddUp(pageReader(server, 'tradeFigures', { args: DESC('DATE') }), 4, 29);
    expect(descending).toEqual([...ascending].reverse());
    const { tradeFigures } = await ask<{ tradeFigures: { nodes: { period: { start: string } }[] } }>(
      server,
      '{ tradeFigures(first: 100) { nodes { period { start } } } }',
    );
    const starts = tradeFigures.nodes.map((figure) => figure.period.start);
    expect(starts).toEqual([...starts].sort());
    expect(starts.filter((start) => start === '2022-01-01').length).toBeGreaterThan(4);
  });

  it('a relationship field by date (its default) and by name, both ways', async () => {
    const byDate = await expectPagesAddUp(pageReader(server, 'concernedBy', { on: KAZAKHSTAN }), 6, 37);
    const byDateDescending = await expectPagesAddUp(pageReader(server, 'concernedBy', { on: KAZAKHSTAN, args: DESC('DATE') }), 6, 37);
    expect(byDateDescending).toEqual([...byDate].reverse());
    const byName = await expectPagesAddUp(pageReader(server, 'exports', { on: KAZAKHSTAN, args: ASC('NAME') }), 5, 33);
    const byNameDescending = await expectPagesAddUp(pageReader(server, 'exports', { on: KAZAKHSTAN, args: DESC('NAME') }), 5, 33);
    expect(byNameDescending).toEqual([...byName].reverse());
  });

  it('a relationship field with several links to the same entity, one link a page', async () => {
    // Tokayev held three posts in Kazakhstan (President twice, as of 2023-05 and 2024; Head of State).
    const posts = await expectPagesAddUp(pageReader(server, 'posts', { on: TOKAYEV }), 1, 3);
    expect(posts).toEqual(['country/kazakhstan', 'country/kazakhstan', 'country/kazakhstan']);
    const descending = await expectPagesAddUp(pageReader(server, 'posts', { on: TOKAYEV, args: DESC('DATE') }), 2, 3);
    expect(descending).toEqual(posts);
  });
});

describe('page sizes, counts and flags', () => {
  const read = (args: PageArguments) => pageReader(server, 'commodities')(args);

  it('gives 20 items when neither first nor last is given, and says more follow', async () => {
    const page = await read({});
    expect(page.edges).toHaveLength(20);
    expect(page.totalCount).toBe(44);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const before = await read({ before: page.pageInfo.endCursor });
    expect(keysOf(before.edges.map((edge) => edge.node))).toEqual(keysOf(page.edges.slice(0, 19).map((edge) => edge.node)));
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('gives up to 100 items, and refuses 101 either way', async () => {
    const page = await read({ first: 100 });
    expect(page.edges).toHaveLength(44);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const last = await read({ last: 100 });
    expect(last.edges).toEqual(page.edges);
    expectBadUserInput(await server.graphql('{ commodities(first: 101) { totalCount } }'), 'first');
    expectBadUserInput(await server.graphql('{ commodities(last: 101) { totalCount } }'), 'last');
    expectBadUserInput(await server.graphql('{ countries(first: 1) { nodes { exports(first: 101) { totalCount } } } }'), 'first');
  });

  it('gives no items but the count for first: 0, and says items follow', async () => {
    const page = await read({ first: 0 });
    expect(page).toEqual({
      totalCount: 44,
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('counts the whole connection on every page, and flags the pages around', async () => {
    const first = await read({ first: 40 });
    const rest = await read({ first: 40, after: first.pageInfo.endCursor });
    expect([first.totalCount, rest.totalCount]).toEqual([44, 44]);
    expect(rest.edges).toHaveLength(4);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(rest.pageInfo.startCursor).toBe(rest.edges[0]?.cursor);
    expect(rest.pageInfo.endCursor).toBe(rest.edges.at(-1)?.cursor);
    const lastFour = await read({ last: 4 });
    expect(lastFour.edges).toEqual(rest.edges);
    expect(lastFour.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('counts a relationship field’s links in all, narrowed by type', async () => {
    type Counts = { node: { all: { totalCount: number }; people: { totalCount: number; nodes: { key: string }[] } } };
    const data = await ask<Counts>(
      server,
      `query ($id: ID!) { node(id: $id) { ... on Event {
        all: participants(first: 1) { totalCount }
        people: participants(first: 1, types: [PERSON]) { totalCount nodes { key } }
      } } }`,
      { id: globalId('Event', 'event/friendly-dialogue-cross-border-cooperation-2023') },
    );
    expect(data.node).toEqual({ all: { totalCount: 11 }, people: { totalCount: 1, nodes: [{ key: 'person/serik-zhumangarin' }] } });
  });
});

describe('cursors', () => {
  const secondCursor = async (list: string, args = '') =>
    (await ask<Record<string, Page>>(server, `{ list: ${list}(first: 2${args ? `, ${args}` : ''}) { edges { cursor } } }`)).list!.edges[1]!.cursor;

  it('are refused with another ordering than their own', async () => {
    const byName = await secondCursor('events', ASC('NAME'));
    const byDate = await secondCursor('events');
    expectBadUserInput(await server.graphql(`{ events(after: "${byName}") { totalCount } }`), 'after');
    expectBadUserInput(await server.graphql(`{ events(before: "${byDate}", orderBy: { field: NAME }) { totalCount } }`), 'before');
    const exportsByName = (await pageReader(server, 'exports', { on: KAZAKHSTAN })({ first: 1 })).pageInfo.endCursor;
    expectBadUserInput(
      await server.graphql(`{ countries(first: 1) { nodes { exports(after: "${exportsByName}", orderBy: { field: DATE }) { totalCount } } } }`),
      'after',
    );
  });

  it('are refused when they are not cursors this API gave out', async () => {
    for (const cursor of ['nonsense', '', Buffer.from('["NAME"]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      expectBadUserInput(await server.graphql('query ($after: String) { people(after: $after) { totalCount } }', { after: cursor }), 'after');
    }
  });

  it('page forward or backward, never both at once', async () => {
    const cursor = await secondCursor('people');
    expectBadUserInput(await server.graphql('{ people(first: 1, last: 1) { totalCount } }'), 'first');
    expectBadUserInput(await server.graphql(`{ people(first: 1, before: "${cursor}") { totalCount } }`), 'before');
    expectBadUserInput(await server.graphql(`{ people(last: 1, after: "${cursor}") { totalCount } }`), 'after');
  });
});

// Adding an entity needs a Neo4j of its own: the shared one is read by every test file at once.
describe.skipIf(noOwnNeo4j)('cursors are keyset cursors: a page continues where the last ended, whatever is added before it', () => {
  const ownServer = ownSeededServer();

  it('in a top-level list and in a relationship field', async () => {
    const own = ownServer();
    const people = pageReader(own, 'people');
    const exports = pageReader(own, 'exports', { on: KAZAKHSTAN });
    const [peopleBefore, exportsBefore] = [await people({ first: 100 }), await exports({ first: 100 })];
    const [firstPeople, firstExports] = [await people({ first: 3 }), await exports({ first: 5 })];

    // Both sort before every entity the pages have shown.
    await own.db.driver.executeQuery(`
      CREATE (:Entity:Person {id: 'person/aaron-aardvark', name: 'Aaron Aardvark'})
      WITH 1 AS done
      MATCH (kazakhstan:Country {id: 'country/kazakhstan'})
      CREATE (kazakhstan)-[:EXPORTS {key: 'EXPORTS|country/kazakhstan|commodity/aardvark-oil', status: 'offered'}]->
             (:Entity:Commodity {id: 'commodity/aardvark-oil', name: 'Aardvark oil', category: 'food'})`);

    const [nextPeople, nextExports] = [
      await people({ first: 3, after: firstPeople.pageInfo.endCursor }),
      await exports({ first: 5, after: firstExports.pageInfo.endCursor }),
    ];
    expect(nextPeople.edges).toEqual(peopleBefore.edges.slice(3, 6));
    expect(nextExports.edges).toEqual(exportsBefore.edges.slice(5, 10));
    expect([nextPeople.totalCount, nextExports.totalCount]).toEqual([peopleBefore.totalCount + 1, exportsBefore.totalCount + 1]);

    // Backward from the second page: the same first page, now with something before it.
    const previousPeople = await people({ last: 3, before: nextPeople.pageInfo.startCursor });
    expect(previousPeople.edges).toEqual(firstPeople.edges);
    expect(previousPeople.pageInfo.hasPreviousPage).toBe(true);
    expect((await people({ first: 1 })).edges[0]?.node.key).toBe('person/aaron-aardvark');
  });
});

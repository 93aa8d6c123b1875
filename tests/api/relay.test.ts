import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, ENTITY_TYPE_NAMES, expectBadUserInput, globalId, type Keyed, LIST_OF } from '../support/api.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Identified = Keyed & { id: string; __typename: string };

/** The first entity of each type's list, and the first source, as the lists give them. */
async function oneOfEachType(): Promise<Identified[]> {
  const lists = [...ENTITY_TYPE_NAMES.map((type) => LIST_OF[type]), 'sources'];
  const query = `{ ${lists.map((list) => `${list}(first: 1) { nodes { id key __typename } }`).join(' ')} }`;
  const data = await ask<Record<string, { nodes: Identified[] }>>(server, query);
  return lists.map((list) => {
    const [first] = data[list]!.nodes;
    expect(first, list).toBeDefined();
    return first!;
  });
}

const NODE_QUERY = 'query ($id: ID!) { node(id: $id) { id __typename ... on Entity { key } ... on Source { key } } }';
const NODES_QUERY = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on Entity { key } ... on Source { key } } }';

describe('global ids', () => {
  it('node(id) gives back the entity of every type, and a source, that the id came from', async () => {
    const samples = await oneOfEachType();
    expect(samples.map((sample) => sample.__typename)).toEqual([...ENTITY_TYPE_NAMES, 'Source']);
    for (const sample of samples) {
      const data = await ask<{ node: Identified | null }>(server, NODE_QUERY, { id: sample.id });
      expect(data.node).toEqual(sample);
    }
  });

  it('nodes(ids) gives them all back in the order asked, with null for an unknown id', async () => {
    const samples = (await oneOfEachType()).reverse();
    const unknown = globalId('Person', 'person/no-such-person');
    const data = await ask<{ nodes: (Identified | null)[] }>(server, NODES_QUERY, { ids: [unknown, ...samples.map((sample) => sample.id)] });
    expect(data.nodes).toEqual([null, ...samples]);
  });

  it('is opaque but stable: the same entity always has the same id, distinct from every other', async () => {
    const data = await ask<{ people: { nodes: Identified[] } }>(server, '{ people(first: 100) { nodes { id key } } }');
    const again = await ask<{ people: { nodes: Identified[] } }>(server, '{ people(first: 100) { nodes { id key } } }');
    expect(again.people.nodes).toEqual(data.people.nodes);
    expect(new Set(data.people.nodes.map((person) => person.id)).size).toBe(9);
    for (const person of data.people.nodes) expect(person.id).not.toContain(person.key);
  });

  it('gives null for an id that is well formed but names nothing', async () => {
    for (const id of [globalId('Person', 'person/no-such-person'), globalId('Source', 'source/no-such-source'), globalId('Nonsense', 'person/olzhas-bektenov')]) {
      const response = await server.graphql<{ node: unknown }>(NODE_QUERY, { id });
      expect(response).toEqual({ data: { node: null } });
    }
  });

  it('gives null for the id of one type asked for as another', async () => {
    const mistyped = [
      globalId('Event', 'person/olzhas-bektenov'),
      globalId('Person', 'source/ref-wco-hs-2022'),
      globalId('Source', 'country/china'),
      globalId('Region', 'city/almaty'),
    ];
    for (const id of mistyped) expect(await server.graphql(NODE_QUERY, { id })).toEqual({ data: { node: null } });
    expect(await server.graphql(NODES_QUERY, { ids: mistyped })).toEqual({ data: { nodes: [null, null, null, null] } });
  });

  it('refuses an id the API cannot have given out', async () => {
    const bektenov = globalId('Person', 'person/olzhas-bektenov');
    const malformed = [
      'not an id',
      '',
      bektenov.replace(/=+$/, ''), // not the canonical encoding
      Buffer.from('person/olzhas-bektenov').toString('base64'), // no type
      Buffer.from(':person/olzhas-bektenov').toString('base64'), // an empty type
    ];
    for (const id of malformed) expectBadUserInput(await server.graphql(NODE_QUERY, { id }), 'id');
    const response = await server.graphql(NODES_QUERY, { ids: [bektenov, 'not an id'] });
    expectBadUserInput(response, 'ids');
    expect(response.errors?.[0]?.message).toContain('`ids[1]`');
  });

  it('refuses more than 100 ids at once', async () => {
    const ids = Array.from({ length: 101 }, () => globalId('Person', 'person/olzhas-bektenov'));
    expectBadUserInput(await server.graphql(NODES_QUERY, { ids }), 'ids');
    const data = await ask<{ nodes: unknown[] }>(server, NODES_QUERY, { ids: ids.slice(1) });
    expect(data.nodes).toHaveLength(100);
  });
});

describe('entity references in arguments', () => {
  const CENTRE_QUERY = 'query ($of: EntityReference!) { neighbourhood(of: $of, limit: 1) { nodes { key } } }';
  const centreOf = async (of: Record<string, string>) =>
    (await ask<{ neighbourhood: { nodes: Keyed[] } | null }>(server, CENTRE_QUERY, { of })).neighbourhood?.nodes[0]?.key ?? null;

  it('name an entity by global id, key, name or alias, ignoring case', async () => {
    const { people } = await ask<{ people: { nodes: Identified[] } }>(server, '{ people(filter: { name: "Bektenov" }) { nodes { id key } } }');
    const [bektenov] = people.nodes;
    expect(bektenov?.key).toBe('person/olzhas-bektenov');
    expect(await centreOf({ id: bektenov!.id })).toBe('person/olzhas-bektenov');
    expect(await centreOf({ key: 'person/olzhas-bektenov' })).toBe('person/olzhas-bektenov');
    expect(await centreOf({ name: 'Olzhas Bektenov' })).toBe('person/olzhas-bektenov');
    expect(await centreOf({ name: 'BEKTENOV' })).toBe('person/olzhas-bektenov');
    expect(await centreOf({ name: 'Ma Xinzhui' })).toBe('person/ma-xingrui');
    expect(await centreOf({ name: 'Chuguchak' })).toBe('crossing/bakhty-tacheng');
    // Titles and descriptions name events, agreements, figures and targets.
    expect(await centreOf({ name: 'Raise Kazakhstan–China bilateral trade to $40 billion' })).toBe('target/kz-cn-trade-40-billion');
  });

  it('match a name whole, not in part', async () => {
    expect(await centreOf({ name: 'Bekten' })).toBeNull();
    expect(await centreOf({ name: 'Olzhas' })).toBeNull();
  });

  it('name nothing with an unknown key or name, so the answer is null', async () => {
    expect(await centreOf({ key: 'person/no-such-person' })).toBeNull();
    expect(await centreOf({ name: 'No Such Person' })).toBeNull();
    expect(await centreOf({ id: globalId('Person', 'person/no-such-person') })).toBeNull();
  });

  // A source is a Node but not an Entity, and an id says which type it names: a reference to a source, or
  // an id naming a person as an event, names no entity, as node(id) says.
  it('name no entity with the key or id of a source, nor with an id of the wrong type', async () => {
    expect(await centreOf({ key: 'source/ref-wco-hs-2022' })).toBeNull();
    expect(await centreOf({ id: globalId('Source', 'source/ref-wco-hs-2022') })).toBeNull();
    expect(await centreOf({ id: globalId('Event', 'person/olzhas-bektenov') })).toBeNull();
    const response = await server.graphql('{ neighbourhood(of: { key: "source/ref-wco-hs-2022" }) { nodes { key } truncated } }');
    expect(response).toEqual({ data: { neighbourhood: null } });
  });

  it('refuse a malformed id, naming the argument', async () => {
    expectBadUserInput(await server.graphql(CENTRE_QUERY, { of: { id: 'not an id' } }), 'of');
    expectBadUserInput(await server.graphql('{ people(filter: { country: { id: "not an id" } }) { totalCount } }'), 'filter.country');
  });

  it('take exactly one of id, key and name', async () => {
    expectBadUserInput(await server.graphql(CENTRE_QUERY, { of: { key: 'person/olzhas-bektenov', name: 'Bektenov' } }), 'of');
    expectBadUserInput(await server.graphql('{ neighbourhood(of: {}) { reachable } }'), 'of');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationship } from '../../src/dataset/format.ts';
import { relationshipKey } from '../../src/dataset/validate.ts';
import { ask, expectBadUserInput, globalId, type Keyed } from '../support/api.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/*
 * What the graph explorer needs of the API beyond what other clients ask: ids to merge relationships
 * from several answers by, and how many relationships each entity has before it is expanded.
 */

const BEKTENOV = 'person/olzhas-bektenov';
const BEKTENOV_ZHANG_XIAO = 'event/bektenov-zhang-xiao-meeting-2024-03-13';

let server: TestServer;
let statements: string[] = [];
beforeAll(async () => {
  server = await startTestServer(undefined, { onStatement: (statement) => statements.push(statement.name) });
  // A fresh Neo4j plans the neighbourhood statement on first use, which on a loaded machine can outlast the
  // 10 s a question may take; planned once here, whatever the outcome, the tests' own questions take ~1 s.
  await server.graphql(`{ neighbourhood(of: { key: "${BEKTENOV}" }, limit: 500) { reachable } }`);
});
afterAll(() => server.close());

interface Link {
  id: string;
  type: string;
  from: Keyed;
  to: Keyed;
}
const LINK_FIELDS = 'id type from { key } to { key }';

async function neighbourhood(key: string): Promise<{ nodes: (Keyed & { id: string; degree: number })[]; relationships: Link[] }> {
  const data = await ask<{ neighbourhood: { nodes: (Keyed & { id: string; degree: number })[]; relationships: Link[] } }>(
    server,
    `query ($key: String!) { neighbourhood(of: { key: $key }, limit: 500) { nodes { id key degree } relationships { ${LINK_FIELDS} } } }`,
    { key },
  );
  return data.neighbourhood;
}

/** The relationships that have `key` at one end. */
function touching(links: Link[], key: string): Link[] {
  return links.filter((link) => link.from.key === key || link.to.key === key);
}

describe('Relationship.id', () => {
  it('is the same in every answer, whichever question reached the relationship', async () => {
    const first = await neighbourhood(BEKTENOV);
    const again = await neighbourhood(BEKTENOV);
    expect(again.relationships.map((link) => link.id)).toEqual(first.relationships.map((link) => link.id));

    // The meeting's own neighbourhood reaches Bektenov's attendance from the other end.
    const meeting = await neighbourhood(BEKTENOV_ZHANG_XIAO);
    const attended = (links: Link[]) => links.find((link) => link.type === 'ATTENDED' && link.from.key === BEKTENOV && link.to.key === BEKTENOV_ZHANG_XIAO);
    expect(attended(first.relationships)?.id).toBeTruthy();
    expect(attended(meeting.relationships)?.id).toBe(attended(first.relationships)?.id);
  });

  it('differs between relationships, even two of one type between the same two entities', async () => {
    const { relationships } = await neighbourhood(BEKTENOV);
    expect(new Set(relationships.map((link) => link.id)).size).toBe(relationships.length);
    // Bektenov is attested as Prime Minister twice, by two sources at two dates: two relationships.
    const posts = relationships.filter((link) => link.type === 'HELD_POST' && link.from.key === BEKTENOV && link.to.key === 'organization/kz-government');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.id).not.toBe(posts[1]!.id);
  });

  it('comes from what the dataset says, not from where Neo4j stored it, so a re-import keeps it', async () => {
    const { relationships } = await neighbourhood(BEKTENOV);
    const stated = relationship.parse({ type: 'HELD_POST', from: BEKTENOV, to: 'organization/kz-government', post: 'Prime Minister', asOf: { date: '2024' }, cites: [1] });
    const expected = globalId('Relationship', relationshipKey(stated));
    expect(relationships.filter((link) => link.id === expected)).toHaveLength(1);
  });

  it('is an opaque id, not an entity’s', async () => {
    const { nodes, relationships } = await neighbourhood(BEKTENOV);
    const entityIds = new Set(nodes.map((node) => node.id));
    expect(relationships.every((link) => /^[A-Za-z0-9+/]+=*$/.test(link.id) && !entityIds.has(link.id))).toBe(true);
  });
});

describe('Entity.degree', () => {
  it('counts a person’s relationships to other entities, not their citations', async () => {
    const { nodes, relationships } = await neighbourhood(BEKTENOV);
    // Two posts, two meetings attended, two figures stated, and his nationality.
    expect(touching(relationships, BEKTENOV)).toHaveLength(7);
    expect(nodes.find((node) => node.key === BEKTENOV)?.degree).toBe(7);
  });

  it('matches the relationships its neighbourhood shows, for every entity around the meeting', async () => {
    const { nodes } = await neighbourhood(BEKTENOV_ZHANG_XIAO);
    expect(nodes.length).toBeGreaterThan(10);
    for (const node of nodes.slice(0, 12)) {
      const around = await neighbourhood(node.key);
      expect(node.degree, node.key).toBe(touching(around.relationships, node.key).length);
    }
  });
});

describe('Entity.relationshipCounts', () => {
  type Counted = { key: string; degree: number; relationshipCounts: { type: string; direction: string; count: number }[] };
  const counts = async (id: string) =>
    (await ask<{ entity: Counted }>(server, 'query ($id: ID!) { entity: node(id: $id) { ... on Entity { key degree relationshipCounts { type direction count } } } }', { id })).entity;

  it('counts a meeting’s relationships by type and direction, from its side', async () => {
    const meeting = await counts(globalId('Event', BEKTENOV_ZHANG_XIAO));
    // Two attendees, the five things it concerns, and the six figures given at it.
    expect(meeting.relationshipCounts).toEqual([
      { type: 'ATTENDED', direction: 'INCOMING', count: 2 },
      { type: 'CONCERNS', direction: 'OUTGOING', count: 5 },
      { type: 'STATED_AT', direction: 'INCOMING', count: 6 },
    ]);
    expect(meeting.degree).toBe(13);
  });

  it('counts a person’s, and adds up to the degree', async () => {
    const bektenov = await counts(globalId('Person', BEKTENOV));
    expect(bektenov.relationshipCounts).toEqual([
      { type: 'ATTENDED', direction: 'OUTGOING', count: 2 },
      { type: 'HELD_POST', direction: 'OUTGOING', count: 2 },
      { type: 'NATIONAL_OF', direction: 'OUTGOING', count: 1 },
      { type: 'STATED', direction: 'OUTGOING', count: 2 },
    ]);
    expect(bektenov.degree).toBe(7);
  });
});

describe('relationshipsAmong', () => {
  const among = async (ids: string[]) =>
    (await ask<{ relationshipsAmong: Link[] }>(server, `query ($ids: [ID!]!) { relationshipsAmong(ids: $ids) { ${LINK_FIELDS} } }`, { ids })).relationshipsAmong;
  const idsOf = (links: Link[]) => links.map((link) => link.id).sort();

  it('gives back exactly the relationships of a neighbourhood, from its entities alone', async () => {
    for (const centre of [BEKTENOV, BEKTENOV_ZHANG_XIAO]) {
      const { nodes, relationships } = await neighbourhood(centre);
      const restored = await among(nodes.map((node) => node.id));
      expect(restored.length, centre).toBe(relationships.length);
      expect(idsOf(restored), centre).toEqual(idsOf(relationships));
      expect(new Set(restored.map((link) => link.id)).size).toBe(restored.length);
    }
  });

  it('leaves out relationships with only one end among them', async () => {
    const restored = await among([globalId('Person', BEKTENOV), globalId('Event', BEKTENOV_ZHANG_XIAO), globalId('Person', 'person/zhang-xiao')]);
    expect(restored.map(({ type, from, to }) => [type, from.key, to.key])).toEqual([
      ['ATTENDED', BEKTENOV, BEKTENOV_ZHANG_XIAO],
      ['ATTENDED', 'person/zhang-xiao', BEKTENOV_ZHANG_XIAO],
    ]);
  });

  it('ignores ids that name no entity: unknown, a source’s, or an entity’s under another type', async () => {
    const known = [globalId('Person', BEKTENOV), globalId('Event', BEKTENOV_ZHANG_XIAO)];
    const unknown = [
      globalId('Person', 'person/nobody'),
      globalId('Source', 'source/times-of-central-asia-2024-03-bektenov-zhang-xiao'),
      globalId('Event', 'person/zhang-xiao'),
    ];
    expect(idsOf(await among([...known, ...unknown]))).toEqual(idsOf(await among(known)));
    expect(await among(unknown)).toEqual([]);
    expect(await among([])).toEqual([]);
  });

  it('refuses more than 500 ids, naming `ids`', async () => {
    const ids = Array.from({ length: 501 }, (_, index) => globalId('Person', `person/p${index}`));
    const response = await server.graphql(`query ($ids: [ID!]!) { relationshipsAmong(ids: $ids) { id } }`, { ids });
    expectBadUserInput(response, 'ids');
    expect(response.errors?.[0]?.extensions?.argument).toBe('ids');
    const fine = await server.graphql(`query ($ids: [ID!]!) { relationshipsAmong(ids: $ids) { id } }`, { ids: ids.slice(1) });
    expect(fine.errors).toBeUndefined();
  });

  it('refuses an id this API never gave out, naming it', async () => {
    const response = await server.graphql(`{ relationshipsAmong(ids: ["${globalId('Person', BEKTENOV)}", "not an id"]) { id } }`);
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids[1]' });
    expect(response.errors?.[0]?.message).toContain('`ids[1]`');
  });
});

describe('TradeFigure.otherSourcesFigures', () => {
  const KZ_CN_TURNOVER_2022 = ['figure/kz-cn-turnover-2022-2023-03-friendly-dialogue-contracts', 'figure/kz-cn-turnover-2022-2023-05-central-asia-china-summit-trade'];
  type Figure = Keyed & { value: number | null; otherSourcesFigures: (Keyed & { value: number | null; citations: { source: Keyed }[] })[] };
  const figure = async (key: string) =>
    (
      await ask<{ node: Figure }>(
        server,
        'query ($id: ID!) { node(id: $id) { ... on TradeFigure { key value otherSourcesFigures { key value citations { source { key } } } } } }',
        { id: globalId('TradeFigure', key) },
      )
    ).node;

  it('lists the other source’s figure where two sources disagree on Kazakhstan–China turnover in 2022', async () => {
    const [dialogue, summit] = KZ_CN_TURNOVER_2022 as [string, string];
    expect(await figure(dialogue)).toEqual({
      key: dialogue,
      value: 24_000_000_000,
      otherSourcesFigures: [{ key: summit, value: 31_000_000_000, citations: [{ source: { key: 'source/2023-05-central-asia-china-summit-trade' } }] }],
    });
    expect((await figure(summit)).otherSourcesFigures.map(({ key, value }) => [key, value])).toEqual([[dialogue, 24_000_000_000]]);
  });

  it('lists a figure that agrees too, and nothing where one source alone gives the period', async () => {
    const kazinform = 'figure/kz-cn-turnover-2023-kazinform-2024-shakkaliyev-ma-xingrui';
    const timesOfCentralAsia = 'figure/kz-cn-turnover-2023-times-of-central-asia-2024-03-bektenov-zhang-xiao';
    expect((await figure(kazinform)).otherSourcesFigures.map(({ key, value }) => [key, value])).toEqual([[timesOfCentralAsia, 31_500_000_000]]);
    expect((await figure('figure/kz-cn-turnover-9m-2024-gulf-observer-2024-bektenov-li-qiang')).otherSourcesFigures).toEqual([]);
    // Central Asia's turnover with China in 2022 is another timeline (other parties), not a disagreement.
    expect((await figure('figure/kz-central-asia-turnover-2022-2023-05-central-asia-china-summit-trade')).otherSourcesFigures).toEqual([]);
  });

  it('is what tradeTimelines sets beside each figure, for every figure of every measure, in one statement', async () => {
    const { tradeFigures } = await ask<{ tradeFigures: { nodes: (Keyed & { measure: string; otherSourcesFigures: Keyed[] })[] } }>(
      server,
      '{ tradeFigures(first: 100) { nodes { key measure otherSourcesFigures { key } } } }',
    );
    const measures = [...new Set(tradeFigures.nodes.map((node) => node.measure))];
    const beside = new Map<string, string[]>();
    for (const measure of measures) {
      const { tradeTimelines } = await ask<{ tradeTimelines: { periods: { figures: Keyed[] }[] }[] }>(
        server,
        `{ tradeTimelines(measure: ${measure}) { periods { figures { key } } } }`,
      );
      for (const { figures } of tradeTimelines.flatMap((timeline) => timeline.periods)) {
        for (const { key } of figures) beside.set(key, figures.map((other) => other.key).filter((other) => other !== key));
      }
    }
    expect(tradeFigures.nodes.length).toBe(29);
    for (const node of tradeFigures.nodes) expect(node.otherSourcesFigures.map(({ key }) => key), node.key).toEqual(beside.get(node.key));

    statements = [];
    await ask(server, '{ tradeFigures(first: 100) { nodes { otherSourcesFigures { key } } } }');
    expect(statements.filter((name) => name === 'trade-figure/figures-for-measure')).toHaveLength(1);
  });
});

describe('counting relationships for many entities', () => {
  it('takes one statement, however many entities ask', async () => {
    statements = [];
    const data = await ask<{ entities: { nodes: { degree?: number; relationshipCounts?: { count: number }[] }[] } }>(
      server,
      '{ entities: search(text: "kazakhstan", first: 50) { nodes { ... on Entity { degree relationshipCounts { type direction count } } } } }',
    );
    const counted = data.entities.nodes.filter((node) => node.degree !== undefined);
    expect(counted.length).toBeGreaterThan(10);
    for (const node of counted) expect(node.relationshipCounts!.reduce((sum, { count }) => sum + count, 0)).toBe(node.degree);
    expect(statements.filter((name) => name === 'entity/relationship-counts-of-entities')).toHaveLength(1);
  });
});

describe('entitiesByKey', () => {
  const query = 'query ($keys: [String!]!) { entitiesByKey(keys: $keys) { __typename key name } }';

  it('gives entities in the order asked, null for a key that names none or names a source, in one statement', async () => {
    statements = [];
    const keys = [BEKTENOV_ZHANG_XIAO, 'person/no-such-person', BEKTENOV, 'source/2023-03-friendly-dialogue-contracts'];
    const data = await ask<{ entitiesByKey: ({ __typename: string; key: string } | null)[] }>(server, query, { keys });
    expect(data.entitiesByKey.map((entity) => entity && [entity.__typename, entity.key])).toEqual([
      ['Event', BEKTENOV_ZHANG_XIAO],
      null,
      ['Person', BEKTENOV],
      null,
    ]);
    expect(statements).toEqual(['entity/nodes-by-id']);
  });

  it('refuses more than 500 keys, naming `keys`', async () => {
    const keys = Array.from({ length: 501 }, (_, index) => `person/p${index}`);
    expectBadUserInput(await server.graphql(query, { keys }), 'keys');
    expect((await server.graphql(query, { keys: keys.slice(1) })).errors).toBeUndefined();
  });
});

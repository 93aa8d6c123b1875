import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, type Keyed, keysOf } from '../support/api.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('shortest paths between two entities', () => {
  type Path = {
    length: number;
    nodes: (Keyed & { __typename: string })[];
    relationships: { type: string; from: Keyed; to: Keyed; role: string | null; citations: { source: Keyed }[] }[];
  };
  const paths = async (args: string) =>
    (
      await ask<{ shortestPaths: Path[] | null }>(
        server,
        `{ shortestPaths(${args}) { length nodes { __typename key } relationships { type from { key } to { key } role citations { source { key } } } } }`,
      )
    ).shortestPaths;
  const TOKAYEV_TO_XI = 'from: { name: "Tokayev" }, to: { name: "Xi Jinping" }';
  /** Each path as the entity it passes through and the types of its two relationships. */
  const middles = (found: Path[] | null) => found?.map((path) => [path.nodes[1]?.key, ...path.relationships.map((link) => link.type)]);

  it('find every equally short path, through talks, a target and a plan', async () => {
    const found = await paths(TOKAYEV_TO_XI);
    expect(found?.every((path) => path.length === 2 && path.nodes.length === 3 && path.relationships.length === 2)).toBe(true);
    expect(middles(found)).toEqual(
      expect.arrayContaining([
        ['event/tokayev-xi-talks-2023-05', 'ATTENDED', 'ATTENDED'],
        ['target/kz-cn-trade-40-billion', 'SET', 'SET'],
        ['target/kz-cn-trade-40-billion', 'STATED', 'SET'],
        ['agreement/golden-30th-anniversary-plan', 'SIGNED', 'SIGNED'],
      ]),
    );
    expect(found).toHaveLength(4);
    const [talks] = found!.filter((path) => path.nodes[1]?.key === 'event/tokayev-xi-talks-2023-05');
    // Relationships keep their own direction and facts: both men attended the talks.
    expect(talks?.relationships).toEqual([
      {
        type: 'ATTENDED',
        from: { key: 'person/kassym-jomart-tokayev' },
        to: { key: 'event/tokayev-xi-talks-2023-05' },
        role: 'President of Kazakhstan',
        citations: [{ source: { key: 'source/2023-05-central-asia-china-summit-trade' } }],
      },
      {
        type: 'ATTENDED',
        from: { key: 'person/xi-jinping' },
        to: { key: 'event/tokayev-xi-talks-2023-05' },
        role: 'President of China (host)',
        citations: [{ source: { key: 'source/2023-05-central-asia-china-summit-trade' } }],
      },
    ]);
  });

  it('follow only the relationship types asked for, and avoid those to avoid', async () => {
    expect(middles(await paths(`${TOKAYEV_TO_XI}, follow: [SET]`))).toEqual([['target/kz-cn-trade-40-billion', 'SET', 'SET']]);
    const avoiding = middles(await paths(`${TOKAYEV_TO_XI}, avoid: [ATTENDED, SIGNED]`));
    expect(avoiding).toHaveLength(2);
    expect(avoiding?.every((middle) => middle[0] === 'target/kz-cn-trade-40-billion')).toBe(true);
    expect(await paths(`${TOKAYEV_TO_XI}, follow: [NATIONAL_OF]`)).toEqual([]);
  });

  it('take a longer way when the short one is not followed', async () => {
    const found = await paths('from: { name: "Tokayev" }, to: { name: "Zhumangarin" }, follow: [ATTENDED]');
    expect(found?.map((path) => [path.length, keysOf(path.nodes)])).toEqual(
      expect.arrayContaining([
        [
          4,
          [
            'person/kassym-jomart-tokayev',
            'event/central-asia-china-summit-2023',
            'country/kazakhstan',
            'event/friendly-dialogue-cross-border-cooperation-2023',
            'person/serik-zhumangarin',
          ],
        ],
      ]),
    );
    expect(found?.every((path) => path.length === 4)).toBe(true);
    expect((await paths('from: { name: "Tokayev" }, to: { name: "Zhumangarin" }'))?.every((path) => path.length === 2)).toBe(true);
  });

  it('never pass through the sources two entities are cited in', async () => {
    // Both are cited in the article on the forum; the shortest way through the graph proper is three steps.
    const found = await paths('from: { name: "Ma Xingrui" }, to: { name: "Serik Zhumangarin" }');
    expect(found?.length).toBeGreaterThan(0);
    expect(found?.every((path) => path.length === 3 && path.relationships.every((link) => link.type !== 'CITED_IN'))).toBe(true);
  });

  it('keep within limit, and are none from an entity to itself', async () => {
    expect(await paths(`${TOKAYEV_TO_XI}, limit: 1`)).toHaveLength(1);
    expect(await paths('from: { name: "Tokayev" }, to: { name: "Tokayev" }')).toEqual([]);
  });

  // The shortest are two steps long. Checking the length inside the shortest-path search made Neo4j fall
  // back to trying every path of up to 8 steps, and the request ran for minutes.
  it('are none, at once, when even the shortest are longer than maxLength', { timeout: 10_000 }, async () => {
    expect(await paths(`${TOKAYEV_TO_XI}, maxLength: 1`)).toEqual([]);
    expect(await paths('from: { name: "Tokayev" }, to: { name: "Zhumangarin" }, follow: [ATTENDED], maxLength: 3')).toEqual([]);
  });

  it('are null when either end is not there', async () => {
    expect(await paths('from: { name: "Tokayev" }, to: { key: "person/nobody" }')).toBeNull();
    expect(await paths('from: { key: "source/ref-wco-hs-2022" }, to: { name: "Tokayev" }')).toBeNull();
  });
});

describe('the neighbourhood of an entity', () => {
  type Subgraph = { reachable: number; truncated: boolean; nodes: Keyed[]; relationships: { type: string; from: Keyed; to: Keyed }[] };
  const neighbourhood = async (args: string) =>
    (
      await ask<{ neighbourhood: Subgraph | null }>(
        server,
        `{ neighbourhood(${args}) { reachable truncated nodes { key } relationships { type from { key } to { key } } } }`,
      )
    ).neighbourhood;
  const ALMATY_ONE_STEP = [
    'city/almaty',
    'country/kazakhstan',
    'event/forum-b2b-negotiations-2023-03',
    'event/friendly-dialogue-cross-border-cooperation-2023',
    'hub/almaty-trade-hub',
    'organization/akimat-almaty-city',
  ];

  it('gives the centre first, what lies one step away, and every relationship among them', async () => {
    const almaty = await neighbourhood('of: { name: "Almaty" }');
    expect(almaty).toMatchObject({ reachable: 5, truncated: false });
    expect(keysOf(almaty!.nodes)).toEqual(ALMATY_ONE_STEP);
    const links = almaty!.relationships.map((link) => `${link.from.key} ${link.type} ${link.to.key}`);
    expect(links).toHaveLength(9);
    expect(links).toEqual(
      expect.arrayContaining([
        'city/almaty LOCATED_IN country/kazakhstan',
        'event/forum-b2b-negotiations-2023-03 PART_OF event/friendly-dialogue-cross-border-cooperation-2023',
        'country/kazakhstan ATTENDED event/friendly-dialogue-cross-border-cooperation-2023',
        'organization/akimat-almaty-city BASED_IN city/almaty',
      ]),
    );
  });

  it('stops at the limit, nearest first, and says it was cut short', async () => {
    const cut = await neighbourhood('of: { name: "Almaty" }, limit: 2');
    expect(cut).toMatchObject({ reachable: 5, truncated: true });
    expect(keysOf(cut!.nodes)).toEqual(ALMATY_ONE_STEP.slice(0, 3));
    expect(cut!.relationships.map((link) => link.type).sort()).toEqual(['HELD_IN', 'LOCATED_IN']);
  });

  it('reaches further with depth, along the relationship types followed and not those avoided', async () => {
    const twoSteps = await neighbourhood('of: { name: "Almaty" }, depth: 2, follow: [HELD_IN, LOCATED_IN]');
    expect(twoSteps?.reachable).toBe(14);
    expect(keysOf(twoSteps!.nodes)).toEqual(expect.arrayContaining(['city/astana', 'region/zhetisu', 'crossing/bakhty-tacheng', 'event/ma-xingrui-official-visit-kazakhstan-2023-03']));
    expect(new Set(twoSteps!.relationships.map((link) => link.type))).toEqual(new Set(['HELD_IN', 'LOCATED_IN']));
    const avoiding = await neighbourhood('of: { name: "Almaty" }, avoid: [HELD_IN]');
    expect(keysOf(avoiding!.nodes)).toEqual(['city/almaty', 'country/kazakhstan', 'hub/almaty-trade-hub', 'organization/akimat-almaty-city']);
  });

  // Two steps out and back lead to the centre itself: it was counted as reachable and listed twice, and so
  // was every relationship it has.
  it('neither counts nor repeats the centre, nor any relationship, however deep', async () => {
    for (const depth of [2, 3]) {
      const around = await neighbourhood(`of: { key: "country/kazakhstan" }, depth: ${depth}, limit: 500`);
      const keys = keysOf(around!.nodes);
      expect(keys[0]).toBe('country/kazakhstan');
      expect(new Set(keys).size).toBe(keys.length);
      expect(around).toMatchObject({ reachable: keys.length - 1, truncated: false });
      const { records } = await server.db.driver.executeQuery(
        "MATCH (from:Entity)-[link]->(to:Entity) WHERE from.id IN $keys AND to.id IN $keys AND type(link) <> 'CITED_IN' RETURN count(link) AS links",
        { keys },
      );
      expect(around!.relationships).toHaveLength(Number(records[0]!.get('links')));
    }
  });

  it('is null for an entity that is not there, a source included', async () => {
    expect(await neighbourhood('of: { key: "city/atlantis" }')).toBeNull();
    expect(await neighbourhood('of: { key: "source/2023-03-friendly-dialogue-contracts" }')).toBeNull();
  });
});

describe('search', () => {
  type Hits = { search: { totalCount: number; edges: { score: number; cursor: string; node: { __typename: string; key: string } }[]; pageInfo: { endCursor: string } } };
  const search = async (args: string) =>
    (
      await ask<Hits>(
        server,
        `{ search(${args}) { totalCount edges { score cursor node { __typename ... on Entity { key } ... on Source { key } } } pageInfo { endCursor } } }`,
      )
    ).search;

  it('finds a name despite a misspelling, the best match first', async () => {
    const found = await search('text: "Bektenof"');
    expect(found.edges[0]?.node).toEqual({ __typename: 'Person', key: 'person/olzhas-bektenov' });
    expect(found.totalCount).toBe(4);
    const scores = found.edges.map((edge) => edge.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(keysOf((await search('text: "Khorgoz"')).edges.map((edge) => edge.node))).toEqual(['hub/khorgos-icbc', 'hub/khorgos-fez-eastern-gate']);
  });

  it('finds aliases, narrows to types, and finds sources by title', async () => {
    expect(keysOf((await search('text: "chuguchak"')).edges.map((edge) => edge.node))).toEqual(['crossing/bakhty-tacheng']);
    expect(keysOf((await search('text: "Kazakhstan China", types: [AGREEMENT]')).edges.map((edge) => edge.node))).toEqual([
      'agreement/golden-30th-anniversary-plan',
    ]);
    expect((await search('text: "Harmonized"')).edges.map((edge) => edge.node)).toEqual([{ __typename: 'Source', key: 'source/ref-wco-hs-2022' }]);
  });

  it('takes the words literally, so query syntax finds nothing rather than failing', async () => {
    expect((await search('text: "Khorgos AND (C++"')).totalCount).toBe(0);
  });

  it('pages through its hits', async () => {
    const whole = await search('text: "Bektenov"');
    const first = await search('text: "Bektenov", first: 2');
    const rest = await search(`text: "Bektenov", after: "${first.pageInfo.endCursor}"`);
    expect([...first.edges, ...rest.edges]).toEqual(whole.edges);
  });
});

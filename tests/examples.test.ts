import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../src/examples.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// Each check reads the shape of its own example's answer; declaring fifteen shapes would restate the
// example files, and a wrong path fails the check just the same.
type Answer = any;
type Keyed = { key: string };

const keysOf = (items: Keyed[]) => items.map((item) => item.key);
const sortedKeysOf = (items: Keyed[]) => keysOf(items).sort();

/** Every entity key anywhere in an answer, counted once. */
function distinctKeys(answer: unknown): Set<string> {
  const keys = new Set<string>();
  JSON.stringify(answer, (name, value: unknown) => {
    if (name === 'key' && typeof value === 'string') keys.add(value);
    return value;
  });
  return keys;
}

const SUMMIT = 'event/central-asia-china-summit-2023';
const FRIENDLY_DIALOGUE = 'event/friendly-dialogue-cross-border-cooperation-2023';
const OILCAKES = ['commodity/flaxseed-oilcake', 'commodity/safflower-oilcake', 'commodity/soybean-oilcake', 'commodity/sunflower-oilcake'];

/**
 * What each example must answer on the seeded graph, by file name. The facts were read from the dataset
 * (data/*.yaml) and confirmed against the API; an example file with no entry here fails the suite.
 */
const checks: Record<string, (answer: Answer) => void> = {
  'agreements-signed-at-events-attended-by-tokayev': ({ agreementsSignedAtEventsAttendedBy: found }) => {
    expect(found.totalCount).toBe(1);
    const [{ node: agreement, events }] = found.edges;
    expect(agreement).toMatchObject({ key: 'agreement/kz-cn-oilcake-sanitary-requirements-2023', kind: 'SANITARY_REQUIREMENTS' });
    expect(agreement.citations).toEqual([
      { source: expect.objectContaining({ title: expect.stringContaining('Central Asia–China summit') }), paragraphs: [11] },
    ]);
    expect(keysOf(events)).toEqual([SUMMIT]);
  },

  'agreements-signed-at-events-attended-by-ma-xinzhui': ({ agreementsSignedAtEventsAttendedBy: found }) => {
    const byKey = Object.fromEntries(found.edges.map((edge: Answer) => [edge.node.key, edge]));
    expect(Object.keys(byKey).sort()).toEqual([
      'agreement/friendly-dialogue-2023-bilateral-documents',
      'agreement/friendly-dialogue-2023-commercial-contracts',
    ]);
    expect(byKey['agreement/friendly-dialogue-2023-bilateral-documents'].node.documentCount).toBe(16);
    expect(byKey['agreement/friendly-dialogue-2023-commercial-contracts'].node).toMatchObject({
      documentCount: 5,
      value: { amount: 565_400_000, currency: 'USD' },
    });
    for (const edge of found.edges) {
      // Attended: the visit. Signed at: the negotiations within the forum within the visit.
      expect(keysOf(edge.events)).toEqual(['event/ma-xingrui-official-visit-kazakhstan-2023-03']);
      expect(keysOf(edge.node.signedAt.nodes)).toEqual(['event/forum-b2b-negotiations-2023-03']);
    }
  },

  'counterparts-of-serik-zhumangarin-in-2023': ({ counterparts }) => {
    expect(counterparts.totalCount).toBe(10);
    expect(sortedKeysOf(counterparts.edges.map((edge: Answer) => edge.node))).toEqual([
      'country/china',
      'country/kazakhstan',
      'organization/akimat-abai-region',
      'organization/akimat-almaty-city',
      'organization/akimat-almaty-region',
      'organization/akimat-east-kazakhstan-region',
      'organization/akimat-zhetisu-region',
      'organization/cn-business-delegation-friendly-dialogue-2023',
      'organization/kz-business-delegation-friendly-dialogue-2023',
      'organization/xuar-people-s-government',
    ]);
    for (const edge of counterparts.edges) {
      expect(edge.sharedEventCount).toBe(1);
      expect(keysOf(edge.sharedEvents)).toEqual([FRIENDLY_DIALOGUE]);
    }
  },

  'paths-from-ma-xinzhui-to-tokayev-through-attended-events': ({ shortestPaths }) => {
    expect(shortestPaths).toHaveLength(1);
    const [path] = shortestPaths;
    expect(path.length).toBe(4);
    expect(keysOf(path.nodes)).toEqual([
      'person/ma-xingrui',
      'event/ma-xingrui-official-visit-kazakhstan-2023-03',
      'country/kazakhstan',
      SUMMIT,
      'person/kassym-jomart-tokayev',
    ]);
    expect(path.relationships.map((relationship: Answer) => relationship.type)).toEqual(['ATTENDED', 'ATTENDED', 'ATTENDED', 'ATTENDED']);
  },

  'shortest-paths-from-zhang-xiao-to-xi-jinping-not-through-posts-or-nationality': ({ shortestPaths }) => {
    // Through his nationality or Xi's presidency the path is 3 long; without them, 4.
    expect(shortestPaths).toHaveLength(7);
    const throughs = new Set<string>();
    for (const path of shortestPaths) {
      expect(path.length).toBe(4);
      expect(keysOf(path.nodes)).toEqual([
        'person/zhang-xiao',
        'event/bektenov-zhang-xiao-meeting-2024-03-13',
        expect.stringMatching(/^country\/(kazakhstan|china)$/),
        expect.any(String),
        'person/xi-jinping',
      ]);
      throughs.add(path.nodes[3].key);
      for (const relationship of path.relationships) expect(['NATIONAL_OF', 'HELD_POST']).not.toContain(relationship.type);
    }
    expect([...throughs].sort()).toEqual([
      'agreement/golden-30th-anniversary-plan',
      'event/tokayev-xi-talks-2023-05',
      'target/kz-cn-trade-40-billion',
    ]);
  },

  'neighbourhood-of-the-chuguchak-crossing-two-steps-out': ({ neighbourhood }) => {
    expect(neighbourhood).toMatchObject({ reachable: 38, truncated: false });
    expect(neighbourhood.nodes).toHaveLength(39);
    expect(neighbourhood.nodes[0].key).toBe('crossing/bakhty-tacheng');
    expect(keysOf(neighbourhood.nodes)).toEqual(
      expect.arrayContaining(['crossing/bakhty-tacheng-railway', FRIENDLY_DIALOGUE, 'hub/khorgos-icbc', 'person/serik-zhumangarin']),
    );
    expect(neighbourhood.relationships).toHaveLength(76);
    const ids = new Set(neighbourhood.nodes.map((node: Answer) => node.id));
    for (const relationship of neighbourhood.relationships) {
      expect(relationship.type).not.toBe('LOCATED_IN');
      expect(ids.has(relationship.from.id) && ids.has(relationship.to.id)).toBe(true);
    }
  },

  'commodities-covered-by-agreements-signed-at-the-central-asia-china-summit': ({ commoditiesCoveredByAgreements: covered }) => {
    expect(covered.totalCount).toBe(4);
    expect(covered.edges.map((edge: Answer) => edge.node.key)).toEqual(OILCAKES);
    for (const edge of covered.edges) {
      expect(edge.node.category).toBe('FEED');
      expect(keysOf(edge.agreements)).toEqual(['agreement/kz-cn-oilcake-sanitary-requirements-2023']);
    }
  },

  'planned-road-border-crossings-in-kazakhstan': ({ borderCrossings }) => {
    expect(keysOf(borderCrossings.nodes)).toEqual(['crossing/new-checkpoints-almaty-region', 'crossing/new-checkpoints-east-kazakhstan']);
    for (const crossing of borderCrossings.nodes) {
      expect(crossing).toMatchObject({ status: 'PLANNED', modes: ['ROAD'] });
      expect(crossing.concernedBy.edges.map((edge: Answer) => edge.node.key)).toEqual(['event/bektenov-li-qiang-meeting-2024']);
    }
  },

  'logistics-hubs-working-in-china': ({ logisticsHubs }) => {
    const byKey = Object.fromEntries(logisticsHubs.nodes.map((hub: Answer) => [hub.key, hub]));
    expect(Object.keys(byKey).sort()).toEqual([
      'hub/khorgos-icbc',
      'hub/kz-cn-logistics-terminal-lianyungang',
      'hub/kz-logistics-centre-xian',
      'hub/port-of-lianyungang',
    ]);
    expect(byKey['hub/khorgos-icbc']).toMatchObject({ status: 'REOPENED', statusDate: { text: '2023-04' } });
    expect(sortedKeysOf(byKey['hub/khorgos-icbc'].concernedBy.nodes)).toEqual([SUMMIT, FRIENDLY_DIALOGUE]);
    expect(keysOf(byKey['hub/kz-logistics-centre-xian'].routes.nodes)).toEqual(['route/belt-and-road-initiative']);
  },

  'kazakhstan-china-turnover-by-period-against-targets': ({ tradeTimelines }) => {
    expect(tradeTimelines).toHaveLength(1);
    const [timeline] = tradeTimelines;
    expect(timeline).toMatchObject({ measure: 'TURNOVER', unit: 'USD' });
    expect(timeline.periods.map((period: Answer) => [period.period.text, period.values, period.sourcesDisagree])).toEqual([
      ['2022', [24e9, 31e9], true],
      ['2023', [31.5e9], false],
      ['2024-01/2024-09', [33e9], false],
    ]);
    // 2023 agrees because two sources give the same value, not because there is only one.
    expect(timeline.periods[1].figures).toHaveLength(2);
    expect(timeline.targets).toEqual([expect.objectContaining({ key: 'target/kz-cn-trade-40-billion', value: 40e9 })]);
    expect(sortedKeysOf(timeline.targets[0].setBy.nodes)).toEqual(['person/kassym-jomart-tokayev', 'person/xi-jinping']);
  },

  'who-was-prime-minister-on-2024-03-13': ({ postHolders }) => {
    // One holder, attested twice: on the day itself by one article, and for 2024 by another.
    expect(postHolders.totalCount).toBe(2);
    for (const holding of postHolders.edges) {
      expect(holding).toMatchObject({
        post: 'Prime Minister',
        in: { key: 'organization/kz-government' },
        node: { key: 'person/olzhas-bektenov', name: 'Olzhas Bektenov' },
      });
    }
    expect(postHolders.edges.map((holding: Answer) => holding.asOf.text).sort()).toEqual(['2024', '2024-03-13']);
  },

  'search-for-bektenof-despite-the-misspelling': ({ search }) => {
    expect(search.totalCount).toBe(4);
    expect(search.edges[0].node).toMatchObject({ __typename: 'Person', key: 'person/olzhas-bektenov' });
    const scores = search.edges.map((edge: Answer) => edge.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  },

  'events-held-in-kazakhstan-in-2023': ({ events }) => {
    expect(keysOf(events.nodes)).toEqual([
      'event/ma-xingrui-official-visit-kazakhstan-2023-03',
      FRIENDLY_DIALOGUE,
      'event/forum-b2b-negotiations-2023-03',
    ]);
    expect(keysOf(events.nodes[1].place.nodes)).toEqual(['city/almaty']);
    expect(events.nodes[1].date).toMatchObject({ text: '2023-03-28', inferred: true });
  },

  'summits-and-talks-attended-by-tokayev': ({ events }) => {
    expect(keysOf(events.nodes)).toEqual(['event/tokayev-xi-talks-2023-05', SUMMIT]);
    expect(keysOf(events.nodes[0].partOf.nodes)).toEqual(['event/tokayev-official-visit-china-2023-05']);
    expect(events.nodes[1].date.text).toBe('2023-05-18/2023-05-19');
  },

  'events-their-participants-and-what-the-participants-other-events-concerned': (answer) => {
    expect(answer.events.totalCount).toBe(12);
    expect(distinctKeys(answer).size).toBeGreaterThanOrEqual(50);
    const forum = answer.events.nodes.find((event: Answer) => event.key === FRIENDLY_DIALOGUE);
    expect(forum.participants.edges).toHaveLength(11);
    const zhumangarin = forum.participants.edges.find((edge: Answer) => edge.node.key === 'person/serik-zhumangarin').node;
    expect(keysOf(zhumangarin.events.nodes)).toEqual([FRIENDLY_DIALOGUE]);
    // Three levels down: what the forum he attended was about.
    expect(zhumangarin.events.nodes[0].concerns.edges.map((edge: Answer) => edge.node.key)).toEqual(
      expect.arrayContaining(['crossing/bakhty-tacheng', 'hub/khorgos-icbc']),
    );
  },
};

let server: TestServer;
let statements = 0;
beforeAll(async () => {
  server = await startTestServer(undefined, { onStatement: () => statements++ });
});
afterAll(() => server.close());

describe('the example operations', () => {
  it('each have a check, and each check an example', () => {
    expect(examples.map((example) => example.name)).toEqual(Object.keys(checks).sort());
  });

  it('each open with a comment asking the question, and have an operation name of their own', () => {
    for (const example of examples) {
      const openingComment = /^(#.*\n)+/.exec(example.text)?.[0];
      expect(openingComment, example.name).toMatch(/\?/);
    }
    expect(new Set(examples.map((example) => example.operationName)).size).toBe(examples.length);
  });

  it.each(examples.map((example) => [example.name, example] as const))('%s answers on the seeded graph', async (name, example) => {
    statements = 0;
    const response = await server.graphql(example.text);
    expect(response.errors).toBeUndefined();
    const check = checks[name];
    if (!check) throw new Error(`examples/${name}.graphql has no check in tests/examples.test.ts`);
    check(response.data);
    // However deep the example, one batched statement per level of the query, never one per entity.
    expect(statements).toBeLessThanOrEqual(10);
  });
});

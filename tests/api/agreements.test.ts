import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, askNode, type Keyed, keysListed, keysOf } from '../support/api.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Every agreement, earliest signed first; those dated by year alone count from 1 January. */
const BY_DATE = [
  'agreement/kz-export-contracts-china-eurasia-expo-2023',
  'agreement/golden-30th-anniversary-plan',
  'agreement/friendly-dialogue-2023-bilateral-documents',
  'agreement/friendly-dialogue-2023-commercial-contracts',
  'agreement/kz-cn-oilcake-sanitary-requirements-2023',
  'agreement/bektenov-li-qiang-cooperation-agreements-2024',
];
const OILCAKES = ['commodity/flaxseed-oilcake', 'commodity/safflower-oilcake', 'commodity/soybean-oilcake', 'commodity/sunflower-oilcake'];

describe('agreements', () => {
  it('are listed earliest first unless ordered otherwise', async () => {
    expect(await keysListed(server, 'agreements')).toEqual(BY_DATE);
    expect(await keysListed(server, 'agreements(orderBy: { field: DATE, direction: DESC })')).toEqual([...BY_DATE].reverse());
    expect(await keysListed(server, 'agreements(first: 2, orderBy: { field: NAME })')).toEqual([
      'agreement/friendly-dialogue-2023-bilateral-documents', // "16 bilateral documents ..."
      'agreement/friendly-dialogue-2023-commercial-contracts', // "5 commercial contracts ..."
    ]);
  });

  it('narrow by kind, by part of the title, and by the event they were signed at or at a part of it', async () => {
    expect(await keysListed(server, 'agreements(filter: { kind: [COMMERCIAL_CONTRACTS] })')).toEqual([BY_DATE[0], BY_DATE[3]]);
    expect(await keysListed(server, 'agreements(filter: { name: "OILCAKE" })')).toEqual(['agreement/kz-cn-oilcake-sanitary-requirements-2023']);
    // Signed at the B2B negotiations, a part of the forum, itself a part of Ma Xingrui's visit.
    const atTheVisit = await keysListed(server, 'agreements(filter: { event: { key: "event/ma-xingrui-official-visit-kazakhstan-2023-03" } })');
    expect(atTheVisit).toEqual([BY_DATE[2], BY_DATE[3]]);
    expect(await keysListed(server, 'agreements(filter: { event: { name: "Central Asia–China summit" } })')).toEqual([BY_DATE[4]]);
  });

  it('narrow to those a country is party to or that concern it', async () => {
    // The sanitary agreement's parties are two ministries; it concerns China as the importer.
    expect(await keysListed(server, 'agreements(filter: { country: { key: "country/china" } })')).toEqual(BY_DATE.slice(1));
  });

  it('narrow to a period, leaving out those signed outside it', async () => {
    expect(await keysListed(server, 'agreements(filter: { from: "2024-01-01" })')).toEqual([BY_DATE[5]]);
    expect(await keysListed(server, 'agreements(filter: { from: "2023-05-01", to: "2023-05-31" })')).toEqual([BY_DATE[0], BY_DATE[1], BY_DATE[4]]);
  });

  it('say what they are worth, how the source qualifies it, and how many documents they hold', async () => {
    type Valued = { value: { amount: number; currency: string; bound: string } | null; documentCount: number | null };
    expect(await askNode<Valued>(server, 'Agreement', BY_DATE[0]!, 'value { amount currency bound } documentCount')).toEqual({
      value: { amount: 100_000_000, currency: 'USD', bound: 'MORE_THAN' },
      documentCount: null,
    });
    expect(await askNode<Valued>(server, 'Agreement', BY_DATE[2]!, 'value { amount } documentCount')).toEqual({ value: null, documentCount: 16 });
  });

  it('list their parties, signatories, the event signed at, the commodities covered and what they concern', async () => {
    type Agreement = {
      kind: string;
      sectors: string[];
      parties: { nodes: Keyed[] };
      signatories: { nodes: Keyed[] };
      signedAt: { nodes: Keyed[] };
      commodities: { nodes: Keyed[] };
      concerns: { edges: { role: string; node: Keyed }[] };
    };
    const sanitary = await askNode<Agreement>(
      server,
      'Agreement',
      'agreement/kz-cn-oilcake-sanitary-requirements-2023',
      `kind sectors parties { nodes { ... on Entity { key } } } signatories { nodes { key } } signedAt { nodes { key } }
       commodities { nodes { key } } concerns { edges { role node { ... on Entity { key } } } }`,
    );
    expect(sanitary).toEqual({
      kind: 'SANITARY_REQUIREMENTS',
      sectors: ['agriculture', 'animal feed'],
      parties: { nodes: [{ key: 'organization/cn-general-administration-of-customs' }, { key: 'organization/kz-ministry-of-agriculture' }] },
      signatories: { nodes: [] },
      signedAt: { nodes: [{ key: 'event/central-asia-china-summit-2023' }] },
      commodities: { nodes: OILCAKES.map((key) => ({ key })) },
      concerns: {
        edges: [
          { role: 'importer', node: { key: 'country/china' } },
          { role: 'exporter', node: { key: 'country/kazakhstan' } },
        ],
      },
    });
    const plan = await askNode<Agreement>(server, 'Agreement', 'agreement/golden-30th-anniversary-plan', 'signatories { nodes { key } }');
    expect(keysOf(plan.signatories.nodes)).toEqual(['person/kassym-jomart-tokayev', 'person/xi-jinping']);
  });
});

describe('commodities', () => {
  it('narrow by category and by part of the name', async () => {
    expect(await keysListed(server, 'commodities(filter: { category: [ENERGY] })')).toEqual(['commodity/crude-oil', 'commodity/natural-gas', 'commodity/uranium']);
    expect(await keysListed(server, 'commodities(filter: { category: [FEED] })')).toEqual(['commodity/flaxseed-oilcake', 'commodity/rapeseed-oilcake', ...OILCAKES.slice(1)]);
    expect(await keysListed(server, 'commodities(filter: { name: "Sunflower" })')).toEqual(['commodity/sunflower-oil', 'commodity/sunflower-oilcake']);
  });

  it('give their HS codes, who exports them to whom and how far, and the agreements covering them', async () => {
    type Commodity = {
      hsCodes: string[];
      exporters: { edges: { status: string; partner: Keyed; node: Keyed }[] };
      agreements: { nodes: Keyed[] };
    };
    const oilcake = await askNode<Commodity>(
      server,
      'Commodity',
      'commodity/sunflower-oilcake',
      'hsCodes exporters { edges { status partner { key } node { key } } } agreements { nodes { key } }',
    );
    expect(oilcake).toEqual({
      hsCodes: ['2306.30'],
      exporters: { edges: [{ status: 'PERMITTED', partner: { key: 'country/china' }, node: { key: 'country/kazakhstan' } }] },
      agreements: { nodes: [{ key: 'agreement/kz-cn-oilcake-sanitary-requirements-2023' }] },
    });
    const wheat = await askNode<Commodity>(server, 'Commodity', 'commodity/wheat', 'hsCodes exporters { edges { status partner { key } node { key } } }');
    expect(wheat.exporters.edges).toEqual([{ status: 'READY_TO_SUPPLY', partner: { key: 'country/china' }, node: { key: 'country/kazakhstan' } }]);
  });
});

describe('agreements signed at the events an entity attended', () => {
  type Signed = { agreementsSignedAtEventsAttendedBy: { totalCount: number; edges: { node: Keyed; events: Keyed[] }[] } | null };
  const signedAtEventsAttendedBy = async (attendee: string) =>
    (await ask<Signed>(server, `{ agreementsSignedAtEventsAttendedBy(attendee: ${attendee}) { totalCount edges { node { key } events { key } } } }`))
      .agreementsSignedAtEventsAttendedBy;

  it('include those signed at parts of the events, with the events attended', async () => {
    expect(await signedAtEventsAttendedBy('{ name: "Tokayev" }')).toEqual({
      totalCount: 1,
      edges: [{ node: { key: 'agreement/kz-cn-oilcake-sanitary-requirements-2023' }, events: [{ key: 'event/central-asia-china-summit-2023' }] }],
    });
    const kazakhstan = await signedAtEventsAttendedBy('{ key: "country/kazakhstan" }');
    expect(kazakhstan?.edges).toEqual([
      { node: { key: BY_DATE[0] }, events: [{ key: 'event/china-eurasia-expo-2023' }] },
      ...[BY_DATE[2], BY_DATE[3]].map((key) => ({
        node: { key },
        events: [{ key: 'event/ma-xingrui-official-visit-kazakhstan-2023-03' }, { key: 'event/friendly-dialogue-cross-border-cooperation-2023' }],
      })),
      { node: { key: BY_DATE[4] }, events: [{ key: 'event/central-asia-china-summit-2023' }] },
    ]);
  });

  it('are none for someone at no signing, and null for no one', async () => {
    expect(await signedAtEventsAttendedBy('{ name: "Zhang Xiao" }')).toEqual({ totalCount: 0, edges: [] });
    expect(await signedAtEventsAttendedBy('{ key: "person/nobody" }')).toBeNull();
  });
});

describe('commodities covered by agreements', () => {
  type Covered = { commoditiesCoveredByAgreements: { totalCount: number; edges: { node: Keyed; agreements: Keyed[] }[] } };
  const covered = async (args: string) =>
    (await ask<Covered>(server, `{ commoditiesCoveredByAgreements${args} { totalCount edges { node { key } agreements { key } } } }`))
      .commoditiesCoveredByAgreements;

  it('are the four oilcakes of the sanitary agreement, by name', async () => {
    const all = await covered('');
    expect(all.edges).toEqual(OILCAKES.map((key) => ({ node: { key }, agreements: [{ key: 'agreement/kz-cn-oilcake-sanitary-requirements-2023' }] })));
  });

  it('narrow by country, event and period', async () => {
    expect((await covered('(country: { name: "China" }, from: "2023-05-01", to: "2023-05-31")')).totalCount).toBe(4);
    expect((await covered('(event: { key: "event/central-asia-china-summit-2023" })')).totalCount).toBe(4);
    expect((await covered('(event: { key: "event/friendly-dialogue-cross-border-cooperation-2023" })')).totalCount).toBe(0);
    expect((await covered('(to: "2023-04-30")')).totalCount).toBe(0);
  });

  it('page like any connection', async () => {
    const first = await ask<{ commoditiesCoveredByAgreements: { edges: { node: Keyed }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      server,
      '{ commoditiesCoveredByAgreements(first: 3) { edges { node { key } } pageInfo { hasNextPage endCursor } } }',
    );
    const page = first.commoditiesCoveredByAgreements;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await covered(`(after: "${page.pageInfo.endCursor}")`);
    expect([...keysOf(page.edges.map((edge) => edge.node)), ...keysOf(rest.edges.map((edge) => edge.node))]).toEqual(OILCAKES);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, askNode, globalId, type Keyed, keysListed, keysOf } from '../support/api.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PEOPLE_BY_NAME = [
  'person/arman-shakkaliyev',
  'person/erkin-tuniyaz',
  'person/kassym-jomart-tokayev',
  'person/li-qiang',
  'person/ma-xingrui',
  'person/olzhas-bektenov',
  'person/serik-zhumangarin',
  'person/xi-jinping',
  'person/zhang-xiao',
];
const CHINESE = ['person/li-qiang', 'person/ma-xingrui', 'person/xi-jinping'];

describe('people', () => {
  it('are listed by name, either way; undated, they list by name when ordered by date too', async () => {
    expect(await keysListed(server, 'people')).toEqual(PEOPLE_BY_NAME);
    expect(await keysListed(server, 'people(orderBy: { field: NAME, direction: DESC })')).toEqual([...PEOPLE_BY_NAME].reverse());
    expect(await keysListed(server, 'people(orderBy: { field: DATE })')).toEqual(PEOPLE_BY_NAME);
  });

  it('narrow by part of a name or alias, ignoring case', async () => {
    expect(await keysListed(server, 'people(filter: { name: "xi" })')).toEqual(['person/ma-xingrui', 'person/xi-jinping', 'person/zhang-xiao']);
    expect(await keysListed(server, 'people(filter: { name: "XINZHUI" })')).toEqual(['person/ma-xingrui']);
    expect(await keysListed(server, 'people(filter: { name: "nobody" })')).toEqual([]);
  });

  it('narrow to the nationals of a country, named by key, name or global id', async () => {
    expect(await keysListed(server, 'people(filter: { country: { key: "country/china" } })')).toEqual(CHINESE);
    expect(await keysListed(server, 'people(filter: { country: { name: "china" } })')).toEqual(CHINESE);
    expect(await keysListed(server, `people(filter: { country: { id: "${globalId('Country', 'country/china')}" } })`)).toEqual(CHINESE);
    expect(await keysListed(server, 'people(filter: { country: { key: "country/kazakhstan" }, name: "o" })')).toEqual([
      'person/kassym-jomart-tokayev',
      'person/olzhas-bektenov',
    ]);
    expect(await keysListed(server, 'people(filter: { country: { key: "country/atlantis" } })')).toEqual([]);
  });

  it('show who they are: nationality, events with their roles, agreements signed, statements, targets set', async () => {
    type Person = {
      nationality: { nodes: Keyed[] };
      events: { edges: { role: string; node: Keyed }[] };
      agreementsSigned: { nodes: Keyed[] };
      targetsSet: { nodes: Keyed[] };
      statements: { totalCount: number; nodes: (Keyed & { __typename: string })[] };
    };
    const tokayev = await askNode<Person>(
      server,
      'Person',
      'person/kassym-jomart-tokayev',
      `nationality { nodes { key } } events { edges { role node { key } } } agreementsSigned { nodes { key } }
       targetsSet { nodes { key } } statements(first: 100) { totalCount nodes { __typename ... on Entity { key } } }`,
    );
    expect(keysOf(tokayev.nationality.nodes)).toEqual(['country/kazakhstan']);
    expect(tokayev.events.edges).toEqual([
      { role: 'President of Kazakhstan', node: { key: 'event/tokayev-xi-talks-2023-05' } },
      { role: 'visiting head of state', node: { key: 'event/tokayev-official-visit-china-2023-05' } },
      { role: 'head of state', node: { key: 'event/central-asia-china-summit-2023' } },
    ]);
    expect(keysOf(tokayev.agreementsSigned.nodes)).toEqual(['agreement/golden-30th-anniversary-plan']);
    expect(keysOf(tokayev.targetsSet.nodes)).toContain('target/kz-cn-trade-40-billion');
    expect(tokayev.statements.totalCount).toBe(7);
    expect(tokayev.statements.nodes).toContainEqual({ __typename: 'TradeFigure', key: 'figure/kz-cn-turnover-2022-2023-05-central-asia-china-summit-trade' });
    expect(tokayev.statements.nodes).toContainEqual({ __typename: 'Target', key: 'target/kz-cn-trade-40-billion' });
  });
});

describe('organisations', () => {
  it('narrow by kind, by country (based there or in a place within it) and by name', async () => {
    expect(await keysListed(server, 'organizations(filter: { kind: [MINISTRY] })')).toEqual([
      'organization/kz-ministry-of-agriculture',
      'organization/kz-ministry-of-trade-and-integration',
    ]);
    const chinese = await keysListed(server, 'organizations(first: 100, filter: { country: { key: "country/china" } })');
    expect(chinese).toHaveLength(6);
    // Based in Xinjiang, which is in China.
    expect(chinese).toEqual(expect.arrayContaining(['organization/cpc-xinjiang-committee', 'organization/xuar-people-s-government']));
    expect(chinese).not.toContain('organization/cn-embassy-kazakhstan');
    expect(await keysListed(server, 'organizations(filter: { name: "AKIMAT", kind: [REGIONAL_GOVERNMENT] })')).toHaveLength(5);
  });

  it('are listed by name, either way', async () => {
    expect(await keysListed(server, 'organizations(first: 3, orderBy: { field: NAME, direction: DESC })')).toEqual([
      'organization/world-organisation-for-animal-health',
      'organization/cn-state-council',
      'organization/shanghai-cooperation-organisation',
    ]);
    const all = await keysListed(server, 'organizations(first: 100)');
    expect(all).toHaveLength(22);
    expect(await keysListed(server, 'organizations(first: 100, orderBy: { field: NAME, direction: DESC })')).toEqual([...all].reverse());
  });

  it('show where they are based, who holds posts in them and what they attended', async () => {
    type Organization = { kind: string; basedIn: { nodes: Keyed[] }; postHolders: { edges: { post: string; node: Keyed }[] }; eventsAttended: { nodes: Keyed[] } };
    const government = await askNode<Organization>(
      server,
      'Organization',
      'organization/xuar-people-s-government',
      'kind basedIn { nodes { key } } postHolders { edges { post node { key } } } eventsAttended { nodes { key } }',
    );
    expect(government).toEqual({
      kind: 'REGIONAL_GOVERNMENT',
      basedIn: { nodes: [{ key: 'region/xinjiang' }] },
      postHolders: { edges: [{ post: 'XUAR Chairman', node: { key: 'person/erkin-tuniyaz' } }] },
      eventsAttended: { nodes: [{ key: 'event/friendly-dialogue-cross-border-cooperation-2023' }] },
    });
  });
});

describe('who held a post on a day', () => {
  type Holders = { postHolders: { totalCount: number; edges: { post: string; asOf: { text: string } | null; in: Keyed; node: Keyed }[] } };
  const holders = async (args: string) =>
    (await ask<Holders>(server, `{ postHolders(${args}) { totalCount edges { post asOf { text } in { key } node { key } } } }`)).postHolders;

  it('finds Bektenov as Prime Minister on 13 March 2024, by both sources that attest it', async () => {
    const found = await holders('post: "prime minister", on: "2024-03-13"');
    expect(found.edges).toEqual([
      { post: 'Prime Minister', asOf: { text: '2024' }, in: { key: 'organization/kz-government' }, node: { key: 'person/olzhas-bektenov' } },
      { post: 'Prime Minister', asOf: { text: '2024-03-13' }, in: { key: 'organization/kz-government' }, node: { key: 'person/olzhas-bektenov' } },
    ]);
    // A day earlier only the source that speaks of 2024 as a whole covers it.
    expect((await holders('post: "Prime Minister", on: "2024-03-12"')).edges.map((edge) => edge.asOf?.text)).toEqual(['2024']);
  });

  it('finds both presidents during the summit, and one when narrowed to a country', async () => {
    expect(keysOf((await holders('post: "President", on: "2023-05-18"')).edges.map((edge) => edge.node))).toEqual([
      'person/kassym-jomart-tokayev',
      'person/xi-jinping',
    ]);
    const inChina = await holders('post: "President", on: "2023-05-18", in: { name: "China" }');
    expect(inChina.edges).toEqual([{ post: 'President', asOf: { text: '2023-05' }, in: { key: 'country/china' }, node: { key: 'person/xi-jinping' } }]);
  });

  it('matches part of a post’s name, and finds no one where no source covers the day', async () => {
    const ministers = await holders('post: "minister", on: "2023-03-28"');
    expect(ministers.edges.map((edge) => [edge.node.key, edge.post])).toEqual([
      ['person/serik-zhumangarin', 'Deputy Prime Minister'],
      ['person/serik-zhumangarin', 'Minister of Trade and Integration'],
    ]);
    expect(await holders('post: "President", on: "2022-06-01"')).toEqual({ totalCount: 0, edges: [] });
  });
});

describe('counterparts met at shared events', () => {
  type Counterparts = { counterparts: { totalCount: number; edges: { sharedEventCount: number; sharedEvents: Keyed[]; node: Keyed }[] } | null };
  const counterparts = async (args: string) =>
    (await ask<Counterparts>(server, `{ counterparts(${args}) { totalCount edges { sharedEventCount sharedEvents { key } node { ... on Entity { key } } } } }`))
      .counterparts;

  it('are people unless other types are asked for, with the events shared', async () => {
    expect(await counterparts('of: { name: "Tokayev" }')).toEqual({
      totalCount: 1,
      edges: [{ sharedEventCount: 1, sharedEvents: [{ key: 'event/tokayev-xi-talks-2023-05' }], node: { key: 'person/xi-jinping' } }],
    });
    const all = await counterparts('of: { name: "Ma Xinzhui" }, types: [PERSON, ORGANIZATION, COUNTRY]');
    expect(keysOf(all!.edges.map((edge) => edge.node))).toEqual(['person/arman-shakkaliyev', 'person/erkin-tuniyaz', 'country/kazakhstan']);
  });

  it('come most shared events first, and within a period when given', async () => {
    const countries = await counterparts('of: { key: "country/kazakhstan" }, types: [COUNTRY]');
    expect(countries?.edges).toEqual([
      {
        sharedEventCount: 2,
        sharedEvents: [{ key: 'event/friendly-dialogue-cross-border-cooperation-2023' }, { key: 'event/central-asia-china-summit-2023' }],
        node: { key: 'country/china' },
      },
    ]);
    const in2023 = await counterparts('of: { name: "Zhumangarin" }, types: [ORGANIZATION], from: "2023-01-01", to: "2023-12-31"');
    expect(in2023?.totalCount).toBe(8);
    expect(await counterparts('of: { name: "Zhumangarin" }, types: [ORGANIZATION], from: "2024-01-01"')).toEqual({ totalCount: 0, edges: [] });
  });

  it('are null for an entity that is not there', async () => {
    expect(await counterparts('of: { key: "person/nobody" }')).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askNode, type Keyed, keysListed, keysOf } from '../support/api.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const CROSSINGS = ['crossing/bakhty-tacheng', 'crossing/bakhty-tacheng-railway', 'crossing/new-checkpoints-almaty-region', 'crossing/new-checkpoints-east-kazakhstan'];
const KAZAKH_OBLASTS = ['region/abai', 'region/almaty-region', 'region/east-kazakhstan', 'region/zhetisu'];

describe('countries', () => {
  it('are Kazakhstan and China, narrowed by part of the name', async () => {
    expect(await keysListed(server, 'countries')).toEqual(['country/china', 'country/kazakhstan']);
    expect(await keysListed(server, 'countries(orderBy: { field: NAME, direction: DESC })')).toEqual(['country/kazakhstan', 'country/china']);
    expect(await keysListed(server, 'countries(filter: { name: "KAZ" })')).toEqual(['country/kazakhstan']);
  });

  it('give their code, nationals, head of state, routes, events held and targets set', async () => {
    type Country = {
      iso2: string;
      nationals: { nodes: Keyed[] };
      postHolders: { edges: { post: string; node: Keyed }[] };
      routes: { nodes: Keyed[] };
      eventsHeld: { nodes: Keyed[] };
      targetsSet: { nodes: Keyed[] };
    };
    const china = await askNode<Country>(
      server,
      'Country',
      'country/china',
      'iso2 nationals { nodes { key } } postHolders { edges { post node { key } } } routes { nodes { key } } eventsHeld { nodes { key } } targetsSet { nodes { key } }',
    );
    expect(china).toEqual({
      iso2: 'CN',
      nationals: { nodes: [{ key: 'person/li-qiang' }, { key: 'person/ma-xingrui' }, { key: 'person/xi-jinping' }] },
      postHolders: { edges: [{ post: 'President', node: { key: 'person/xi-jinping' } }] },
      routes: { nodes: [{ key: 'route/belt-and-road-initiative' }, { key: 'route/trans-caspian-international-transport-route' }] },
      eventsHeld: {
        nodes: [{ key: 'event/tokayev-xi-talks-2023-05' }, { key: 'event/tokayev-official-visit-china-2023-05' }, { key: 'event/central-asia-china-summit-2023' }],
      },
      targetsSet: { nodes: [] },
    });
    const kazakhstan = await askNode<Country>(server, 'Country', 'country/kazakhstan', 'targetsSet { nodes { key } }');
    expect(keysOf(kazakhstan.targetsSet.nodes)).toEqual(['target/kz-central-asia-trade-15-billion']);
  });
});

describe('regions and cities', () => {
  it('regions narrow by kind, by country and by name', async () => {
    expect(await keysListed(server, 'regions(filter: { kind: [OBLAST] })')).toEqual(KAZAKH_OBLASTS);
    expect(await keysListed(server, 'regions(filter: { country: { key: "country/kazakhstan" } })')).toEqual(KAZAKH_OBLASTS);
    expect(await keysListed(server, 'regions(filter: { country: { name: "China" } })')).toEqual(['region/xinjiang']);
    expect(await keysListed(server, 'regions(filter: { kind: [MACRO_REGION] })')).toEqual(['region/central-asia', 'region/europe']);
    expect(await keysListed(server, 'regions(filter: { name: "kazakh" })')).toEqual(['region/east-kazakhstan']);
    expect(await keysListed(server, 'regions(first: 2, orderBy: { field: NAME, direction: DESC })')).toEqual(['region/zhetisu', 'region/xinjiang']);
  });

  it('cities narrow by country (through the region they lie in) and by region', async () => {
    expect(await keysListed(server, 'cities(filter: { country: { key: "country/china" } })')).toEqual(['city/beijing', 'city/lianyungang', 'city/urumqi', 'city/xian']);
    expect(await keysListed(server, 'cities(filter: { region: { name: "Xinjiang" } })')).toEqual(['city/urumqi']);
    expect(await keysListed(server, 'cities(filter: { name: "ast" })')).toEqual(['city/astana']);
    expect(await keysListed(server, 'cities(orderBy: { field: NAME, direction: DESC }, first: 2)')).toEqual(['city/xian', 'city/urumqi']);
  });

  it('give where they lie and what lies directly within them', async () => {
    type Place = { locatedIn: { nodes: Keyed[] }; within: { nodes: Keyed[] }; organizations: { nodes: Keyed[] }; eventsHeld: { nodes: Keyed[] } };
    const selection = 'locatedIn { nodes { key } } within { nodes { ... on Entity { key } } } organizations { nodes { key } } eventsHeld { nodes { key } }';
    expect(await askNode<Place>(server, 'City', 'city/urumqi', selection)).toEqual({
      locatedIn: { nodes: [{ key: 'region/xinjiang' }] },
      within: { nodes: [{ key: 'hub/urumqi-trade-hub' }, { key: 'hub/kz-trade-mission-urumqi' }] },
      organizations: { nodes: [] },
      eventsHeld: { nodes: [{ key: 'event/china-eurasia-expo-2023' }, { key: 'event/china-eurasia-expo-2024' }] },
    });
    const almaty = await askNode<Place>(server, 'City', 'city/almaty', selection);
    expect(keysOf(almaty.organizations.nodes)).toEqual(['organization/akimat-almaty-city']);
    expect(keysOf(almaty.eventsHeld.nodes)).toEqual(['event/friendly-dialogue-cross-border-cooperation-2023', 'event/forum-b2b-negotiations-2023-03']);
    const xinjiang = await askNode<Place & { kind: string }>(server, 'Region', 'region/xinjiang', `kind ${selection}`);
    expect(xinjiang).toMatchObject({ kind: 'AUTONOMOUS_REGION', locatedIn: { nodes: [{ key: 'country/china' }] }, within: { nodes: [{ key: 'city/urumqi' }] } });
    expect(keysOf(xinjiang.organizations.nodes)).toEqual(['organization/cpc-xinjiang-committee', 'organization/xuar-people-s-government']);
  });
});

describe('border crossings', () => {
  it('narrow by status, mode, name and the region they lie in or anywhere within it', async () => {
    expect(await keysListed(server, 'borderCrossings')).toEqual(CROSSINGS);
    expect(await keysListed(server, 'borderCrossings(orderBy: { field: NAME, direction: DESC })')).toEqual([...CROSSINGS].reverse());
    expect(await keysListed(server, 'borderCrossings(filter: { status: [OPERATING] })')).toEqual(['crossing/bakhty-tacheng']);
    expect(await keysListed(server, 'borderCrossings(filter: { mode: RAIL })')).toEqual(['crossing/bakhty-tacheng-railway']);
    expect(await keysListed(server, 'borderCrossings(filter: { mode: ROAD, status: [PLANNED] })')).toEqual(CROSSINGS.slice(2));
    expect(await keysListed(server, 'borderCrossings(filter: { region: { key: "region/east-kazakhstan" } })')).toEqual([CROSSINGS[3]]);
    expect(await keysListed(server, 'borderCrossings(filter: { region: { key: "country/kazakhstan" } })')).toEqual(CROSSINGS);
    expect(await keysListed(server, 'borderCrossings(filter: { name: "Chuguchak" })')).toEqual(['crossing/bakhty-tacheng']);
  });

  it('give both sides’ names, modes, status with its date, where they lie, and the events that concerned them', async () => {
    type Crossing = {
      kazakhSideName: string;
      chineseSideName: string;
      modes: string[];
      status: string;
      statusDate: { text: string } | null;
      locatedIn: { nodes: Keyed[] };
      concernedBy: { edges: { role: string; node: Keyed }[] };
    };
    const railway = await askNode<Crossing>(
      server,
      'BorderCrossing',
      'crossing/bakhty-tacheng-railway',
      'modes status statusDate { text } locatedIn { nodes { key } } concernedBy(types: [EVENT]) { edges { role node { ... on Entity { key } } } }',
    );
    expect(railway).toEqual({
      modes: ['RAIL'],
      status: 'PLANNED',
      statusDate: { text: '2023-03' },
      locatedIn: { nodes: [{ key: 'country/china' }, { key: 'country/kazakhstan' }] },
      concernedBy: { edges: [{ role: 'planned', node: { key: 'event/friendly-dialogue-cross-border-cooperation-2023' } }] },
    });
  });
});

describe('logistics hubs', () => {
  it('narrow by kind, status and the place they lie in', async () => {
    expect(await keysListed(server, 'logisticsHubs(filter: { kind: [SEAPORT] })')).toEqual(['hub/port-of-aktau', 'hub/port-of-lianyungang']);
    expect(await keysListed(server, 'logisticsHubs(filter: { name: "khorgos" }, orderBy: { field: NAME, direction: DESC })')).toEqual([
      'hub/khorgos-fez-eastern-gate',
      'hub/khorgos-icbc',
    ]);
    expect(await keysListed(server, 'logisticsHubs(filter: { status: [PLANNED, UNDER_CONSTRUCTION] })')).toEqual([
      'hub/aktau-container-hub',
      'hub/kz-cn-second-border-dry-port',
      'hub/almaty-trade-hub',
      'hub/urumqi-trade-hub',
    ]);
    expect(await keysListed(server, 'logisticsHubs(filter: { region: { name: "Aktau" } })')).toEqual(['hub/aktau-container-hub', 'hub/port-of-aktau']);
    expect(await keysListed(server, 'logisticsHubs(filter: { region: { key: "country/kazakhstan" } })')).toEqual([
      'hub/aktau-container-hub',
      'hub/khorgos-icbc',
      'hub/port-of-aktau',
      'hub/almaty-trade-hub',
    ]);
    expect(await keysListed(server, 'logisticsHubs(filter: { kind: [TRADE_HUB], region: { name: "Urumqi" } })')).toEqual(['hub/urumqi-trade-hub']);
  });

  it('give the routes they serve and the events that concerned them, with how', async () => {
    type Hub = { routes: { nodes: Keyed[] }; concernedBy: { edges: { role: string | null; node: Keyed }[] } };
    const selection = 'routes { nodes { key } } concernedBy(types: [EVENT]) { edges { role node { ... on Entity { key } } } }';
    expect(await askNode<Hub>(server, 'LogisticsHub', 'hub/aktau-container-hub', selection)).toEqual({
      routes: { nodes: [{ key: 'route/trans-caspian-international-transport-route' }] },
      concernedBy: { edges: [{ role: null, node: { key: 'event/bektenov-li-qiang-meeting-2024' } }] },
    });
    const mission = await askNode<Hub>(server, 'LogisticsHub', 'hub/kz-trade-mission-urumqi', selection);
    expect(mission.concernedBy.edges).toEqual([
      { role: 'topic', node: { key: 'event/shakkaliyev-ma-xingrui-tuniyaz-meeting-2024' } },
      { role: 'proposed venue of the opening ceremony', node: { key: 'event/sco-heads-of-state-council-2024' } },
    ]);
  });
});

describe('routes', () => {
  it('narrow by kind and name, and give the hubs serving them and the countries taking part', async () => {
    expect(await keysListed(server, 'routes(filter: { kind: [CORRIDOR] })')).toEqual(['route/trans-caspian-international-transport-route']);
    expect(await keysListed(server, 'routes(filter: { name: "one belt" })')).toEqual(['route/belt-and-road-initiative']);
    expect(await keysListed(server, 'routes(orderBy: { field: NAME, direction: DESC })')).toEqual([
      'route/trans-caspian-international-transport-route',
      'route/belt-and-road-initiative',
    ]);
    type Route = { servedBy: { nodes: Keyed[] }; participants: { nodes: Keyed[] }; concernedBy: { nodes: Keyed[] } };
    const corridor = await askNode<Route>(
      server,
      'Route',
      'route/trans-caspian-international-transport-route',
      'servedBy { nodes { ... on Entity { key } } } participants { nodes { key } } concernedBy { nodes { ... on Entity { key } } }',
    );
    expect(corridor).toEqual({
      servedBy: { nodes: [{ key: 'hub/aktau-container-hub' }] },
      participants: { nodes: [{ key: 'country/china' }, { key: 'country/kazakhstan' }] },
      concernedBy: {
        nodes: [
          { key: 'event/friendly-dialogue-cross-border-cooperation-2023' },
          { key: 'event/bektenov-li-qiang-meeting-2024' },
          { key: 'event/bektenov-zhang-xiao-meeting-2024-03-13' },
        ],
      },
    });
  });
});

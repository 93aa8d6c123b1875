import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askNode, type Keyed, keysListed, keysOf } from '../support/api.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Every event, earliest first: ties on the first day by title, ignoring case. */
const TIMELINE = [
  'event/china-eurasia-expo-2023', // 2023, as a year: its first day is 1 January
  'event/ma-xingrui-official-visit-kazakhstan-2023-03',
  'event/friendly-dialogue-cross-border-cooperation-2023', // "2nd Friendly Dialogue ..." before "B2B ..." on 28 March
  'event/forum-b2b-negotiations-2023-03',
  'event/tokayev-xi-talks-2023-05',
  'event/tokayev-official-visit-china-2023-05',
  'event/central-asia-china-summit-2023',
  'event/shakkaliyev-ma-xingrui-tuniyaz-meeting-2024',
  'event/bektenov-li-qiang-meeting-2024',
  'event/bektenov-zhang-xiao-meeting-2024-03-13',
  'event/china-eurasia-expo-2024',
  'event/sco-heads-of-state-council-2024',
];

describe('the timeline of events', () => {
  it('runs earliest first unless ordered otherwise, and reverses exactly', async () => {
    expect(await keysListed(server, 'events')).toEqual(TIMELINE);
    expect(await keysListed(server, 'events(orderBy: { field: DATE, direction: DESC })')).toEqual([...TIMELINE].reverse());
    expect(await keysListed(server, 'events(first: 3, orderBy: { field: NAME })')).toEqual([
      'event/friendly-dialogue-cross-border-cooperation-2023',
      'event/shakkaliyev-ma-xingrui-tuniyaz-meeting-2024',
      'event/forum-b2b-negotiations-2023-03',
    ]);
  });

  it('narrows by kind and by part of the title', async () => {
    expect(await keysListed(server, 'events(filter: { kind: [SUMMIT] })')).toEqual(['event/central-asia-china-summit-2023', 'event/sco-heads-of-state-council-2024']);
    expect(await keysListed(server, 'events(filter: { kind: [EXPO, FORUM] })')).toEqual([
      'event/china-eurasia-expo-2023',
      'event/friendly-dialogue-cross-border-cooperation-2023',
      'event/china-eurasia-expo-2024',
    ]);
    expect(await keysListed(server, 'events(filter: { name: "EXPO" })')).toEqual(['event/china-eurasia-expo-2023', 'event/china-eurasia-expo-2024']);
  });

  it('narrows to a place and everywhere within it', async () => {
    expect(await keysListed(server, 'events(filter: { place: { name: "Almaty" } })')).toEqual([
      'event/friendly-dialogue-cross-border-cooperation-2023',
      'event/forum-b2b-negotiations-2023-03',
    ]);
    expect(await keysListed(server, 'events(filter: { place: { key: "country/kazakhstan" } })')).toEqual([
      'event/ma-xingrui-official-visit-kazakhstan-2023-03',
      'event/friendly-dialogue-cross-border-cooperation-2023',
      'event/forum-b2b-negotiations-2023-03',
      'event/sco-heads-of-state-council-2024', // held in Astana
    ]);
  });

  it('narrows to what someone attended, named by an alias', async () => {
    expect(await keysListed(server, 'events(filter: { participant: { name: "Tokayev" } })')).toEqual([
      'event/tokayev-xi-talks-2023-05',
      'event/tokayev-official-visit-china-2023-05',
      'event/central-asia-china-summit-2023',
    ]);
    expect(await keysListed(server, 'events(filter: { participant: { name: "Tokayev" }, kind: [TALKS] })')).toEqual(['event/tokayev-xi-talks-2023-05']);
  });

  it('narrows to a period, keeping events whose dates, as precise as known, overlap it', async () => {
    // 19 May 2023 falls in 2023 (the expo), in May 2023 (the talks) and on the summit's second day.
    expect(await keysListed(server, 'events(filter: { from: "2023-05-19", to: "2023-05-19" })')).toEqual([
      'event/china-eurasia-expo-2023',
      'event/tokayev-xi-talks-2023-05',
      'event/central-asia-china-summit-2023',
    ]);
    expect(await keysListed(server, 'events(filter: { from: "2024-01-01" })')).toEqual(TIMELINE.slice(7));
    expect(await keysListed(server, 'events(filter: { to: "2023-03-31" })')).toEqual(TIMELINE.slice(0, 4));
    // After the last dated day, only the meetings known by their year alone may still have been held.
    expect(await keysListed(server, 'events(filter: { from: "2024-07-05" })')).toEqual([
      'event/shakkaliyev-ma-xingrui-tuniyaz-meeting-2024',
      'event/bektenov-li-qiang-meeting-2024',
    ]);
    expect(await keysListed(server, 'events(filter: { from: "2025-01-01" })')).toEqual([]);
  });
});

describe('an event', () => {
  it('says when it was, how precisely, and why when the date was worked out', async () => {
    type Dated = { date: { text: string; precision: string; start: string; end: string; inferred: boolean; basis: string | null } };
    const talks = await askNode<Dated>(server, 'Event', 'event/tokayev-xi-talks-2023-05', 'date { text precision start end inferred basis }');
    expect(talks.date).toEqual({
      text: '2023-05',
      precision: 'MONTH',
      start: '2023-05-01',
      end: '2023-05-31',
      inferred: true,
      basis: expect.stringContaining('17 May'),
    });
  });

  it('lists where it was held, who attended in what part, and what it was part of', async () => {
    type Talks = { place: { nodes: Keyed[] }; participants: { edges: { role: string; node: Keyed }[] }; partOf: { nodes: Keyed[] } };
    const talks = await askNode<Talks>(
      server,
      'Event',
      'event/tokayev-xi-talks-2023-05',
      'place { nodes { key } } participants { edges { role node { key } } } partOf { nodes { key } }',
    );
    expect(talks).toEqual({
      place: { nodes: [{ key: 'country/china' }] },
      participants: {
        edges: [
          { role: 'President of Kazakhstan', node: { key: 'person/kassym-jomart-tokayev' } },
          { role: 'President of China (host)', node: { key: 'person/xi-jinping' } },
        ],
      },
      partOf: { nodes: [{ key: 'event/tokayev-official-visit-china-2023-05' }] },
    });
    const summit = await askNode<{ place: { nodes: Keyed[] } }>(server, 'Event', 'event/central-asia-china-summit-2023', 'place { nodes { key } }');
    expect(keysOf(summit.place.nodes)).toEqual(['country/china', 'city/xian']);
  });

  it('lists the agreements signed at it, but not those signed at its parts', async () => {
    type Forum = { agreementsSigned: { nodes: Keyed[] }; parts: { nodes: (Keyed & { agreementsSigned: { nodes: Keyed[] } })[] } };
    const forum = await askNode<Forum>(
      server,
      'Event',
      'event/friendly-dialogue-cross-border-cooperation-2023',
      'agreementsSigned { nodes { key } } parts { nodes { key agreementsSigned { nodes { key } } } }',
    );
    expect(forum).toEqual({
      agreementsSigned: { nodes: [] },
      parts: {
        nodes: [
          {
            key: 'event/forum-b2b-negotiations-2023-03',
            agreementsSigned: {
              nodes: [{ key: 'agreement/friendly-dialogue-2023-bilateral-documents' }, { key: 'agreement/friendly-dialogue-2023-commercial-contracts' }],
            },
          },
        ],
      },
    });
  });

  it('lists the figures and targets stated at it', async () => {
    type Statements = { statements: { totalCount: number; nodes: ({ __typename: string } & Keyed)[] } };
    const summit = await askNode<Statements>(
      server,
      'Event',
      'event/central-asia-china-summit-2023',
      'statements(first: 100) { totalCount nodes { __typename ... on Entity { key } } }',
    );
    expect(summit.statements.totalCount).toBe(6);
    expect(summit.statements.nodes.filter((node) => node.__typename === 'Target')).toEqual([
      { __typename: 'Target', key: 'target/central-asia-china-trade-100-billion-2030' },
      { __typename: 'Target', key: 'target/kz-cn-trade-40-billion' },
    ]);
  });

  it('lists what it concerned, and the events that concerned it, with how', async () => {
    type Concerns = { concerns: { edges: { role: string | null; node: Keyed }[] } };
    const meeting = await askNode<Concerns>(
      server,
      'Event',
      'event/shakkaliyev-ma-xingrui-tuniyaz-meeting-2024',
      'concerns(first: 100, types: [EVENT]) { edges { role node { ... on Entity { key } } } }',
    );
    expect(meeting.concerns.edges).toEqual([
      { role: 'Kazakh participation confirmed', node: { key: 'event/china-eurasia-expo-2024' } },
      { role: 'proposed occasion for the trade mission\'s opening', node: { key: 'event/sco-heads-of-state-council-2024' } },
    ]);
    const sco = await askNode<{ concernedBy: Concerns['concerns'] }>(
      server,
      'Event',
      'event/sco-heads-of-state-council-2024',
      'concernedBy { edges { role node { ... on Entity { key } } } }',
    );
    expect(sco.concernedBy.edges).toEqual([
      { role: 'proposed occasion for the trade mission\'s opening', node: { key: 'event/shakkaliyev-ma-xingrui-tuniyaz-meeting-2024' } },
    ]);
  });
});

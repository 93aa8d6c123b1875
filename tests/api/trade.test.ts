import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, askNode, type Keyed, keysListed, keysOf } from '../support/api.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const KZ_CN_TURNOVER = {
  '2022': ['figure/kz-cn-turnover-2022-2023-03-friendly-dialogue-contracts', 'figure/kz-cn-turnover-2022-2023-05-central-asia-china-summit-trade'],
  '2023': ['figure/kz-cn-turnover-2023-kazinform-2024-shakkaliyev-ma-xingrui', 'figure/kz-cn-turnover-2023-times-of-central-asia-2024-03-bektenov-zhang-xiao'],
  '2024-01/2024-09': ['figure/kz-cn-turnover-9m-2024-gulf-observer-2024-bektenov-li-qiang'],
};

describe('trade figures', () => {
  it('are listed earliest period first, and narrow by measure', async () => {
    const turnover = await keysListed(server, 'tradeFigures(filter: { measure: [TURNOVER] })');
    expect(turnover).toHaveLength(7);
    expect(turnover.slice(-3)).toEqual([...KZ_CN_TURNOVER['2023'], ...KZ_CN_TURNOVER['2024-01/2024-09']]);
    expect(await keysListed(server, 'tradeFigures(filter: { measure: [TURNOVER] }, orderBy: { field: DATE, direction: DESC })')).toEqual([...turnover].reverse());
    expect(await keysListed(server, 'tradeFigures(filter: { measure: [INVESTMENT, ROAD_CARGO] })')).toEqual([
      'figure/cn-kz-investment-2023-9m-times-of-central-asia-2024-03-bektenov-zhang-xiao',
      'figure/kz-cn-road-cargo-growth-2024-gulf-observer-2024-bektenov-li-qiang',
    ]);
  });

  it('narrow by the country concerned and by a period they overlap', async () => {
    expect(await keysListed(server, 'tradeFigures(filter: { measure: [TURNOVER], from: "2024-01-01" })')).toEqual(KZ_CN_TURNOVER['2024-01/2024-09']);
    expect(await keysListed(server, 'tradeFigures(filter: { measure: [TURNOVER], from: "2023-06-01", to: "2023-06-30" })')).toEqual(KZ_CN_TURNOVER['2023']);
    const allFigures = await keysListed(server, 'tradeFigures(first: 100)');
    const aboutChina = await keysListed(server, 'tradeFigures(first: 100, filter: { country: { key: "country/china" } })');
    expect([allFigures.length, aboutChina.length]).toEqual([29, 27]);
    // Central Asia's trade with Kazakhstan does not concern China.
    expect(allFigures.filter((key) => !aboutChina.includes(key))).toContain('figure/kz-central-asia-turnover-2022-2023-05-central-asia-china-summit-trade');
  });

  it('give value, unit, how it is qualified, the period, who stated it where, and what it concerns in which role', async () => {
    type Figure = {
      measure: string;
      value: number | null;
      unit: string;
      bound: string;
      period: { text: string; precision: string; inferred: boolean };
      statedBy: { nodes: Keyed[] };
      statedAt: { nodes: Keyed[] };
      concerns: { edges: { role: string; node: Keyed }[] };
    };
    const figure = await askNode<Figure>(
      server,
      'TradeFigure',
      'figure/kz-cn-turnover-9m-2024-gulf-observer-2024-bektenov-li-qiang',
      `measure value unit bound period { text precision inferred } statedBy { nodes { ... on Entity { key } } } statedAt { nodes { key } }
       concerns { edges { role node { ... on Entity { key } } } }`,
    );
    expect(figure).toEqual({
      measure: 'TURNOVER',
      value: 33_000_000_000,
      unit: 'USD',
      bound: 'EXACT',
      period: { text: '2024-01/2024-09', precision: 'MONTH', inferred: false },
      statedBy: { nodes: [{ key: 'person/olzhas-bektenov' }] },
      statedAt: { nodes: [{ key: 'event/bektenov-li-qiang-meeting-2024' }] },
      concerns: {
        edges: [
          { role: 'partner', node: { key: 'country/china' } },
          { role: 'reporter', node: { key: 'country/kazakhstan' } },
        ],
      },
    });
  });

  it('give only the change where the source gives no value', async () => {
    type Growth = { value: number | null; growth: { value: number; unit: string; bound: string } | null };
    expect(await askNode<Growth>(server, 'TradeFigure', 'figure/kz-cn-agricultural-trade-growth-9m-2024-gulf-observer-2024-bektenov-li-qiang', 'value growth { value unit bound }')).toEqual({
      value: null,
      growth: { value: 5.8, unit: 'PERCENT', bound: 'EXACT' },
    });
    expect(await askNode<Growth>(server, 'TradeFigure', 'figure/kz-exports-to-cn-2022-2023-03-friendly-dialogue-contracts', 'bound')).toEqual({ bound: 'MORE_THAN' });
  });
});

describe('targets', () => {
  const BY_NAME = [
    'target/central-asia-china-trade-100-billion-2030',
    'target/kz-vegetable-oil-export-readiness-china-2026',
    'target/kz-trade-mission-urumqi-opening',
    'target/kz-wheat-exports-to-cn-1mt-2023-03-friendly-dialogue-contracts',
    'target/kz-central-asia-trade-15-billion',
    'target/kz-cn-trade-40-billion',
  ];

  it('are listed by description, or by deadline with the undated first', async () => {
    expect(await keysListed(server, 'targets')).toEqual(BY_NAME);
    expect(await keysListed(server, 'targets(orderBy: { field: DATE })')).toEqual([BY_NAME[2], BY_NAME[3], BY_NAME[4], BY_NAME[5], BY_NAME[1], BY_NAME[0]]);
  });

  it('narrow by part of the description and by the country concerned', async () => {
    expect(await keysListed(server, 'targets(filter: { name: "WHEAT" })')).toEqual([BY_NAME[3]]);
    // Every target but Kazakhstan's with its Central Asian neighbours concerns China (or Xinjiang, within it).
    expect(await keysListed(server, 'targets(filter: { country: { name: "China" } })')).toEqual(BY_NAME.filter((key) => key !== BY_NAME[4]));
  });

  it('give the value, how it is qualified, the deadline, who set and stated it, and what it concerns', async () => {
    type Target = {
      value: number;
      unit: string;
      bound: string;
      deadline: { text: string } | null;
      setBy: { nodes: Keyed[] };
      concerns: { edges: { role: string | null; node: Keyed }[] };
    };
    const vegetableOil = await askNode<Target>(
      server,
      'Target',
      BY_NAME[1]!,
      'value unit bound deadline { text } setBy { nodes { ... on Entity { key } } } concerns { edges { role node { ... on Entity { key } } } }',
    );
    expect(vegetableOil).toEqual({
      value: 250_000,
      unit: 'TONNES',
      bound: 'MORE_THAN',
      deadline: { text: '2026' },
      setBy: { nodes: [{ key: 'person/arman-shakkaliyev' }] },
      concerns: {
        edges: [
          { role: 'destination', node: { key: 'country/china' } },
          { role: 'exporter', node: { key: 'country/kazakhstan' } },
          { role: null, node: { key: 'commodity/vegetable-oil' } },
        ],
      },
    });
    const regional = await askNode<Target>(server, 'Target', BY_NAME[4]!, 'setBy { nodes { ... on Entity { key } } }');
    expect(keysOf(regional.setBy.nodes)).toEqual(['country/kazakhstan']);
  });
});

describe('trade timelines', () => {
  type Timeline = {
    unit: string;
    parties: Keyed[];
    targets: Keyed[];
    periods: { period: { text: string }; values: number[]; sourcesDisagree: boolean; figures: Keyed[] }[];
  };
  const timelines = async (args: string) =>
    (
      await ask<{ tradeTimelines: Timeline[] }>(
        server,
        `{ tradeTimelines(${args}) { unit parties { key } targets { key } periods { period { text } values sourcesDisagree figures { key } } } }`,
      )
    ).tradeTimelines;
  const BETWEEN_KZ_CN = 'between: [{ name: "Kazakhstan" }, { key: "country/china" }]';

  it('set each source’s figure for a period side by side, saying where they disagree, with the targets', async () => {
    const [turnover, ...others] = await timelines(`measure: TURNOVER, ${BETWEEN_KZ_CN}`);
    expect(others).toEqual([]);
    expect(turnover).toEqual({
      unit: 'USD',
      parties: [{ key: 'country/china' }, { key: 'country/kazakhstan' }],
      targets: [{ key: 'target/kz-cn-trade-40-billion' }],
      periods: [
        { period: { text: '2022' }, values: [24_000_000_000, 31_000_000_000], sourcesDisagree: true, figures: KZ_CN_TURNOVER['2022'].map((key) => ({ key })) },
        { period: { text: '2023' }, values: [31_500_000_000], sourcesDisagree: false, figures: KZ_CN_TURNOVER['2023'].map((key) => ({ key })) },
        { period: { text: '2024-01/2024-09' }, values: [33_000_000_000], sourcesDisagree: false, figures: [{ key: KZ_CN_TURNOVER['2024-01/2024-09'][0]! }] },
      ],
    });
  });

  it('keep one timeline per set of parties, each with its own targets', async () => {
    const all = await timelines('measure: TURNOVER');
    expect(all.map((timeline) => [keysOf(timeline.parties), keysOf(timeline.targets)])).toEqual([
      [['country/china', 'region/central-asia'], ['target/central-asia-china-trade-100-billion-2030']],
      [['country/kazakhstan', 'region/central-asia'], ['target/kz-central-asia-trade-15-billion']],
      [['country/china', 'country/kazakhstan'], ['target/kz-cn-trade-40-billion']],
    ]);
  });

  it('narrow to the periods overlapping a range, and to nothing for an unknown party', async () => {
    const [only2023] = await timelines(`measure: TURNOVER, ${BETWEEN_KZ_CN}, from: "2023-01-01", to: "2023-12-31"`);
    expect(only2023?.periods.map((period) => period.period.text)).toEqual(['2023']);
    expect(await timelines('measure: TURNOVER, between: [{ key: "country/atlantis" }]')).toEqual([]);
  });

  it('show a period whose source gives only a change, with no values', async () => {
    const [agricultural] = await timelines(`measure: AGRICULTURAL_TRADE, ${BETWEEN_KZ_CN}`);
    expect(agricultural?.periods.map(({ period, values }) => [period.text, values])).toEqual([
      ['2022', [780_000_000]],
      ['2024-01/2024-09', []],
    ]);
    // The $40 billion target is for the whole turnover, not for farm trade in the same unit and countries.
    expect(agricultural?.targets).toEqual([]);
  });
});

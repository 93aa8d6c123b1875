import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../web/src/explorer/export/csv.ts';
import { slug, viewFileName } from '../../web/src/explorer/export/file-names.ts';
import { toGraphML } from '../../web/src/explorer/export/graphml.ts';
import { fromJson, toJson } from '../../web/src/explorer/export/json.ts';
import { type Picture, toSvg } from '../../web/src/explorer/export/svg.ts';
import type { CanvasEdge, CanvasGraph, CanvasNode } from '../../web/src/explorer/model/types.ts';
import { EVENT_CSV_COLUMNS, eventRows } from '../../web/src/explorer/views/events-data.ts';
import { figureX, type Timeline, tradeChartData, tradeCsvColumns } from '../../web/src/explorer/views/trade-data.ts';

function node(id: string, overrides: Partial<CanvasNode> = {}): CanvasNode {
  return {
    id,
    key: `person/${id}`,
    type: 'Person',
    label: id,
    dateStart: null,
    dateEnd: null,
    degree: 1,
    pinned: false,
    hidden: false,
    ...overrides,
  };
}

function edge(id: string, source: string, target: string, facts: Record<string, string> = {}): CanvasEdge {
  return { id, type: 'ATTENDED', source, target, facts };
}

// Awkward on purpose: markup characters, quotes, an ampersand and non-Latin letters in labels and facts.
const graph: CanvasGraph = {
  nodes: {
    'UGVyc29uOjE=': node('UGVyc29uOjE=', { key: 'person/tokayev', label: 'Kassym-Jomart <Tokayev> & "Co"', degree: 9 }),
    'RXZlbnQ6MQ==': node('RXZlbnQ6MQ==', {
      key: 'event/summit',
      type: 'Event',
      label: 'Summit in Xi’an',
      dateStart: '2023-05-18',
      dateEnd: '2023-05-19',
      degree: 4,
    }),
    'Q291bnRyeTox': node('Q291bnRyeTox', { key: 'country/china', type: 'Country', label: 'China 中国', degree: 30 }),
    hidden: node('hidden', { key: 'person/not-shown', label: 'Not shown' }),
  },
  edges: {
    a: edge('a', 'UGVyc29uOjE=', 'RXZlbnQ6MQ==', { role: 'head of "delegation" <KZ>' }),
    b: { ...edge('b', 'RXZlbnQ6MQ==', 'Q291bnRyeTox'), type: 'HELD_IN' as CanvasEdge['type'], facts: {} },
    c: edge('c', 'UGVyc29uOjE=', 'hidden', { post: 'President', since: '2019' }),
  },
};
const visible = { nodeIds: ['UGVyc29uOjE=', 'RXZlbnQ6MQ==', 'Q291bnRyeTox'], edgeIds: ['a', 'b', 'c'] };

type XmlElement = Record<string, unknown>;
const asList = (value: unknown): XmlElement[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]) as XmlElement[];

function parseGraphML(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false });
  const root = parser.parse(text).graphml as XmlElement;
  const keys = new Map(asList(root.key).map((key) => [key['@id'] as string, key]));
  const graphElement = root.graph as XmlElement;
  // Each node or edge as its data values, by the attribute names its <key>s declare.
  const attributes = (element: XmlElement) =>
    Object.fromEntries(asList(element.data).map((data) => [keys.get(data['@key'] as string)!['@attr.name'], data['#text']]));
  return { root, keys, graphElement, attributes };
}

describe('GraphML of the visible subgraph', () => {
  const text = toGraphML(graph, visible);
  const { keys, graphElement, attributes } = parseGraphML(text);
  const nodes = asList(graphElement.node);
  const edges = asList(graphElement.edge);

  it('declares every attribute it uses, for nodes and edges, with a type', () => {
    const declared = [...keys.values()].map((key) => `${key['@for']}:${key['@attr.name']}:${key['@attr.type']}`);
    expect(declared).toEqual(
      expect.arrayContaining([
        'node:label:string',
        'node:type:string',
        'node:key:string',
        'node:dateStart:string',
        'node:dateEnd:string',
        'node:degree:int',
        'edge:type:string',
        'edge:role:string',
      ]),
    );
    const used = [...text.matchAll(/<data key="([^"]+)"/g)].map((match) => match[1]);
    for (const key of used) expect(keys.has(key!)).toBe(true);
    expect(graphElement['@edgedefault']).toBe('directed');
  });

  it('holds exactly the visible nodes, with their attributes', () => {
    expect(nodes.map((element) => attributes(element).apiId)).toEqual(visible.nodeIds);
    expect(attributes(nodes[0]!)).toMatchObject({ label: 'Kassym-Jomart <Tokayev> & "Co"', type: 'Person', key: 'person/tokayev', degree: '9' });
    expect(attributes(nodes[1]!)).toMatchObject({ label: 'Summit in Xi’an', dateStart: '2023-05-18', dateEnd: '2023-05-19' });
    expect(attributes(nodes[2]!).label).toBe('China 中国');
    expect(nodes.map((element) => element['@id'])).toEqual(['person:tokayev', 'event:summit', 'country:china']);
  });

  it('holds exactly the edges between visible nodes, with their type and facts', () => {
    expect(edges.map((element) => attributes(element).apiId)).toEqual(['a', 'b']);
    expect(edges[0]).toMatchObject({ '@source': 'person:tokayev', '@target': 'event:summit' });
    expect(attributes(edges[0]!)).toMatchObject({ type: 'ATTENDED', role: 'head of "delegation" <KZ>' });
    expect(attributes(edges[1]!)).toMatchObject({ type: 'HELD_IN' });
    // The fact only the left-out edge carried is not declared.
    expect([...keys.values()].map((key) => key['@attr.name'])).not.toContain('post');
  });

  it('writes an empty but valid graph when nothing is visible', () => {
    const empty = parseGraphML(toGraphML(graph, { nodeIds: [], edgeIds: ['a'] }));
    expect(asList(empty.graphElement.node)).toEqual([]);
    expect(asList(empty.graphElement.edge)).toEqual([]);
  });
});

describe('JSON of the visible subgraph', () => {
  it('round-trips: reading it back gives the visible nodes and the edges among them', () => {
    const back = fromJson(toJson(graph, visible));
    expect(back.nodes).toEqual({
      'UGVyc29uOjE=': graph.nodes['UGVyc29uOjE='],
      'RXZlbnQ6MQ==': graph.nodes['RXZlbnQ6MQ=='],
      'Q291bnRyeTox': graph.nodes['Q291bnRyeTox'],
    });
    expect(back.edges).toEqual({ a: graph.edges.a, b: graph.edges.b });
    expect(fromJson(toJson(back, { nodeIds: Object.keys(back.nodes), edgeIds: Object.keys(back.edges) }))).toEqual(back);
  });

  it('refuses, in words, what it did not write', () => {
    expect(() => fromJson('{')).toThrow('The file is not JSON.');
    expect(() => fromJson('{"nodes": []}')).toThrow('not a subgraph exported by the explorer');
    const broken = JSON.parse(toJson(graph, visible));
    broken.edges[0].target = 'nowhere';
    expect(() => fromJson(JSON.stringify(broken))).toThrow('Edge 1 in the file joins a node the file does not have.');
  });
});

describe('CSV', () => {
  const columns = [
    { header: 'name', value: (row: { name: string; n: number | null }) => row.name },
    { header: 'count, all', value: (row: { name: string; n: number | null }) => row.n },
  ];

  it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF between records', () => {
    const text = toCsv(
      [
        { name: 'plain', n: 1 },
        { name: 'a, b', n: 2 },
        { name: 'say "hi"', n: null },
        { name: 'two\nlines', n: 3 },
        { name: 'carriage\r\nreturn', n: 4 },
      ],
      columns,
    );
    expect(text).toBe(
      'name,"count, all"\r\nplain,1\r\n"a, b",2\r\n"say ""hi""",\r\n"two\nlines",3\r\n"carriage\r\nreturn",4\r\n',
    );
  });

  it('keeps a text field from becoming a spreadsheet formula, but leaves numbers alone', () => {
    const text = toCsv([{ name: '=HYPERLINK("x")', n: -5 }], columns);
    expect(text).toBe('name,"count, all"\r\n"\'=HYPERLINK(""x"")",-5\r\n');
  });
});

describe('SVG of the canvas', () => {
  const picture: Picture = {
    width: 400,
    height: 300,
    title: 'Tokayev & <friends>',
    nodes: [
      { id: 'n1', x: 10, y: 20, radius: 5, colour: '#336699', label: 'A <b> & "c"', icon: 'M12 2l10 20H2z' },
      { id: 'n2', x: 200.123456, y: 150, radius: 8, colour: 'rgb(10, 20, 30)', label: null },
      { id: 'n3', x: 390, y: 290, radius: 3, colour: '#999', label: '中国' },
    ],
    edges: [
      { id: 'e1', source: 'n1', target: 'n2', colour: '#ccc', width: 1 },
      { id: 'e2', source: 'n2', target: 'missing', colour: '#ccc', width: 1 },
    ],
  };
  const text = toSvg(picture);

  it('is well-formed XML with one circle per node, a line per drawable edge, and a white background', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    const svg = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text).svg as XmlElement;
    const groups = asList(svg.g);
    const circles = asList(groups.find((group) => group['@class'] === 'nodes')!.circle);
    expect(circles).toHaveLength(3);
    expect(circles[1]).toMatchObject({ '@cx': '200.12', '@r': '8', '@fill': 'rgb(10, 20, 30)' });
    expect(asList(groups.find((group) => group['@class'] === 'edges')!.line)).toHaveLength(1);
    expect(asList(groups.find((group) => group['@class'] === 'labels')!.text)).toHaveLength(2);
    expect(asList(groups.find((group) => group['@class'] === 'icons')!.path)).toEqual([
      expect.objectContaining({ '@d': 'M12 2l10 20H2z', '@transform': 'translate(7 17) scale(0.25)' }),
    ]);
    expect(svg.rect).toMatchObject({ '@fill': '#ffffff' });
    expect(svg['@viewBox']).toBe('0 0 400 300');
    expect(svg.title).toBe('Tokayev & <friends>');
    expect(text).toContain('<title>Tokayev &amp; &lt;friends&gt;</title>');
  });
});

describe('file names', () => {
  it('names a view after its best-connected entities', () => {
    expect(viewFileName(graph, visible, 'graphml')).toBe('china-kassym-jomart-tokayev-co-and-1-more.graphml');
    expect(viewFileName(graph, { nodeIds: [], edgeIds: [] }, 'png')).toBe('empty-view.png');
    expect(slug('Türkiye — Ürümqi, 2023!')).toBe('turkiye-urumqi-2023');
  });
});

describe('the timelines’ tables as CSV', () => {
  // A timeline as the API gives it, cut to what the view reads: 2022 disputed by two sources, 2023 agreed by two.
  const source = (id: string, publisher: string, title = `Headline ${id}`) => ({
    __typename: 'Source' as const,
    id,
    title,
    publisher,
    published: { __typename: 'PartialDate' as const, text: '2023' },
  });
  const figure = (id: string, value: number | null, from: ReturnType<typeof source>) => ({
    __typename: 'TradeFigure' as const,
    id,
    key: `figure/${id}`,
    name: `Turnover, ${id}`,
    value,
    bound: 'EXACT' as const,
    citations: [{ __typename: 'Citation' as const, source: from, paragraphs: [1], sections: [] }],
  });
  const period = (text: string, start: string, end: string) => ({ __typename: 'PartialDate' as const, text, start, end, inferred: false });
  const a = source('a', 'Unknown (not named)', 'A long headline, with a comma');
  const b = source('b', 'The Daily');
  const timeline: Timeline = {
    __typename: 'TradeTimeline',
    measure: 'TURNOVER',
    unit: 'USD',
    parties: [
      { __typename: 'Country', id: 'kz', name: 'Kazakhstan' },
      { __typename: 'Country', id: 'cn', name: 'China' },
    ],
    periods: [
      { __typename: 'TradePeriod', period: period('2022', '2022-01-01', '2022-12-31'), values: [24e9, 31e9], sourcesDisagree: true, figures: [figure('a22', 24e9, a), figure('b22', 31e9, b)] },
      { __typename: 'TradePeriod', period: period('2023', '2023-01-01', '2023-12-31'), values: [31.5e9], sourcesDisagree: false, figures: [figure('a23', 31.5e9, a), figure('b23', 31.5e9, b)] },
    ],
    targets: [
      {
        __typename: 'Target',
        id: 't',
        key: 'target/forty',
        name: 'Forty billion',
        value: 40e9,
        bound: 'EXACT',
        deadline: null,
        citations: [],
      },
    ],
  };
  const data = tradeChartData(timeline);

  it('names each source once, by publisher or, when the publisher is unknown, by headline', () => {
    expect(data.sources.map((row) => row.label)).toEqual(['A long headline, with a comma', 'The Daily']);
    expect(new Set(data.sources.map((row) => row.colour)).size).toBe(2);
  });

  it('marks only the disputed period, with the other source’s value, and sets its figures side by side', () => {
    expect(data.disagreements).toEqual([{ periodText: '2022', start: '2022-01-01', end: '2022-12-31', values: ['$24 bn', '$31 bn'] }]);
    expect(data.figures.map((row) => row.disagreesWith)).toEqual([['$31 bn (The Daily)'], ['$24 bn (A long headline, with a comma)'], [], []]);
    const [first, second] = data.figures.map(figureX);
    expect(first!.getTime()).toBeLessThan(second!.getTime());
    expect(first!.getUTCFullYear()).toBe(2022);
    expect(second!.getUTCFullYear()).toBe(2022);
  });

  it('writes the trade table as CSV: figures, then targets, quoted where needed', () => {
    const lines = toCsv([...data.figures, ...data.targets], tradeCsvColumns(data.unit)).split('\r\n');
    expect(lines[0]).toBe('kind,period or deadline,source,value,unit,as stated,sources disagree,name,key');
    expect(lines[1]).toBe(
      'figure,2022,"A long headline, with a comma (Unknown (not named), 2023)",24000000000,USD,$24 bn,true,"Turnover, a22",figure/a22',
    );
    expect(lines[5]).toBe('target,,,40000000000,USD,$40 bn,,Forty billion,target/forty');
    expect(lines).toHaveLength(7);
  });

  it('writes the events list as CSV with the columns the brief names', () => {
    const rows = eventRows([
      {
        __typename: 'Event',
        id: 'e1',
        key: 'event/summit',
        name: 'Summit, "the first"',
        kind: 'SUMMIT',
        date: { __typename: 'PartialDate', text: '2023-05-18/2023-05-19', start: '2023-05-18', end: '2023-05-19', precision: 'DAY', inferred: false, basis: null },
        place: { __typename: 'EventPlaceConnection', nodes: [{ __typename: 'City', id: 'c', name: 'Xi’an' }] },
      },
    ]);
    expect(toCsv(rows, EVENT_CSV_COLUMNS)).toBe(
      'name,kind,date,start,end,place,key\r\n"Summit, ""the first""",summit,2023-05-18/2023-05-19,2023-05-18,2023-05-19,Xi’an,event/summit\r\n',
    );
  });
});

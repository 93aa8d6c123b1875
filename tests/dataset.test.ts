import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countGraph, findUncitedFacts } from '../src/data/provenance.ts';
import { Database } from '../src/db/database.ts';
import { loadDataset } from '../src/dataset/load.ts';
import { type Dataset, readDatasetFolder, relationshipKey, validateDataset } from '../src/dataset/validate.ts';
import { paths } from '../src/paths.ts';
import { ask, askNode, type Keyed, keysOf } from './support/api.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let db: Database;
let dataset: Dataset;

beforeAll(async () => {
  db = new Database(inject('neo4j'));
  dataset = validateDataset(await readDatasetFolder(paths.dataset));
  await loadDataset(db, dataset);
});
afterAll(() => db.close());

/** Every node and relationship of the graph proper, as sorted text: equal dumps mean identical graphs. */
async function dumpGraph(): Promise<string[]> {
  const { records } = await db.driver.executeQuery(`
    MATCH (node) WHERE node:Entity OR node:Source
    OPTIONAL MATCH (node)-[relationship]->(other)
    RETURN node.id AS id, labels(node) AS labels, properties(node) AS properties,
           collect([type(relationship), other.id, properties(relationship)]) AS relationships`);
  return records.map((record) => JSON.stringify(record.toObject())).sort();
}

describe('the loaded graph', () => {
  it('holds exactly what the dataset files define, per label and relationship type', async () => {
    const expected: Record<string, number> = { Source: dataset.files.length, CITED_IN: 0 };
    for (const entity of dataset.entities.values()) expected[entity.type] = (expected[entity.type] ?? 0) + 1;
    const relationshipKeys = new Set<string>();
    for (const file of dataset.files) {
      expected.CITED_IN! += file.entities.length;
      for (const relationship of file.relationships) relationshipKeys.add(relationshipKey(relationship));
    }
    for (const key of relationshipKeys) {
      const type = key.split('|')[0]!;
      expected[type] = (expected[type] ?? 0) + 1;
    }
    const counts = await countGraph(db);
    console.log(`Graph counts: ${JSON.stringify(counts)}`);
    expect(counts).toEqual(expected);
  });

  it('cites a source for every node and every relationship', async () => {
    expect(await findUncitedFacts(db)).toEqual({ entities: [], relationships: [] });
  });

  it('is identical after loading the dataset a second time', async () => {
    const before = await dumpGraph();
    const summary = await loadDataset(db, dataset);
    const nothingChanged = (total: number) => ({ created: 0, updated: 0, unchanged: total, withdrawn: 0, deleted: 0 });
    expect(summary.sources).toEqual(nothingChanged(dataset.files.length));
    expect(summary.entities).toEqual(nothingChanged(dataset.entities.size));
    expect(summary.relationships.created + summary.relationships.updated + summary.relationships.withdrawn).toBe(0);
    expect(await dumpGraph()).toEqual(before);
  });
});

// The articles themselves stay outside the repository (their text may not be copied into it); where they
// are at hand, beside it as in CI, each source's paragraph count must match its article's.
const seeds = join(paths.projectRoot, '..', 'shared', 'seeds');

describe.skipIf(!existsSync(seeds))('the sources against the articles in shared/seeds', () => {
  it('each article has the paragraphs its source says, so every cited paragraph exists', async () => {
    for (const { source } of dataset.files.filter((file) => file.source.kind === 'article')) {
      const text = await readFile(join(seeds, source.seedFile!), 'utf8');
      const paragraphs = text.split('\n').filter((line) => line.trim() !== '').length;
      expect({ source: source.id, paragraphs }).toEqual({ source: source.id, paragraphs: source.paragraphs });
    }
  });

  it('keeps the articles’ wording out of its own: notes, descriptions and bases share no 7-word run with them', async () => {
    const words = (text: string) => text.toLowerCase().replaceAll('’', "'").match(/[a-z0-9$%.,']+/g) ?? [];
    const runs = (text: string) => {
      const all = words(text);
      return all.slice(0, Math.max(0, all.length - 6)).map((_word, index) => all.slice(index, index + 7).join(' '));
    };
    const articleRuns = new Set<string>();
    for (const name of await readdir(seeds)) for (const run of runs(await readFile(join(seeds, name), 'utf8'))) articleRuns.add(run);

    const ownWords: string[] = [];
    JSON.stringify(dataset.files, (key, value) => {
      if (['note', 'description', 'basis', 'reason'].includes(key) && typeof value === 'string') ownWords.push(value);
      return value;
    });
    expect(ownWords.length).toBeGreaterThan(100);
    expect(ownWords.flatMap(runs).filter((run) => articleRuns.has(run))).toEqual([]);
  });
});

describe('facts from the articles, read back through the API', () => {
  const FORUM = 'event/friendly-dialogue-cross-border-cooperation-2023';
  const SUMMIT = 'event/central-asia-china-summit-2023';
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** The only entity a name (or alias) refers to, as EntityReference resolves it: the neighbourhood's centre. */
  async function entityNamed(name: string): Promise<string | undefined> {
    const data = await ask<{ neighbourhood: { nodes: Keyed[] } | null }>(
      server,
      'query ($name: String!) { neighbourhood(of: { name: $name }, limit: 1) { nodes { key } } }',
      { name },
    );
    return data.neighbourhood?.nodes[0]?.key;
  }

  /** The Kazakhstan–China turnover figures reported for one year. */
  async function turnoverIn(year: number) {
    type Figure = { value: number; unit: string; citations: { source: Keyed }[] };
    const data = await ask<{ tradeTimelines: { periods: { period: { text: string }; sourcesDisagree: boolean; figures: Figure[] }[] }[] }>(
      server,
      `query ($from: Date!, $to: Date!) {
        tradeTimelines(measure: TURNOVER, between: [{ key: "country/kazakhstan" }, { key: "country/china" }], from: $from, to: $to) {
          periods { period { text } sourcesDisagree figures { value unit citations { source { key } } } }
        }
      }`,
      { from: `${year}-01-01`, to: `${year}-12-31` },
    );
    expect(data.tradeTimelines).toHaveLength(1);
    const periods = data.tradeTimelines[0]!.periods;
    expect(periods.map((period) => period.period.text)).toEqual([String(year)]);
    const [period] = periods;
    return {
      sourcesDisagree: period!.sourcesDisagree,
      figures: period!.figures.map((figure) => ({ ...figure, sources: figure.citations.map((citation) => citation.source.key) })),
    };
  }

  it('who attended the forum in Almaty on 28 March 2023', async () => {
    type Forum = {
      date: { text: string; precision: string; inferred: boolean };
      place: { nodes: Keyed[] };
      participants: { edges: { role: string | null; node: Keyed & { name: string } }[] };
    };
    const forum = await askNode<Forum>(
      server,
      'Event',
      FORUM,
      'date { text precision inferred } place { nodes { key } } participants(first: 100) { edges { role node { key name } } }',
    );
    expect(forum.participants.edges).toEqual(
      expect.arrayContaining([
        { role: 'opened the forum', node: { key: 'person/serik-zhumangarin', name: 'Serik Zhumangarin' } },
        expect.objectContaining({ node: expect.objectContaining({ key: 'organization/xuar-people-s-government' }) }),
        expect.objectContaining({ node: expect.objectContaining({ key: 'organization/akimat-east-kazakhstan-region' }) }),
      ]),
    );
    expect(forum.date).toEqual({ text: '2023-03-28', precision: 'DAY', inferred: true });
    expect(keysOf(forum.place.nodes)).toEqual(['city/almaty']);
  });

  it('the value of the commercial contracts signed there, among 16 documents', async () => {
    const data = await ask<{ agreements: { nodes: unknown[] } }>(
      server,
      `query ($event: String!) {
        agreements(filter: { event: { key: $event } }) { nodes { key kind documentCount value { amount currency } } }
      }`,
      { event: FORUM },
    );
    expect(data.agreements.nodes).toEqual([
      expect.objectContaining({ key: 'agreement/friendly-dialogue-2023-bilateral-documents', documentCount: 16 }),
      {
        key: 'agreement/friendly-dialogue-2023-commercial-contracts',
        kind: 'COMMERCIAL_CONTRACTS',
        documentCount: 5,
        value: { amount: 565_400_000, currency: 'USD' },
      },
    ]);
  });

  it('the commodities covered by the sanitary agreement made at the Central Asia–China summit', async () => {
    const data = await ask<{ agreements: { nodes: { kind: string; commodities: { nodes: Keyed[] } }[] } }>(
      server,
      `query ($event: String!) {
        agreements(filter: { event: { key: $event } }) { nodes { kind commodities(first: 100) { nodes { key } } } }
      }`,
      { event: SUMMIT },
    );
    const [sanitary] = data.agreements.nodes;
    expect(sanitary?.kind).toBe('SANITARY_REQUIREMENTS');
    expect(keysOf(sanitary!.commodities.nodes)).toEqual([
      'commodity/flaxseed-oilcake',
      'commodity/safflower-oilcake',
      'commodity/soybean-oilcake',
      'commodity/sunflower-oilcake',
    ]);
  });

  it('both figures reported for the 2023 bilateral total, each with its source', async () => {
    const { figures } = await turnoverIn(2023);
    expect(figures.map((figure) => [figure.value, figure.unit, figure.sources])).toEqual([
      [31_500_000_000, 'USD', ['source/kazinform-2024-shakkaliyev-ma-xingrui']],
      [31_500_000_000, 'USD', ['source/times-of-central-asia-2024-03-bektenov-zhang-xiao']],
    ]);
  });

  it('the disagreeing figures for the 2022 bilateral total', async () => {
    const { figures, sourcesDisagree } = await turnoverIn(2022);
    expect(figures.map((figure) => figure.value).sort()).toEqual([24_000_000_000, 31_000_000_000]);
    expect(new Set(figures.flatMap((figure) => figure.sources)).size).toBe(2);
    expect(sourcesDisagree).toBe(true);
  });

  it('one person behind two spellings: Ma Xinzhui is Ma Xingrui', async () => {
    expect(await entityNamed('Ma Xinzhui')).toBe('person/ma-xingrui');
    expect(await entityNamed('ma xingrui')).toBe('person/ma-xingrui');
  });

  it('Chuguchak is the Chinese side of the Bakhty crossing', async () => {
    const data = await ask<{ search: { nodes: Keyed[] } }>(server, '{ search(text: "Chuguchak") { nodes { ... on Entity { key } } } }');
    expect(keysOf(data.search.nodes)).toContain('crossing/bakhty-tacheng');
    const crossing = await askNode(server, 'BorderCrossing', 'crossing/bakhty-tacheng', 'aliases kazakhSideName chineseSideName');
    expect(crossing).toMatchObject({ aliases: expect.arrayContaining(['Chuguchak']), kazakhSideName: 'Bakhty', chineseSideName: 'Tacheng' });
  });

  it('Olzhas Bektenov as Prime Minister on 13 March 2024', async () => {
    type Posts = { posts: { edges: { post: string; asOf: { text: string } | null; citations: { source: Keyed }[] }[] } };
    const person = await askNode<Posts>(
      server,
      'Person',
      'person/olzhas-bektenov',
      'posts(first: 100) { edges { post asOf { text } citations { source { key } } } }',
    );
    const posts = person.posts.edges.map(({ post, asOf, citations }) => ({
      post,
      asOf: asOf?.text,
      sources: citations.map((citation) => citation.source.key),
    }));
    expect(posts).toEqual(
      expect.arrayContaining([
        { post: 'Prime Minister', asOf: '2024-03-13', sources: ['source/times-of-central-asia-2024-03-bektenov-zhang-xiao'] },
      ]),
    );
  });

  it('the $40 billion trade target that Tokayev and Xi agreed', async () => {
    const target = await askNode<{ value: number; unit: string; setBy: { nodes: Keyed[] } }>(
      server,
      'Target',
      'target/kz-cn-trade-40-billion',
      'value unit setBy(first: 100) { nodes { key } }',
    );
    expect(target).toMatchObject({ value: 40_000_000_000, unit: 'USD' });
    expect(keysOf(target.setBy.nodes)).toEqual(['person/kassym-jomart-tokayev', 'person/xi-jinping']);
  });

  it('the summit’s dates, inferred and saying why', async () => {
    const summit = await askNode<{ date: Record<string, unknown> }>(server, 'Event', SUMMIT, 'date { text precision inferred start end basis }');
    expect(summit.date).toEqual({
      text: '2023-05-18/2023-05-19',
      precision: 'DAY',
      inferred: true,
      start: '2023-05-18',
      end: '2023-05-19',
      basis: expect.any(String),
    });
  });

  it('Khorgos ICBC reopened in April 2023; the trade mission in Urumqi is proposed', async () => {
    expect(await askNode(server, 'LogisticsHub', 'hub/khorgos-icbc', 'status statusDate { text }')).toEqual({
      status: 'REOPENED',
      statusDate: { text: '2023-04' },
    });
    expect(await askNode(server, 'LogisticsHub', 'hub/kz-trade-mission-urumqi', 'kind status')).toEqual({ kind: 'TRADE_MISSION', status: 'PROPOSED' });
  });

  it('what Kazakhstan exports to China, with the HS code', async () => {
    type Exported = Keyed & { hsCodes: string[]; citations: { source: Keyed & { title: string }; sections: string[] }[] };
    const country = await askNode<{ exports: { edges: { status: string; partner: Keyed | null; node: Exported }[] } }>(
      server,
      'Country',
      'country/kazakhstan',
      'exports(first: 100) { edges { status partner { key } node { key hsCodes citations { source { key title } sections } } } }',
    );
    const copperCathodes = country.exports.edges.find((edge) => edge.node.key === 'commodity/copper-cathodes');
    expect(copperCathodes).toMatchObject({ partner: { key: 'country/china' }, status: 'TRADED' });
    expect(copperCathodes?.node.hsCodes).toEqual(['7403.11']);
    // The code's edition is that of the HS reference the code is cited from.
    expect(copperCathodes?.node.citations).toEqual(
      expect.arrayContaining([
        {
          source: { key: 'source/ref-wco-hs-2022', title: expect.stringContaining('2022 edition') },
          sections: ['subheading 7403.11'],
        },
      ]),
    );
  });
});

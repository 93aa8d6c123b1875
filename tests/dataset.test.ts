import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getAgreementsSignedAt, getCommoditiesCovered } from '../src/data/agreement.ts';
import { findEntitiesNamed, getEntity, getRelated } from '../src/data/entity.ts';
import { getParticipants } from '../src/data/event.ts';
import { getPostsHeld } from '../src/data/person.ts';
import { countGraph, findUncitedFacts } from '../src/data/provenance.ts';
import { getFiguresInYear } from '../src/data/trade-figure.ts';
import { Database } from '../src/db/database.ts';
import { loadDataset } from '../src/dataset/load.ts';
import { type Dataset, readDatasetFolder, relationshipKey, validateDataset } from '../src/dataset/validate.ts';
import { paths } from '../src/paths.ts';

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
    const summaries = await loadDataset(db, dataset);
    expect(summaries.map((summary) => summary.nodesCreated + summary.relationshipsCreated)).toEqual(dataset.files.map(() => 0));
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

describe('facts from the articles, read back through the data layer', () => {
  it('who attended the forum in Almaty on 28 March 2023', async () => {
    const participants = await getParticipants(db, 'event/friendly-dialogue-cross-border-cooperation-2023');
    expect(participants).toEqual(
      expect.arrayContaining([
        { id: 'person/serik-zhumangarin', name: 'Serik Zhumangarin', role: 'opened the forum' },
        expect.objectContaining({ id: 'organization/xuar-people-s-government' }),
        expect.objectContaining({ id: 'organization/akimat-east-kazakhstan-region' }),
      ]),
    );
    const forum = await getEntity(db, 'event/friendly-dialogue-cross-border-cooperation-2023');
    expect(forum?.properties).toMatchObject({ date: '2023-03-28', datePrecision: 'day', dateInferred: true });
    expect(await getRelated(db, 'event/friendly-dialogue-cross-border-cooperation-2023', 'HELD_IN', 'out')).toEqual([
      expect.objectContaining({ id: 'city/almaty' }),
    ]);
  });

  it('the value of the commercial contracts signed there, among 16 documents', async () => {
    const agreements = await getAgreementsSignedAt(db, 'event/friendly-dialogue-cross-border-cooperation-2023');
    expect(agreements).toEqual([
      expect.objectContaining({ id: 'agreement/friendly-dialogue-2023-bilateral-documents', documentCount: 16 }),
      expect.objectContaining({
        id: 'agreement/friendly-dialogue-2023-commercial-contracts',
        kind: 'commercial-contracts',
        documentCount: 5,
        valueAmount: 565_400_000,
        valueCurrency: 'USD',
      }),
    ]);
  });

  it('the commodities covered by the sanitary agreement made at the Central Asia–China summit', async () => {
    const [sanitary] = await getAgreementsSignedAt(db, 'event/central-asia-china-summit-2023');
    expect(sanitary?.kind).toBe('sanitary-requirements');
    const covered = await getCommoditiesCovered(db, sanitary!.id);
    expect(covered.map((commodity) => commodity.id)).toEqual([
      'commodity/flaxseed-oilcake',
      'commodity/safflower-oilcake',
      'commodity/soybean-oilcake',
      'commodity/sunflower-oilcake',
    ]);
  });

  it('both figures reported for the 2023 bilateral total, each with its source', async () => {
    const figures = await getFiguresInYear(db, { measure: 'turnover', country: 'country/kazakhstan', partner: 'country/china', year: 2023 });
    expect(figures.map((figure) => [figure.value, figure.unit, figure.sources])).toEqual([
      [31_500_000_000, 'USD', ['source/kazinform-2024-shakkaliyev-ma-xingrui']],
      [31_500_000_000, 'USD', ['source/times-of-central-asia-2024-03-bektenov-zhang-xiao']],
    ]);
  });

  it('the disagreeing figures for the 2022 bilateral total', async () => {
    const figures = await getFiguresInYear(db, { measure: 'turnover', country: 'country/kazakhstan', partner: 'country/china', year: 2022 });
    expect(figures.map((figure) => figure.value).sort()).toEqual([24_000_000_000, 31_000_000_000]);
    expect(new Set(figures.flatMap((figure) => figure.sources)).size).toBe(2);
  });

  it('one person behind two spellings: Ma Xinzhui is Ma Xingrui', async () => {
    expect((await findEntitiesNamed(db, 'Ma Xinzhui')).map((entity) => entity.id)).toEqual(['person/ma-xingrui']);
    expect((await findEntitiesNamed(db, 'ma xingrui')).map((entity) => entity.id)).toEqual(['person/ma-xingrui']);
  });

  it('Chuguchak is the Chinese side of the Bakhty crossing', async () => {
    const named = (await findEntitiesNamed(db, 'Chuguchak')).map((entity) => entity.id);
    expect(named).toContain('crossing/bakhty-tacheng');
    const crossing = await getEntity(db, 'crossing/bakhty-tacheng');
    expect(crossing?.properties).toMatchObject({ kazakhSideName: 'Bakhty', chineseSideName: 'Tacheng' });
  });

  it('Olzhas Bektenov as Prime Minister on 13 March 2024', async () => {
    const posts = await getPostsHeld(db, 'person/olzhas-bektenov');
    expect(posts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ post: 'Prime Minister', asOf: '2024-03-13', sources: ['source/times-of-central-asia-2024-03-bektenov-zhang-xiao'] }),
      ]),
    );
  });

  it('the $40 billion trade target that Tokayev and Xi agreed', async () => {
    const target = await getEntity(db, 'target/kz-cn-trade-40-billion');
    expect(target?.properties).toMatchObject({ value: 40_000_000_000, unit: 'USD' });
    const setters = (await getRelated(db, 'target/kz-cn-trade-40-billion', 'SET', 'in')).map((setter) => setter.id);
    expect(setters).toEqual(['person/kassym-jomart-tokayev', 'person/xi-jinping']);
  });

  it('the summit’s dates, inferred and saying why', async () => {
    const summit = await getEntity(db, 'event/central-asia-china-summit-2023');
    expect(summit?.properties).toMatchObject({
      date: '2023-05-18/2023-05-19',
      datePrecision: 'day',
      dateInferred: true,
      dateFrom: '2023-05-18',
      dateTo: '2023-05-19',
    });
    expect(summit?.properties.dateBasis).toEqual(expect.any(String));
  });

  it('Khorgos ICBC reopened in April 2023; the trade mission in Urumqi is proposed', async () => {
    expect((await getEntity(db, 'hub/khorgos-icbc'))?.properties).toMatchObject({ status: 'reopened', statusDate: '2023-04' });
    expect((await getEntity(db, 'hub/kz-trade-mission-urumqi'))?.properties).toMatchObject({ kind: 'trade-mission', status: 'proposed' });
  });

  it('what Kazakhstan exports to China, with the HS code', async () => {
    const exports = await getRelated(db, 'country/kazakhstan', 'EXPORTS', 'out');
    const copperCathodes = exports.find((exported) => exported.id === 'commodity/copper-cathodes');
    expect(copperCathodes?.properties).toMatchObject({ partner: 'country/china', status: 'traded' });
    expect((await getEntity(db, 'commodity/copper-cathodes'))?.properties).toMatchObject({ hsCodes: ['7403.11'], hsEdition: 'HS2022' });
  });
});

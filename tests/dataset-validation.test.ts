import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../src/db/database.ts';
import { loadDatasetFolder } from '../src/dataset/load.ts';
import { DatasetInvalidError, formatProblem, validateDataset } from '../src/dataset/validate.ts';

// A small valid file, and broken variants of it. Ids carry "fixture" so they never meet the real dataset.
const validFile = `
source: { id: source/fixture-valid, kind: article, title: A fixture, publisher: Tests, seedFile: 000_0000000000000000.txt, paragraphs: 3 }
entities:
  - { id: country/fixture-land, type: Country, name: Fixture Land, iso2: FL, cites: [1] }
  - { id: person/fixture-person, type: Person, name: Fixture Person, aliases: [F. Person], cites: [2] }
  - { id: event/fixture-forum, type: Event, title: Fixture forum, kind: forum, date: { date: 2023-03-28 }, aliases: [Forum of fixtures], cites: [2, 3] }
relationships:
  - { type: ATTENDED, from: person/fixture-person, to: event/fixture-forum, role: speaker, cites: [2] }
  - { type: HELD_IN, from: event/fixture-forum, to: country/fixture-land, cites: [3] }
`;

function problemsOf(files: Record<string, string>): string[] {
  try {
    validateDataset(Object.entries(files).map(([name, text]) => ({ name, text })));
    return [];
  } catch (error) {
    if (!(error instanceof DatasetInvalidError)) throw error;
    return error.problems.map(formatProblem);
  }
}

describe('validating dataset files', () => {
  it('accepts a valid file', () => {
    expect(problemsOf({ 'valid.yaml': validFile })).toEqual([]);
  });

  it('names the file, entry and field of every problem, all at once', () => {
    const broken = validFile
      .replace('date: 2023-03-28', 'date: 2023-02-30') // a date that does not parse
      .replace('to: country/fixture-land, cites: [3]', 'to: city/fixture-nowhere, cites: [3]') // unknown reference
      .replace('type: Person, name: Fixture Person', 'type: Persona, name: Fixture Person') // wrong type
      .replace('cites: [1] }', 'cites: [1] }\n  - { id: country/fixture-land, type: Country, name: Fixture Land, iso2: FL, cites: [2] }'); // duplicate id
    expect(problemsOf({ 'broken.yaml': broken })).toEqual([
      "broken.yaml: entities[2] (person/fixture-person), type: Invalid discriminator value. Expected 'Person' | 'Organization' | 'Country' | 'Region' | 'City' | 'Event' | 'Agreement' | 'BorderCrossing' | 'LogisticsHub' | 'Commodity' | 'TradeFigure' | 'Target' | 'Route'",
      'broken.yaml: entities[3] (event/fixture-forum), date.date: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
      'broken.yaml: entities (country/fixture-land), id: appears twice in this file',
      "broken.yaml: relationships[1] (HELD_IN event/fixture-forum → city/fixture-nowhere), to: city/fixture-nowhere is not among this file's entities",
    ]);
  });

  it('refuses a file without its source, and an uncited fact', () => {
    const withoutSource = validFile.replace(/^source:.*$/m, '');
    expect(problemsOf({ 'no-source.yaml': withoutSource })).toEqual(['no-source.yaml: source: Invalid input: expected object, received undefined']);
    const uncited = validFile.replace('role: speaker, cites: [2]', 'role: speaker, cites: []');
    expect(problemsOf({ 'uncited.yaml': uncited })).toEqual([
      'uncited.yaml: relationships[0] (ATTENDED), cites: cite at least one paragraph',
    ]);
  });

  it('refuses citations of paragraphs the article does not have', () => {
    expect(problemsOf({ 'far.yaml': validFile.replace('cites: [2, 3]', 'cites: [2, 7]') })).toEqual([
      'far.yaml: entities (event/fixture-forum), cites: paragraph 7 does not exist: the article has 3',
    ]);
  });

  it('refuses a relationship between types it does not join', () => {
    const wrongEnds = validFile.replace('type: HELD_IN, from: event/fixture-forum, to: country/fixture-land', 'type: HELD_IN, from: person/fixture-person, to: country/fixture-land');
    expect(problemsOf({ 'ends.yaml': wrongEnds })).toEqual([
      'ends.yaml: relationships[1] (HELD_IN person/fixture-person → country/fixture-land), from: HELD_IN goes from Event, not Person',
    ]);
  });

  it('refuses a mention of an entity no file defines, and one entity defined two ways', () => {
    const second = `
source: { id: source/fixture-second, kind: article, title: Another, publisher: Tests, seedFile: 001_0000000000000000.txt, paragraphs: 2 }
entities:
  - { id: person/fixture-person, cites: [1], aliases: [Fixture P.] }
  - { id: person/fixture-ghost, cites: [2] }
  - { id: country/fixture-land, type: Country, name: Fixtureland, iso2: FL, cites: [1] }
`;
    expect(problemsOf({ 'a.yaml': validFile, 'b.yaml': second })).toEqual([
      'b.yaml: entities (country/fixture-land): defined differently in a.yaml; define it in one file and mention it in the others',
      'b.yaml: entities (person/fixture-ghost), id: is mentioned but defined in no file',
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(problemsOf({ 'syntax.yaml': 'source: { id: [unclosed\n' })[0]).toMatch(/^syntax\.yaml: line \d+: YAML: /);
  });

  it('reports a __proto__ key wherever it stands, rather than dropping it', () => {
    const withPrototypeKeys = validFile
      .replace('source: {', '__proto__: { polluted: true }\nsource: { __proto__: 1,')
      .replace('iso2: FL,', 'iso2: FL, __proto__: { name: Other },')
      .replace('date: { date: 2023-03-28 }', 'date: { date: 2023-03-28, __proto__: {} }')
      .replace('role: speaker,', 'role: speaker, __proto__: x,');
    const notAllowed = 'the key "__proto__" is not allowed: rename or remove it';
    expect(problemsOf({ 'proto.yaml': withPrototypeKeys })).toEqual([
      `proto.yaml: file, __proto__: ${notAllowed}`,
      `proto.yaml: source, __proto__: ${notAllowed}`,
      `proto.yaml: entities[0] (country/fixture-land), __proto__: ${notAllowed}`,
      `proto.yaml: entities[2] (event/fixture-forum), date.__proto__: ${notAllowed}`,
      `proto.yaml: relationships[0] (ATTENDED), __proto__: ${notAllowed}`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('loading a dataset with a broken file', () => {
  let db: Database;
  let folder: string;
  beforeAll(async () => {
    db = new Database(inject('neo4j'));
    folder = await mkdtemp(join(tmpdir(), 'dataset-'));
  });
  afterAll(async () => {
    await db.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('writes nothing, not even the valid files, and reports every problem', async () => {
    await writeFile(join(folder, 'a-valid.yaml'), validFile);
    await writeFile(join(folder, 'b-broken.yaml'), validFile.replace('source/fixture-valid', 'source/fixture-broken').replace('2023-03-28', '28 March'));
    const countFixtures = async () =>
      (await db.driver.executeQuery("MATCH (n) WHERE n.id CONTAINS 'fixture' RETURN count(n) AS n")).records[0]!.get('n').toNumber();

    const before = await countFixtures();
    const failure = await loadDatasetFolder(db, folder).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatasetInvalidError);
    expect((failure as DatasetInvalidError).message).toContain(
      'b-broken.yaml: entities[2] (event/fixture-forum), date.date: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(await countFixtures()).toBe(before);
  });
});

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../src/data/provenance.ts';
import type { ImportCounts } from '../src/dataset/import-plan.ts';
import type { LocalNeo4j } from '../src/neo4j/local/local-neo4j.ts';
import type { Neo4jTarget } from '../src/neo4j/obtain.ts';
import { paths } from '../src/paths.ts';
import { askNode, expectBadUserInput, globalId, keysOf, type Keyed } from './support/api.ts';
import { tokens } from './support/api-keys.ts';
import { noOwnNeo4j, startOwnNeo4j } from './support/own-neo4j.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

/*
 * Importing dataset files, through the `importDataset` mutation and `npm run import`, on a seeded Neo4j of
 * this file's own (imports write). The fixture is an invented article (tests/fixtures/import-trade-office.yaml)
 * that mentions China and Tokayev, whom the real dataset defines, and defines three entities of its own. The
 * tests run in order: each import builds on the one before.
 */

const FIXTURE_SOURCE = 'source/fixture-import-trade-office';
const EVENT = 'event/fixture-trade-office-opening-2025';
const OFFICE = 'organization/fixture-trade-office';
const TOKAYEV = 'person/kassym-jomart-tokayev';

const COUNTS = 'created updated unchanged withdrawn deleted';
const IMPORT = `mutation ($input: ImportDatasetInput!) {
  importDataset(input: $input) {
    summary {
      dryRun sources { ${COUNTS} } entities { ${COUNTS} } relationships { ${COUNTS} }
      files { name source entities { ${COUNTS} } relationships { ${COUNTS} } }
    }
    problems { file entry field message }
  }
}`;

interface Summary {
  dryRun: boolean;
  sources: ImportCounts;
  entities: ImportCounts;
  relationships: ImportCounts;
  files: { name: string; source: string; entities: ImportCounts; relationships: ImportCounts }[];
}
interface Payload {
  summary: Summary | null;
  problems: { file: string; entry: string; field: string; message: string }[];
}

function counts(created: number, updated: number, unchanged: number, withdrawn = 0, deleted = 0): ImportCounts {
  return { created, updated, unchanged, withdrawn, deleted };
}

let neo4j: LocalNeo4j | undefined;
let target: Neo4jTarget;
let server: TestServer;
let fixture: string;

beforeAll(async () => {
  if (noOwnNeo4j) return;
  ({ neo4j, target } = await startOwnNeo4j({ seeded: true }));
  server = await startTestServer(target);
  fixture = await readFile(join(paths.projectRoot, 'tests/fixtures/import-trade-office.yaml'), 'utf8');
});
afterAll(async () => {
  await server?.close();
  await neo4j?.stop();
});

/** Imports the files (name → YAML text) as an editor; the request itself must succeed. */
async function importFiles(files: Record<string, string>, { dryRun = false, on = server } = {}): Promise<Payload> {
  const input = { files: Object.entries(files).map(([name, content]) => ({ name, content })), dryRun };
  const response = await on.graphql<{ importDataset: Payload }>(IMPORT, { input }, { token: tokens.editor });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.importDataset;
}

type Cited = { citations: { source: Keyed; paragraphs: number[] }[] };
const CITED = 'citations { source { key } paragraphs }';

/** The fixture's citations of an entity: which paragraphs of the fixture article it is cited for. */
function fixtureParagraphs(entity: Cited): number[] | undefined {
  return entity.citations.find((citation) => citation.source.key === FIXTURE_SOURCE)?.paragraphs;
}

describe.skipIf(noOwnNeo4j)('importing a new file through the mutation', () => {
  it('on a dry run, counts what it would do and writes nothing', async () => {
    const before = await countGraph(server.db);
    const { summary, problems } = await importFiles({ 'import-trade-office.yaml': fixture }, { dryRun: true });
    expect(problems).toEqual([]);
    expect(summary).toMatchObject({ dryRun: true, sources: counts(1, 0, 0), entities: counts(3, 2, 0), relationships: counts(5, 0, 0) });
    expect(await countGraph(server.db)).toEqual(before);
  });

  it('writes the entities it defines, and cites its source for those it only mentions', async () => {
    const before = await countGraph(server.db);
    const { summary, problems } = await importFiles({ 'import-trade-office.yaml': fixture });
    expect(problems).toEqual([]);
    // China and Tokayev are updated (a new citation), not created: the real dataset defines them.
    expect(summary).toEqual({
      dryRun: false,
      sources: counts(1, 0, 0),
      entities: counts(3, 2, 0),
      relationships: counts(5, 0, 0),
      files: [{ name: 'import-trade-office.yaml', source: FIXTURE_SOURCE, entities: counts(3, 2, 0), relationships: counts(5, 0, 0) }],
    });
    const added = { Source: 1, City: 1, Event: 1, Organization: 1, CITED_IN: 5, LOCATED_IN: 1, HELD_IN: 1, ATTENDED: 1, BASED_IN: 1, CONCERNS: 1 };
    const expected = { ...before };
    for (const [kind, count] of Object.entries(added)) expected[kind] = (expected[kind] ?? 0) + count;
    expect(await countGraph(server.db)).toEqual(expected);
  });

  it('is read back through the API: the new event, where it was held, who attended, with citations', async () => {
    type Event = Cited & {
      title: string;
      revision: number;
      date: { text: string; inferred: boolean };
      place: { nodes: Keyed[] };
      participants: { edges: ({ role: string | null; node: Keyed } & Cited)[] };
      concerns: { nodes: Keyed[] };
    };
    const event = await askNode<Event>(
      server,
      'Event',
      EVENT,
      `title revision date { text inferred } place { nodes { key } } ${CITED}
       participants { edges { role node { key } ${CITED} } } concerns { nodes { key } }`,
    );
    expect(event).toMatchObject({ title: 'Opening of the fixture trade office', revision: 1, date: { text: '2025-02-09', inferred: true } });
    expect(event.citations).toEqual([{ source: { key: FIXTURE_SOURCE }, paragraphs: [1, 2] }]);
    expect(keysOf(event.place.nodes)).toEqual(['city/fixture-city']);
    expect(event.participants.edges).toEqual([
      { role: 'guest of honour', node: { key: TOKAYEV }, citations: [{ source: { key: FIXTURE_SOURCE }, paragraphs: [2] }] },
    ]);
    expect(keysOf(event.concerns.nodes)).toEqual([OFFICE]);
  });

  it('leaves what other files define of a mentioned entity, adding the citation and the aliases it gives', async () => {
    type Named = Cited & { name: string; aliases: string[]; revision: number };
    const china = await askNode<Named>(server, 'Country', 'country/china', `name aliases revision ${CITED}`);
    expect(china.name).toBe('China');
    expect(china.aliases).toEqual(expect.arrayContaining(["People's Republic of China", 'Fixture Cathay']));
    expect(fixtureParagraphs(china)).toEqual([1, 3]);
    expect(china.citations.length).toBeGreaterThan(2);
    expect(china.revision).toBe(2);
    const tokayev = await askNode<Named>(server, 'Person', TOKAYEV, `name aliases revision ${CITED}`);
    expect(tokayev).toMatchObject({ name: 'Kassym-Jomart Tokayev', aliases: ['Tokayev'], revision: 2 });
    expect(fixtureParagraphs(tokayev)).toEqual([2]);
  });

  it('imported again, finds everything unchanged and writes nothing', async () => {
    const sent: string[] = [];
    const watched = await startTestServer(target, { onStatement: (statement) => sent.push(statement.name) });
    try {
      const { summary } = await importFiles({ 'import-trade-office.yaml': fixture }, { on: watched });
      expect(summary).toMatchObject({ sources: counts(0, 0, 1), entities: counts(0, 0, 5), relationships: counts(0, 0, 5) });
    } finally {
      await watched.close();
    }
    // Only reads: the types of the entities it mentions, then what the graph holds of what it touches.
    expect(sent).toEqual(['dataset/entity-types-by-id', 'dataset/sources-by-id', 'dataset/entities-to-import', 'dataset/relationships-to-import']);
    const event = await askNode<{ revision: number }>(server, 'Event', EVENT, 'revision');
    const china = await askNode<{ revision: number }>(server, 'Country', 'country/china', 'revision');
    expect([event.revision, china.revision]).toEqual([1, 2]);
  });

  it('edited, updates the changed entity and withdraws the relationship it no longer states', async () => {
    const edited = fixture
      .replace('name: Fixture Trade Office', 'name: Fixture Trade and Logistics Office')
      .replace(/^ {2}- \{ type: CONCERNS.*\n/m, '');
    const { summary } = await importFiles({ 'import-trade-office.yaml': edited });
    expect(summary).toMatchObject({ sources: counts(0, 0, 1), entities: counts(0, 1, 4), relationships: counts(0, 0, 4, 1, 1) });
    const office = await askNode<{ name: string; revision: number; concernedBy: { totalCount: number } }>(
      server,
      'Organization',
      OFFICE,
      'name revision concernedBy { totalCount }',
    );
    expect(office).toEqual({ name: 'Fixture Trade and Logistics Office', revision: 2, concernedBy: { totalCount: 0 } });
    const event = await askNode<{ concerns: { totalCount: number } }>(server, 'Event', EVENT, 'concerns { totalCount }');
    expect(event.concerns.totalCount).toBe(0);
  });

  it('no longer listing an entity only it cites, deletes it; an alias it no longer gives goes too', async () => {
    const shrunk = fixture
      .replace(/^ {2}- id: organization\/fixture-trade-office\n(?: {4}.*\n)+/m, '')
      .replace(/^ {2}- \{ type: (?:BASED_IN|CONCERNS).*\n/gm, '')
      .replace(/^ {4}aliases: \[Fixture Cathay\]\n/m, '');
    const { summary } = await importFiles({ 'import-trade-office.yaml': shrunk });
    expect(summary).toMatchObject({ entities: counts(0, 1, 3, 1, 1), relationships: counts(0, 0, 3, 1, 1) });
    const office = await server.graphql<{ node: unknown }>('query ($id: ID!) { node(id: $id) { id } }', { id: globalId('Organization', OFFICE) });
    expect(office).toEqual({ data: { node: null } });
    const china = await askNode<{ aliases: string[]; revision: number }>(server, 'Country', 'country/china', 'aliases revision');
    expect(china.aliases).toContain("People's Republic of China");
    expect(china.aliases).not.toContain('Fixture Cathay');
    expect(china.revision).toBe(3);
  });

  it('re-importing a real file alone changes nothing, and keeps the aliases other files give its entities', async () => {
    const name = '000-central-asia-china-summit.yaml';
    const text = await readFile(join(paths.dataset, name), 'utf8');
    const { summary } = await importFiles({ [name]: text });
    expect(summary).toMatchObject({ sources: counts(0, 0, 1), entities: counts(0, 0, 32), relationships: counts(0, 0, 76) });
    const china = await askNode<{ aliases: string[] }>(server, 'Country', 'country/china', 'aliases');
    expect(china.aliases).toContain("People's Republic of China");
  });
});

describe.skipIf(noOwnNeo4j)('an invalid import writes nothing', () => {
  const broken = (text: string) =>
    text
      .replaceAll('fixture-', 'fixture-broken-')
      .replace('date: 2025-02-09,', 'date: 2025-02-30,')
      .replace('  - id: person/kassym-jomart-tokayev\n', '  - id: person/fixture-broken-nobody\n    cites: [2]\n  - id: city/almaty\n    cites: [1]\n  - id: person/kassym-jomart-tokayev\n')
      .replace('relationships:\n', 'relationships:\n  - { type: NATIONAL_OF, from: person/kassym-jomart-tokayev, to: city/almaty, cites: [2] }\n');

  it('lists every problem with its file, entry and field', async () => {
    const before = await countGraph(server.db);
    const { summary, problems } = await importFiles({ 'broken.yaml': broken(fixture) });
    expect(summary).toBeNull();
    expect(problems).toEqual([
      { file: 'broken.yaml', entry: 'entities[5] (event/fixture-broken-trade-office-opening-2025)', field: 'date.date', message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD' },
      { file: 'broken.yaml', entry: 'entities (person/fixture-broken-nobody)', field: 'id', message: 'is mentioned but defined in no file and not in the graph' },
      // city/almaty is no file's, but the graph's: its type is read from there.
      {
        file: 'broken.yaml',
        entry: 'relationships[0] (NATIONAL_OF person/kassym-jomart-tokayev → city/almaty)',
        field: 'to',
        message: 'NATIONAL_OF goes to Country, not City',
      },
    ]);
    expect(await countGraph(server.db)).toEqual(before);
  });

  it('writes nothing of a valid file when the second file is invalid', async () => {
    const before = await countGraph(server.db);
    const valid = fixture.replaceAll('fixture-', 'fixture-first-');
    const { summary, problems } = await importFiles({ 'first.yaml': valid, 'second.yaml': broken(fixture) });
    expect(summary).toBeNull();
    expect(new Set(problems.map((problem) => problem.file))).toEqual(new Set(['second.yaml']));
    expect(problems).toHaveLength(3);
    expect(await countGraph(server.db)).toEqual(before);
  });
});

describe.skipIf(noOwnNeo4j)('who may import, and how much', () => {
  const input = () => ({ files: [{ name: 'import-trade-office.yaml', content: fixture }] });

  it('needs an editor’s API key', async () => {
    const anonymous = await server.graphql(IMPORT, { input: input() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await server.graphql(IMPORT, { input: input() }, { token: tokens.reader });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(anonymous.data?.importDataset ?? null).toBeNull();
  });

  it('refuses more than 20 files, or more than 2 MB of text, before reading any', async () => {
    const files = Array.from({ length: 21 }, (_file, index) => ({ name: `${index}.yaml`, content: fixture }));
    expectBadUserInput(await server.graphql(IMPORT, { input: { files } }, { token: tokens.editor }), 'input.files');
    const huge = [{ name: 'huge.yaml', content: `${fixture}#${'x'.repeat(2 * 1024 * 1024)}\n` }];
    expectBadUserInput(await server.graphql(IMPORT, { input: { files: huge } }, { token: tokens.editor }), 'input.files');
    expectBadUserInput(await server.graphql(IMPORT, { input: { files: [] } }, { token: tokens.editor }), 'input.files');
  });
});

describe.skipIf(noOwnNeo4j)('npm run import', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'import-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  /** `npm run import -- ...args` against this file's Neo4j; never throws, whatever the exit code. */
  async function runImport(...args: string[]) {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NEO4J_')));
    const outcome = await promisify(execFile)('npm', ['run', '--silent', 'import', '--', ...args], {
      cwd: paths.projectRoot,
      // The throwaway Neo4j has authentication off; the configuration still wants a password with a URI.
      env: { ...env, NEO4J_URI: target.uri, NEO4J_PASSWORD: 'unused' },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
    return outcome;
  }

  it('imports a valid file and prints the summary; --dry-run writes nothing', async () => {
    const file = join(folder, 'script.yaml');
    await writeFile(file, fixture.replaceAll('fixture-', 'fixture-script-'));
    const before = await countGraph(server.db);

    const dry = await runImport('--dry-run', file);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(await countGraph(server.db)).toEqual(before);

    const run = await runImport(file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Imported 1 file(s) in one transaction:');
    expect(run.stdout).toContain('sources:       1 created, 0 updated, 0 unchanged, 0 withdrawn (0 deleted)');
    expect(run.stdout).toContain('entities:      3 created, 2 updated, 0 unchanged, 0 withdrawn (0 deleted)');
    expect(run.stdout).toContain('relationships: 5 created, 0 updated, 0 unchanged, 0 withdrawn (0 deleted)');
    const city = await askNode<{ name: string }>(server, 'City', 'city/fixture-script-city', 'name');
    expect(city.name).toBe('Fixture City');
  });

  it('prints every problem of an invalid file and exits 1, writing nothing', async () => {
    const file = join(folder, 'invalid.yaml');
    await writeFile(file, fixture.replaceAll('fixture-', 'fixture-invalid-').replace('kind: ceremony', 'kind: party'));
    const before = await countGraph(server.db);
    const run = await runImport(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('invalid.yaml: entities[3] (event/fixture-invalid-trade-office-opening-2025), kind: Invalid option');
    expect(run.stderr).toContain('1 problem(s): nothing was written.');
    expect(await countGraph(server.db)).toEqual(before);
  });
});

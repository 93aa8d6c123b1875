import type { GraphQLInputType } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_TEXT_LIMIT } from '../src/data/graph.ts';
import { DEFAULT_LIMITS } from '../src/limits.ts';
import type { LocalNeo4j } from '../src/neo4j/local/local-neo4j.ts';
import { schema } from '../src/schema/index.ts';
import { IMPORT_LIMITS } from '../src/schema/dataset-import.ts';
import { LIST_OF } from './support/api.ts';
import { tokens } from './support/api-keys.ts';
import {
  ALL_AT_ONCE,
  DATASET_FILE,
  difference,
  entityTypeOf,
  type Fingerprint,
  GraphInspector,
  type Injection,
  injectionPlan,
  INJECTIONS,
  MEETING,
  mutationDocument,
  queryThrough,
  type RawAnswer,
  sendRaw,
  SEEDED_ENTITIES,
  type StringRoute,
  stringRoutes,
  validInput,
  withText,
} from './support/hostile.ts';
import { noOwnNeo4j, startOwnNeo4j } from './support/own-neo4j.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

/*
 * Hostile input, over real HTTP, against a seeded Neo4j of this file's own: queries nested, aliased and
 * spread past the limits, huge strings and lists, wrong types, injection attempts in every string the
 * schema takes, malformed bodies, and missing or wrong tokens. Each case asserts the error it must get.
 *
 * Nothing was written: a fingerprint of the whole graph (every node and relationship with all its
 * properties) is taken before the first case and compared after EVERY case, so a case that wrote names
 * itself. A fingerprint takes some 50 ms; per case is affordable, and a per-group check would leave a
 * stray write to be searched for among dozens of requests. Injection cases that must write (an editor's
 * hostile text, stored as plain data) find the text, exactly as sent, among the elements added since the
 * suite began, then delete every element added since; the fingerprint after them then proves that no
 * element that was there before was changed or removed: the write added its own entity and nothing else.
 *
 * Requests ask for `application/graphql-response+json`, so a request refused before it runs gets 400
 * (a plain `application/json` client gets 200 for those, by the GraphQL-over-HTTP spec).
 */

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** Input fields that take any text, and so must store a hostile one as it is. */
const FREE_TEXT =
  /^(?:(?:Create|Update)\w+Input\.(?:name|title|description|note|aliases|sectors|chineseSideName|kazakhSideName)|ProvenanceInput\.(?:quote|sections)|PartialDateInput\.basis|NewSourceInput\.(?:title|publisher|note)|LinkEntitiesInput\.(?:note|post|role))$/;
/** The input fields through which an injection case stored some hostile text. */
const storedThrough = new Set<string>();

let neo4j: LocalNeo4j | undefined;
let server: TestServer;
let inspector: GraphInspector;
let original: Fingerprint;
let countsBefore: Record<string, number>;

const COUNTS_QUERY = `{ ${[...Object.values(LIST_OF), 'sources'].map((list) => `${list} { totalCount }`).join(' ')} }`;

async function listCounts(): Promise<Record<string, number>> {
  const answer = await ask({ query: COUNTS_QUERY });
  expect(answer.json?.errors).toBeUndefined();
  const data = answer.json?.data as Record<string, { totalCount: number }>;
  return Object.fromEntries(Object.entries(data).map(([list, connection]) => [list, connection.totalCount]));
}

describe.skipIf(noOwnNeo4j)('hostile input', () => {
  beforeAll(async () => {
    const own = await startOwnNeo4j({ seeded: true });
    neo4j = own.neo4j;
    server = await startTestServer(own.target);
    inspector = new GraphInspector(own.target);
    original = await inspector.fingerprint();
    countsBefore = await listCounts();
  });

  afterAll(async () => {
    await inspector?.close();
    await server?.close();
    await neo4j?.stop();
  });

  afterEach(async () => {
    const changes = difference(original, await inspector.fingerprint());
    if (changes.added.length === 0 && changes.removed.length === 0) return;
    // What a failed case added is taken away, so the cases after it start from the original graph again.
    await inspector.restore(original);
    const lines = [...changes.removed.map((line) => `- ${line}`), ...changes.added.map((line) => `+ ${line}`)];
    expect.fail(`the graph changed:\n${lines.join('\n').slice(0, 5_000)}`);
  });

  describe('deep nesting', () => {
    const hop = 'nationality(first: 1) { nodes { nationals(first: 1) { nodes { ';
    const through = (hops: number, opening: string, closing: string, inner = 'name') => `${opening.repeat(hops)}${inner}${closing.repeat(hops)}`;
    const fragmentChain = Array.from(
      { length: 8 },
      (_, level) => `fragment F${level} on Person { nationality(first: 1) { nodes { nationals(first: 1) { nodes { ...F${level + 1} } } } } }`,
    ).join(' ');

    each(it, [
      { name: 'relationship fields, 35 levels', query: `{ people(first: 1) { nodes { ${through(8, hop, ' } } } }')} } } }` },
      { name: 'a chain of named fragments, 35 levels', query: `{ people(first: 1) { nodes { ...F0 } } } ${fragmentChain} fragment F8 on Person { name }` },
      {
        name: 'inline fragments, 35 levels',
        query: `{ people(first: 1) { nodes { ${through(8, '... on Person { nationality(first: 1) { nodes { ... on Country { nationals(first: 1) { nodes { ', ' } } } } } } ')} } } }`,
      },
    ], ({ name }) => `refuses a query nested through ${name} with QUERY_TOO_DEEP`, async ({ query }) => {
      expectRefused(await ask({ query }), 400, ['QUERY_TOO_DEEP'], 'The query nests 35 levels deep, above the limit of 30');
    });

    it('refuses 643 levels, as many as the token limit lets through, as too deep and too costly, without a stack overflow', async () => {
      const query = `{ people { nodes { ${through(160, 'nationality { nodes { nationals { nodes { ', '} } } } ')} } } }`;
      const answer = await ask({ query });
      expectRefused(answer, 400, ['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY'], 'The query nests 643 levels deep');
    });

    it('refuses an argument value nested 900 lists deep as a wrong type', async () => {
      const answer = await ask({ query: `{ nodes(ids: ${'['.repeat(900)}"x"${']'.repeat(900)}) { id } }` });
      expectRefused(answer, 400, ['BAD_USER_INPUT'], /^`ids`: ID cannot represent a non-string and non-integer value/);
    });

    it('refuses variables nested 100 000 JSON arrays deep as a wrong type', async () => {
      const body = `{"query": "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", "variables": {"ids": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
      expectRefused(await raw({ body }), 400, ['BAD_USER_INPUT'], /^Variable "\$ids" got invalid value/);
    });

    it('leaves deep introspection to graphql’s own rule', async () => {
      const query = `{ __schema { types { ${'fields { type { '.repeat(3)}name${' } }'.repeat(3)} } } }`;
      expectRefused(await ask({ query }), 400, ['GRAPHQL_VALIDATION_FAILED'], 'Maximum introspection depth exceeded');
    });
  });

  describe('alias, fragment, directive and token bombs', () => {
    const neighbourhood = 'neighbourhood(of: {key: "country/kazakhstan"}, depth: 3, limit: 500) { reachable }';
    /** Fragments F0 … F`levels`, each spreading the next twice: 2^levels copies of the last one's fields. `#` in `own` is the level. */
    const doubling = (levels: number, last: string, own = '') =>
      [
        ...Array.from({ length: levels }, (_, level) => `fragment F${level} on Person { ${own.replace('#', String(level))} ...F${level + 1} ...F${level + 1} }`),
        `fragment F${levels} on Person { ${last} }`,
      ].join(' ');

    each(it, [
      {
        name: '21 aliases of the largest neighbourhood',
        query: `{ ${Array.from({ length: 21 }, (_, index) => `n${index}: ${neighbourhood}`).join(' ')} }`,
        codes: ['TOO_MANY_ALIASES'],
        message: 'The query uses 21 aliases, above the limit of 20.',
      },
      {
        name: '600 aliases of __typename',
        query: `{ ${Array.from({ length: 600 }, (_, index) => `a${index}: __typename`).join(' ')} }`,
        codes: ['TOO_MANY_ALIASES'],
        message: 'The query uses 600 aliases, above the limit of 20.',
      },
      {
        name: 'fragments doubling 40 times (2^40 fields once expanded)',
        query: `{ people { nodes { ...F0 } } } ${doubling(39, 'name')}`,
        codes: ['QUERY_TOO_COSTLY'],
        message: /^The query costs \d{13,}, above the limit of 100000000/,
      },
      {
        name: 'fragments doubling 30 times, each with an alias',
        query: `{ people { nodes { ...F0 } } } ${doubling(30, 'name', 'x#: name')}`,
        codes: ['TOO_MANY_ALIASES', 'QUERY_TOO_COSTLY'],
        message: 'The query uses 1073741823 aliases, above the limit of 20.',
      },
      {
        name: '21 fields each with @include',
        query: `{ ${'__typename @include(if: true) '.repeat(21)}}`,
        codes: ['TOO_MANY_DIRECTIVES'],
        message: 'The query uses 21 directives, above the limit of 20.',
      },
      {
        name: 'fragments doubling 20 times, each with @skip',
        query: `{ people { nodes { ...F0 } } } ${doubling(20, 'name @skip(if: false)')}`,
        codes: ['TOO_MANY_DIRECTIVES'],
        message: 'The query uses 1048576 directives, above the limit of 20.',
      },
      {
        name: `${DEFAULT_LIMITS.tokens + 1} tokens`,
        query: `{ ${'__typename '.repeat(DEFAULT_LIMITS.tokens - 1)}}`,
        codes: ['TOO_MANY_TOKENS'],
        message: 'The query has more than 2000 tokens, above the limit: send a shorter query, or split it into several requests.',
      },
      {
        name: `${DEFAULT_LIMITS.tokens + 1} comments`,
        query: `${'#\n'.repeat(DEFAULT_LIMITS.tokens + 1)}{ __typename }`,
        codes: ['TOO_MANY_TOKENS'],
        message: 'The query has more than 2000 comments, above the limit: send it with fewer comments.',
      },
    ], ({ name }) => `refuses ${name} before anything runs`, async ({ query, codes, message }) => {
      expectRefused(await ask({ query }), 400, codes, message);
    });

    each(it, [
      { name: 'a fragment cycle', query: '{ people { nodes { ...A } } } fragment A on Person { name ...B } fragment B on Person { ...A }', message: 'Cannot spread fragment "A" within itself via "B".' },
      { name: 'a fragment spreading itself', query: '{ people { nodes { ...A } } } fragment A on Person { name ...A }', message: 'Cannot spread fragment "A" within itself.' },
      { name: 'a fragment that does not exist', query: '{ people { nodes { ...Nowhere } } }', message: 'Unknown fragment "Nowhere".' },
      { name: 'an unknown directive', query: '{ people @drop { totalCount } }', message: 'Unknown directive "@drop".' },
    ], ({ name }) => `refuses ${name} as invalid`, async ({ query, message }) => {
      expectRefused(await ask({ query }), 400, ['GRAPHQL_VALIDATION_FAILED'], message);
    });

    it('refuses one directive repeated 250 times on a field, stopping at graphql’s error limit', async () => {
      const answer = await ask({ query: `{ __typename${' @include(if: true)'.repeat(250)} }` });
      expect(answer.status).toBe(400);
      expect(answer.json?.errors).toHaveLength(101);
      expect(answer.json?.errors?.[0]?.message).toBe('The directive "@include" can only be used once at this location.');
      expect(answer.json?.errors?.at(-1)?.message).toBe('Too many validation errors, error limit reached. Validation aborted.');
    });

    // Found by this suite: the YAML library refuses these only when the document is turned into values, and
    // the exception reached the client as INTERNAL_SERVER_ERROR.
    const laughs = Array.from({ length: 9 }, (_, level) => `l${level}: &l${level} [${Array(9).fill(level === 0 ? '"lol"' : `*l${level - 1}`).join(', ')}]`).join('\n');
    each(it, [
      { name: 'a billion-laughs alias bomb (9^9 strings once expanded)', content: laughs },
      { name: 'an alias to no anchor', content: '*:*' },
    ], ({ name }) => `refuses a dataset file holding ${name} as a YAML problem`, async ({ content }) => {
      const answer = await ask({ query: mutationDocument(schema, 'importDataset'), variables: { input: { dryRun: true, files: [{ name: 'bomb.yaml', content }] } } }, { token: tokens.editor });
      expect(answer.json).toEqual({ data: { importDataset: { summary: null, problems: [{ file: 'bomb.yaml', entry: expect.any(String), field: '', message: expect.stringMatching(/^YAML: /) }] } } });
    });

    it('parses a query padded with 3 MB of white space, which holds no tokens', async () => {
      const answer = await ask({ query: `{${' '.repeat(3_000_000)}countries { totalCount } }` });
      expect(answer.json).toEqual({ data: { countries: { totalCount: countsBefore.countries } } });
    });
  });

  describe('cost', () => {
    const threeDeep = 'people(first: 100) { nodes { events(first: 100) { nodes { participants(first: 100) { nodes { __typename } } } } } }';

    it('answers pages of 100 nested three deep (cost about a million, under the limit)', async () => {
      const answer = await ask({ query: `{ ${threeDeep} }` });
      expect(answer.json?.errors).toBeUndefined();
      expect((answer.json?.data as { people: { nodes: unknown[] } }).people.nodes).toHaveLength(countsBefore.people!);
    });

    it('refuses pages of 100 nested four deep with QUERY_TOO_COSTLY', async () => {
      const query = `{ people(first: 100) { nodes { events(first: 100) { nodes { participants(first: 100) { nodes { ... on Person { events(first: 100) { totalCount } } } } } } } } }`;
      expectRefused(await ask({ query }), 400, ['QUERY_TOO_COSTLY'], 'The query costs 102020201, above the limit of 100000000');
    });

    it('answers the largest neighbourhood allowed (depth 3, 500 entities)', async () => {
      const answer = await ask({ query: '{ neighbourhood(of: {key: "country/kazakhstan"}, depth: 3, limit: 500) { reachable truncated nodes { key } } }' });
      expect(answer.json?.errors).toBeUndefined();
      const { reachable, truncated, nodes } = (answer.json?.data as { neighbourhood: { reachable: number; truncated: boolean; nodes: { key: string }[] } }).neighbourhood;
      expect(truncated).toBe(false);
      expect(nodes).toHaveLength(reachable + 1);
      expect(nodes.map((node) => node.key)).toEqual(expect.arrayContaining(['country/kazakhstan', 'person/xi-jinping', 'crossing/bakhty-tacheng']));
    });

    it('answers the largest shortestPaths allowed (length 8, 50 paths), shortest first', async () => {
      const answer = await ask({ query: '{ shortestPaths(from: {key: "person/xi-jinping"}, to: {key: "commodity/grain"}, maxLength: 8, limit: 50) { length nodes { key } } }' });
      expect(answer.json?.errors).toBeUndefined();
      const paths = (answer.json?.data as { shortestPaths: { length: number; nodes: { key: string }[] }[] }).shortestPaths;
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.length).toBeLessThanOrEqual(50);
      for (const path of paths) {
        expect(path.length).toBe(3);
        expect([path.nodes[0]?.key, path.nodes.at(-1)?.key]).toEqual(['person/xi-jinping', 'commodity/grain']);
      }
    });

    each(it, [
      { name: 'a neighbourhood 4 deep', query: '{ neighbourhood(of: {key: "country/kazakhstan"}, depth: 4) { reachable } }', message: '`depth` must be between 1 and 3; it was 4.' },
      { name: 'a neighbourhood of 501', query: '{ neighbourhood(of: {key: "country/kazakhstan"}, limit: 501) { reachable } }', message: '`limit` must be between 1 and 500; it was 501.' },
      { name: 'paths of 9 steps', query: '{ shortestPaths(from: {key: "person/xi-jinping"}, to: {key: "commodity/grain"}, maxLength: 9) { length } }', message: '`maxLength` must be between 1 and 8; it was 9.' },
      { name: '51 paths', query: '{ shortestPaths(from: {key: "person/xi-jinping"}, to: {key: "commodity/grain"}, limit: 51) { length } }', message: '`limit` must be between 1 and 50; it was 51.' },
      { name: 'a page of 101', query: '{ people(first: 101) { totalCount } }', message: '`first` must be between 0 and 100; it was 101.' },
    ], ({ name }) => `refuses ${name} with BAD_USER_INPUT`, async ({ query, message }) => {
      expectRefused(await ask({ query }), 200, ['BAD_USER_INPUT'], message);
    });
  });

  describe('huge strings and lists', () => {
    const megabyte = 'x'.repeat(1_000_000);
    const search = 'query ($text: String!) { search(text: $text) { totalCount } }';

    it('finds nobody by a 1 MB name sent as a variable', async () => {
      const answer = await ask({ query: 'query ($name: String) { people(filter: {name: $name}) { totalCount } }', variables: { name: megabyte } });
      expect(answer.json).toEqual({ data: { people: { totalCount: 0 } } });
    });

    it('finds nobody by a 1 MB name written in the query, one token long', async () => {
      const answer = await ask({ query: `{ people(filter: {name: "${megabyte}"}) { totalCount } }` });
      expect(answer.json).toEqual({ data: { people: { totalCount: 0 } } });
    });

    each(it, [
      { name: '100 kB of search text', text: 'x'.repeat(100_000) },
      // Before the limit, Lucene refused to expand the word and the client got INTERNAL_SERVER_ERROR.
      { name: 'one word of 1001 letters', text: 'k'.repeat(1_001) },
      // Before the limit, Lucene worked on the fuzzy forms of these for the whole 10 s transaction timeout.
      { name: 'ten words of 900 letters', text: Array.from({ length: 10 }, () => 'abcdefghi'.repeat(100)).join(' ') },
    ], ({ name }) => `refuses ${name}, more than ${SEARCH_TEXT_LIMIT} characters, with BAD_USER_INPUT`, async ({ text }) => {
      expectRefused(await ask({ query: search, variables: { text } }), 200, ['BAD_USER_INPUT'], `\`text\` may be at most 200 characters long; it had ${text.length}.`);
    });

    it(`searches a text of exactly ${SEARCH_TEXT_LIMIT} characters of four-byte letters`, async () => {
      const answer = await ask({ query: search, variables: { text: '😀'.repeat(SEARCH_TEXT_LIMIT / 2) } });
      expect(answer.json).toEqual({ data: { search: { totalCount: 0 } } });
    });

    it('refuses 10 000 ids with BAD_USER_INPUT', async () => {
      const ids = Array.from({ length: 10_000 }, (_, index) => `id-${index}`);
      const answer = await ask({ query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } });
      expectRefused(answer, 200, ['BAD_USER_INPUT'], '`ids` may hold at most 100 ids; it held 10000.');
    });

    it('filters by 5000 kinds as by the two they repeat', async () => {
      const query = 'query ($kinds: [EventKind!]) { events(filter: {kind: $kinds}) { totalCount } }';
      const two = await ask({ query, variables: { kinds: ['SUMMIT', 'FORUM'] } });
      const many = await ask({ query, variables: { kinds: Array.from({ length: 5000 }, (_, index) => (index % 2 ? 'FORUM' : 'SUMMIT')) } });
      expect(two.json).toEqual({ data: { events: { totalCount: 3 } } });
      expect(many.json).toEqual(two.json);
    });

    it('follows 10 000 relationship types as the one they repeat', async () => {
      const query = 'query ($follow: [RelationshipType!]) { neighbourhood(of: {key: "country/china"}, follow: $follow) { reachable } }';
      const one = await ask({ query, variables: { follow: ['ATTENDED'] } });
      const many = await ask({ query, variables: { follow: Array.from({ length: 10_000 }, () => 'ATTENDED') } });
      expect(one.json?.errors).toBeUndefined();
      expect(many.json).toEqual(one.json);
    });

    it('refuses 5000 unknown enum values with at most 50 errors and a note that it stopped', async () => {
      const answer = await ask({ query: 'query ($kinds: [EventKind!]) { events(filter: {kind: $kinds}) { totalCount } }', variables: { kinds: Array.from({ length: 5000 }, () => 'PICNIC') } });
      expect(answer.status).toBe(400);
      expect(answer.json?.errors).toHaveLength(51);
      expect(new Set(codesOf(answer))).toEqual(new Set(['BAD_USER_INPUT']));
      expect(answer.json?.errors?.at(-1)?.message).toBe('Too many errors processing variables, error limit reached. Execution aborted.');
    });

    it('refuses a field name of 3 MB as unknown', async () => {
      const answer = await ask({ query: `{ ${'a'.repeat(3_000_000)} }` });
      expectRefused(answer, 400, ['GRAPHQL_VALIDATION_FAILED'], /^Cannot query field "a{3000000}" on type "Query"\.$/);
    });

    it(`refuses a body over ${DEFAULT_LIMITS.requestBytes} bytes with 413, before reading it`, async () => {
      const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(DEFAULT_LIMITS.requestBytes) } });
      const answer = await raw({ body });
      expect(answer.status).toBe(413);
      expect(answer.json).toEqual({ errors: [{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });
    });

    each(it, [
      { name: `${IMPORT_LIMITS.files + 1} files`, files: Array.from({ length: IMPORT_LIMITS.files + 1 }, (_, index) => ({ name: `f${index}.yaml`, content: DATASET_FILE })), message: /at most 20 files in one import; 21 were given/ },
      { name: `one file of ${IMPORT_LIMITS.bytes + 1} bytes`, files: [{ name: 'big.yaml', content: `#${'x'.repeat(IMPORT_LIMITS.bytes)}` }], message: /at most 2097152 bytes of text in one import .*; 2097153 were given/ },
    ], ({ name }) => `refuses an import of ${name} with BAD_USER_INPUT`, async ({ files, message }) => {
      const answer = await ask({ query: mutationDocument(schema, 'importDataset'), variables: { input: { dryRun: false, files } } }, { token: tokens.editor });
      expectRefused(answer, 200, ['BAD_USER_INPUT'], message);
    });

    // Found by this suite: keys had no length limit, and Neo4j cannot index one over about 8 KB, so the write
    // failed inside Neo4j with INTERNAL_SERVER_ERROR.
    each(it, [
      { name: 'an entity key', input: { ...validInput('createPerson'), key: `person/${'a'.repeat(10_000)}` }, field: ['key'] },
      {
        name: 'a new source’s key',
        input: { ...validInput('createPerson'), provenance: { source: { new: { key: `source/${'a'.repeat(10_000)}`, kind: 'REFERENCE', title: 'A fixture', publisher: 'Fixture Press' } }, sections: ['one'] } },
        field: ['provenance', 'source', 'new', 'key'],
      },
    ], ({ name }) => `refuses ${name} of 10 000 characters with an InputError`, async ({ input, field }) => {
      const answer = await ask({ query: mutationDocument(schema, 'createPerson'), variables: { input } }, { token: tokens.editor });
      expect(answer.json?.errors).toBeUndefined();
      expect((answer.json?.data as { createPerson: { errors: { field: string[] }[] } }).createPerson.errors.map((error) => error.field)).toEqual([field]);
    });
  });

  describe('wrong types, nulls, unknown names and impossible values', () => {
    interface TypeCase {
      name: string;
      query: string;
      variables?: Record<string, unknown>;
      status: number;
      codes: string[];
      message: string | RegExp;
    }
    const cases: TypeCase[] = [
      { name: 'a string for an Int', query: '{ people(first: "5") { totalCount } }', status: 400, codes: ['BAD_USER_INPUT'], message: '`first`: Int cannot represent non-integer value: "5"' },
      { name: 'an object for a String', query: '{ people(filter: {name: {a: 1}}) { totalCount } }', status: 400, codes: ['BAD_USER_INPUT'], message: '`filter.name`: String cannot represent a non string value: { a: 1 }' },
      { name: 'a list for a String', query: '{ people(filter: {name: ["a"]}) { totalCount } }', status: 400, codes: ['BAD_USER_INPUT'], message: '`filter.name`: String cannot represent a non string value: ["a"]' },
      { name: 'a list for an ID', query: '{ node(id: ["a"]) { id } }', status: 400, codes: ['BAD_USER_INPUT'], message: '`id`: ID cannot represent a non-string and non-integer value: ["a"]' },
      { name: 'a string for an Int variable', query: 'query ($size: Int) { people(first: $size) { totalCount } }', variables: { size: '5' }, status: 400, codes: ['BAD_USER_INPUT'], message: 'Variable "$size" got invalid value "5"; Int cannot represent non-integer value: "5"' },
      { name: 'a fraction for an Int variable', query: 'query ($size: Int) { people(first: $size) { totalCount } }', variables: { size: 1.5 }, status: 400, codes: ['BAD_USER_INPUT'], message: /Int cannot represent non-integer value: 1.5/ },
      { name: '2^31 for an Int variable', query: 'query ($size: Int) { people(first: $size) { totalCount } }', variables: { size: 2 ** 31 }, status: 400, codes: ['BAD_USER_INPUT'], message: /Int cannot represent non 32-bit signed integer value: 2147483648/ },
      { name: 'an Int of 1000 digits', query: `{ people(first: ${'9'.repeat(1000)}) { totalCount } }`, status: 400, codes: ['BAD_USER_INPUT'], message: /^`first`: Int cannot represent non 32-bit signed integer value: 9{1000}$/ },
      { name: 'a negative page size', query: '{ people(first: -1) { totalCount } }', status: 200, codes: ['BAD_USER_INPUT'], message: '`first` must be between 0 and 100; it was -1.' },
      { name: 'null for a non-null argument', query: '{ search(text: null) { totalCount } }', status: 400, codes: ['BAD_USER_INPUT'], message: '`text`: Expected value of non-null type "String!" not to be null.' },
      { name: 'a missing non-null variable', query: 'query ($text: String!) { search(text: $text) { totalCount } }', status: 400, codes: ['BAD_USER_INPUT'], message: 'Variable "$text" of required type "String!" was not provided.' },
      { name: 'null for a non-null variable', query: 'query ($text: String!) { search(text: $text) { totalCount } }', variables: { text: null }, status: 400, codes: ['BAD_USER_INPUT'], message: 'Variable "$text" of non-null type "String!" must not be null.' },
      { name: 'an unknown field', query: '{ people { bogus } }', status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], message: /^Cannot query field "bogus" on type "PersonConnection"\./ },
      { name: 'an unknown argument', query: '{ people(bogus: 1) { totalCount } }', status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], message: 'Unknown argument "bogus" on field "Query.people".' },
      { name: 'an unknown type', query: 'query ($x: Bogus) { people(filter: $x) { totalCount } }', status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], message: /^Unknown type "Bogus"\./ },
      { name: 'an unknown input field', query: '{ people(filter: {bogus: 1}) { totalCount } }', status: 400, codes: ['BAD_USER_INPUT'], message: '`filter.bogus`: Expected value of type "PersonFilter" not to include unknown field "bogus", found: { bogus: 1 }.' },
      { name: 'an unknown input field in a variable', query: 'query ($filter: PersonFilter) { people(filter: $filter) { totalCount } }', variables: { filter: { bogus: 1 } }, status: 400, codes: ['BAD_USER_INPUT'], message: /not to include unknown field "bogus"/ },
      { name: '__proto__ in an input variable', query: 'query ($filter: PersonFilter) { people(filter: $filter) { totalCount } }', variables: JSON.parse('{"filter": {"__proto__": {"name": "Xi"}}}') as Record<string, unknown>, status: 400, codes: ['BAD_USER_INPUT'], message: /not to include unknown field "__proto__"/ },
      { name: 'an unknown enum value', query: '{ events(filter: {kind: [PICNIC]}) { totalCount } }', status: 400, codes: ['BAD_USER_INPUT'], message: '`filter.kind`: Value "PICNIC" does not exist in "EventKind" enum.' },
      { name: 'an enum value written as a string', query: '{ events(filter: {kind: "SUMMIT"}) { totalCount } }', status: 400, codes: ['BAD_USER_INPUT'], message: /^`filter.kind`: Enum "EventKind" cannot represent non-enum value: "SUMMIT"/ },
      { name: 'an unknown enum value in a variable', query: 'query ($order: EntityOrder) { events(orderBy: $order) { totalCount } }', variables: { order: { field: 'SIZE' } }, status: 400, codes: ['BAD_USER_INPUT'], message: /Value "SIZE" does not exist in "EntityOrderField" enum/ },
      { name: 'an impossible date', query: '{ events(filter: {from: "2023-02-30"}) { totalCount } }', status: 400, codes: ['BAD_USER_INPUT'], message: '`filter.from`: Date must be a real calendar day written YYYY-MM-DD; "2023-02-30" is not.' },
      { name: 'an impossible date in a variable', query: 'query ($on: Date!) { postHolders(post: "Prime Minister", on: $on) { totalCount } }', variables: { on: '2024-13-01' }, status: 400, codes: ['BAD_USER_INPUT'], message: /^Variable "\$on" got invalid value "2024-13-01"; Date must be a real calendar day/ },
      { name: 'a number for a date', query: 'query ($from: Date) { events(filter: {from: $from}) { totalCount } }', variables: { from: 20230101 }, status: 400, codes: ['BAD_USER_INPUT'], message: /20230101 is not\.$/ },
      { name: 'a range ending before it starts', query: '{ events(filter: {from: "2024-01-01", to: "2023-01-01"}) { totalCount } }', status: 200, codes: ['BAD_USER_INPUT'], message: '`from` (2024-01-01) is after `to` (2023-01-01).' },
      { name: 'two fields of a one-of reference', query: '{ counterparts(of: {key: "person/xi-jinping", name: "Xi"}) { totalCount } }', status: 400, codes: ['BAD_USER_INPUT'], message: /exactly one field must be specified/ },
      { name: 'an empty one-of reference', query: '{ counterparts(of: {}) { totalCount } }', status: 400, codes: ['BAD_USER_INPUT'], message: /exactly one field must be specified/ },
      { name: 'first with last', query: '{ people(first: 1, last: 1) { totalCount } }', status: 200, codes: ['BAD_USER_INPUT'], message: 'Page forward with `first`/`after` or backward with `last`/`before`, not both at once.' },
      { name: 'a cursor from elsewhere', query: '{ people(after: "garbage") { totalCount } }', status: 200, codes: ['BAD_USER_INPUT'], message: '`after` is not a cursor this API gave out.' },
      { name: 'an id the API never gave out', query: '{ node(id: "not-base64!!") { id } }', status: 200, codes: ['BAD_USER_INPUT'], message: '`id`: "not-base64!!" is not an id this API gave out.' },
      { name: 'a subscription', query: 'subscription { people { totalCount } }', status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], message: 'The subscription operation is not supported by the schema.' },
      { name: 'two anonymous operations', query: '{ people { totalCount } } { countries { totalCount } }', status: 400, codes: ['OPERATION_RESOLUTION_FAILURE'], message: 'Could not determine what operation to execute.' },
    ];

    each(it, cases, ({ name }) => `refuses ${name}`, async ({ query, variables, status, codes, message }) => {
      expectRefused(await ask({ query, ...(variables ? { variables } : {}) }), status, codes, message);
    });

    it('refuses an operation name that names no operation', async () => {
      expectRefused(await ask({ query: 'query A { __typename }', operationName: 'B' }), 400, ['OPERATION_RESOLUTION_FAILURE'], 'Could not determine what operation to execute.');
    });

    it('answers a well-formed id that names nothing with null, not an error', async () => {
      const answer = await ask({ query: `{ node(id: "${Buffer.from('Person:person/nobody').toString('base64')}") { id } }` });
      expect(answer.json).toEqual({ data: { node: null } });
    });

    const createTarget = mutationDocument(schema, 'createTarget');
    const createEvent = mutationDocument(schema, 'createEvent');
    each(it, [
      { name: 'a string for a Float', input: { ...validInput('createTarget'), value: 'lots' }, message: /Float cannot represent non numeric value: "lots"/ },
      { name: 'a missing required field', input: { description: 'Fixture target', measure: 'turnover', unit: 'USD', value: 1 }, message: /Expected value of type "CreateTargetInput" to include required field "provenance"/ },
      { name: 'an unknown enum value', input: { ...validInput('createTarget'), unit: 'CAMELS' }, message: /Value "CAMELS" does not exist in "Unit" enum/ },
      { name: 'null for a non-null field', input: { ...validInput('createTarget'), description: null }, message: /Expected value of non-null type "String!" not to be null/ },
      { name: 'an unknown input field', input: { ...validInput('createTarget'), owner: 'me' }, message: /not to include unknown field "owner"/ },
    ], ({ name }) => `refuses a mutation input with ${name} before it runs`, async ({ input, message }) => {
      expectRefused(await ask({ query: createTarget, variables: { input } }, { token: tokens.editor }), 400, ['BAD_USER_INPUT'], message);
    });

    it('refuses an impossible date in a mutation input with an InputError at its field', async () => {
      const answer = await ask({ query: createEvent, variables: { input: { ...validInput('createEvent'), date: { date: '2023-02-30' } } } }, { token: tokens.editor });
      expect(answer.json).toEqual({
        data: { createEvent: { errors: [{ field: ['date', 'date'], code: 'INVALID', message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD' }] } },
      });
    });
  });

  describe('injection attempts in every string argument', () => {
    const queryRoutes = stringRoutes(schema, 'query');
    const byField = Map.groupBy(injectionPlan(queryRoutes), ({ route }) => route.field);

    it('reaches every string argument and input field the queries take', () => {
      expect(queryRoutes.length).toBeGreaterThan(100);
      expect(queryRoutes.map(describeRoute)).toEqual(
        expect.arrayContaining(['search(text)', 'people(filter.country.name)', 'nodes(ids)', 'postHolders(post)', 'events(filter.place.key)', 'tradeTimelines(between.id)']),
      );
    });

    const queryCases = [...byField].map(([field, plan]) => ({ field, plan, paths: plan.map(({ route }) => route.path.join('.')).join(', ') }));
    each(it, queryCases, ({ field, paths }) => `Query.${field} takes every hostile string as plain text: ${paths}`, async ({ field, plan }) => {
      const answers = await Promise.all(
        plan.flatMap(({ route, injections }) => injections.map(async (injection) => ({ route, injection, answer: await ask(queryThrough(schema, route, injection.text)) }))),
      );
      for (const { route, injection, answer } of answers) {
        const label = `${describeRoute(route)} with ${injection.name}: ${answer.text.slice(0, 300)}`;
        expect(answer.status, label).toBe(200);
        expect(codesOf(answer).filter((code) => code !== 'BAD_USER_INPUT'), label).toEqual([]);
        const result = (answer.json?.data as Record<string, unknown> | null | undefined)?.[field];
        if (field === 'search') expect(foundNoMoreThan(result, 2), label).toBe(true);
        else expect(foundNothing(result), label).toBe(true);
      }
    });

    it('does not run Lucene syntax: *:* finds nothing, while a word of a name finds it', async () => {
      const search = 'query ($text: String!) { search(text: $text) { totalCount } }';
      expect((await ask({ query: search, variables: { text: '*:*' } })).json).toEqual({ data: { search: { totalCount: 0 } } });
      expect((await ask({ query: search, variables: { text: 'Chuguchak' } })).json).toEqual({ data: { search: { totalCount: 1 } } });
    });

    const mutationRoutes = stringRoutes(schema, 'mutation', { oncePerInputField: true });
    const mutationPlan = injectionPlan(mutationRoutes);

    it('reaches every string field of every input type the mutations take', () => {
      const owners = new Set(mutationRoutes.map((route) => route.owner));
      expect(owners.size).toBe(mutationRoutes.length);
      expect([...owners]).toEqual(
        expect.arrayContaining(['CreatePersonInput.name', 'UpdateTargetInput.measure', 'EntityReference.key', 'NewSourceInput.url', 'PartialDateInput.basis', 'LinkEntitiesInput.role', 'UnlinkEntitiesInput.source', 'DatasetFileInput.name']),
      );
    });

    it('starts from inputs the graph accepts as they are', async () => {
      for (const mutation of Object.keys(schema.getMutationType()!.getFields())) {
        const type = entityTypeOf(mutation);
        const entity = type && mutation.startsWith('update') ? await createFixture(type) : undefined;
        // With keys of their own, as the injection cases send them (those into a name make the key from it).
        const input = validInput(mutation, { ...(entity ? { entity } : {}), variant: 0 });
        if (!input || mutation === 'unlinkEntities' || mutation === 'deleteEntity') continue;
        const answer = await ask({ query: mutationDocument(schema, mutation), variables: { input } }, { token: tokens.editor });
        expect(answer.json?.errors, mutation).toBeUndefined();
        expect(problemsOf(answer, mutation), mutation).toEqual([]);
        await inspector.restore(original);
      }
      // What unlinking and deleting start from, without doing them: Bektenov's post on the day of the meeting, and grain.
      const posts = await ask({ query: '{ people(filter: {name: "Bektenov"}) { nodes { posts { edges { post asOf { text } node { key } } } } } }' });
      expect(JSON.stringify(posts.json)).toContain('{"post":"Prime Minister","asOf":{"text":"2024-03-13"},"node":{"key":"organization/kz-government"}}');
      expect(original.some((line) => line.includes(`"id":"${SEEDED_ENTITIES.Commodity}"`))).toBe(true);
    });

    const mutationCases = mutationPlan.map((step) => ({ ...step, name: `${step.route.owner} (${step.route.field} ${step.route.path.join('.')})` }));
    const titled = ({ name, injections }: (typeof mutationCases)[number]) =>
      `${name}: ${injections.length > 1 ? 'each hostile string' : 'all hostile strings at once'} refused, or stored exactly as sent`;
    each(it, mutationCases, titled, ({ route, injections }) => injectInto(route, injections));

    it('stored the hostile text through every free-text field, so the cases above did not pass by refusing it all', () => {
      const freeText = mutationRoutes
        .map((route) => route.owner)
        .filter((owner) => FREE_TEXT.test(owner));
      expect(freeText.length).toBeGreaterThan(60);
      expect(freeText.filter((owner) => !storedThrough.has(owner))).toEqual([]);
    });

    it('reads an editor’s hostile name and aliases back through the API exactly as sent', async () => {
      const input = { ...validInput('createPerson', { variant: 0 }), name: ALL_AT_ONCE.text, aliases: INJECTIONS.map((injection) => injection.text) };
      const created = await ask({ query: mutationDocument(schema, 'createPerson'), variables: { input } }, { token: tokens.editor });
      expect(problemsOf(created, 'createPerson')).toEqual([]);
      const answer = await ask({ query: `{ node(id: "${Buffer.from('Person:person/fixture-hostile-0').toString('base64')}") { ... on Person { name aliases } } }` });
      expect(answer.json).toEqual({ data: { node: { name: ALL_AT_ONCE.text, aliases: INJECTIONS.map((injection) => injection.text) } } });
      await inspector.restore(original);
    });

    // Found by this suite: a source's url could have any scheme, so a `javascript:` address was stored and
    // served as where the article "can be read", for a frontend to link.
    each(it, [
      { name: 'javascript:', url: 'javascript:alert(document.cookie)' },
      { name: 'data:', url: 'data:text/html,<script>alert(1)</script>' },
    ], ({ name }) => `refuses a new source’s url with the scheme ${name}`, async ({ url }) => {
      const inputType = schema.getMutationType()!.getFields().createPerson!.args[0]!.type as GraphQLInputType;
      const input = withText(validInput('createPerson', { owner: 'NewSourceInput.url', variant: 0 }), inputType, ['provenance', 'source', 'new', 'url'], url);
      try {
        const answer = await ask({ query: mutationDocument(schema, 'createPerson'), variables: { input } }, { token: tokens.editor });
        expect(problemsOf(answer, 'createPerson')).toEqual([{ field: ['provenance', 'source', 'new', 'url'], code: 'INVALID', message: expect.any(String) }]);
      } finally {
        await inspector.restore(original);
      }
    });

    it('validates a dry-run import whose every text is hostile as plain data', async () => {
      const values = INJECTIONS.map((injection) => JSON.stringify(injection.text));
      const file = DATASET_FILE.replace('Fixture Gazette', values[0]!)
        .replace('"Fixture: an invented article for the hostile-input tests"', values[1]!)
        .replace('Fixture Hostile Person', values[2]!)
        .replace('    cites: [1]', `    aliases: [${values.slice(3).join(', ')}]\n    note: ${values[3]}\n    cites: [1]`);
      const answer = await ask({ query: mutationDocument(schema, 'importDataset'), variables: { input: { dryRun: true, files: [{ name: INJECTIONS[0]!.text, content: file }] } } }, { token: tokens.editor });
      expect(answer.json).toEqual({ data: { importDataset: { summary: { dryRun: true }, problems: [] } } });
    });
  });

  describe('malformed requests', () => {
    const json = { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE };
    interface BodyCase {
      name: string;
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      status: number;
      code: string | undefined;
      message?: string;
    }
    const cases: BodyCase[] = [
      { name: 'malformed JSON', body: '{"query": "{ __typename }"', status: 400, code: 'BAD_REQUEST', message: 'POST body sent invalid JSON.' },
      { name: 'an empty body', body: '', status: 400, code: 'BAD_REQUEST', message: 'POST body sent invalid JSON.' },
      { name: 'an empty array', body: '[]', status: 400, code: 'BAD_REQUEST', message: 'Batching is not supported.' },
      { name: 'a batch of two operations', body: '[{"query": "{ __typename }"}, {"query": "{ __typename }"}]', status: 400, code: 'BAD_REQUEST', message: 'Batching is not supported.' },
      { name: 'a JSON string', body: '"x"', status: 400, code: 'BAD_REQUEST', message: 'POST body is expected to be object but received string' },
      { name: 'a JSON number', body: '42', status: 400, code: 'BAD_REQUEST', message: 'POST body is expected to be object but received number' },
      { name: 'JSON null', body: 'null', status: 400, code: 'BAD_REQUEST', message: 'POST body is expected to be object but received null' },
      { name: 'a query that is a number', body: '{"query": 42}', status: 400, code: 'BAD_REQUEST', message: 'Expected "query" param to be a string, but given number.' },
      { name: 'a query that is an object', body: '{"query": {"kind": "Document"}}', status: 400, code: 'BAD_REQUEST', message: 'Expected "query" param to be a string, but given object.' },
      { name: 'no query', body: '{"variables": {}}', status: 400, code: 'BAD_REQUEST', message: 'Must provide query string.' },
      { name: 'variables that are a string', body: '{"query": "{ __typename }", "variables": "{}"}', status: 400, code: 'BAD_REQUEST', message: 'Expected "variables" param to be empty or an object, but given string.' },
      { name: 'variables that are a list', body: '{"query": "{ __typename }", "variables": [1]}', status: 400, code: 'BAD_REQUEST', message: 'Expected "variables" param to be empty or an object, but given array.' },
      { name: 'extensions that are a string', body: '{"query": "{ __typename }", "extensions": "x"}', status: 400, code: 'BAD_REQUEST', message: 'Expected "extensions" param to be empty or an object, but given string.' },
      { name: 'a query that does not parse', body: '{"query": "{ people { "}', status: 400, code: 'GRAPHQL_PARSE_FAILED', message: 'Syntax Error: Expected Name, found <EOF>.' },
      {
        name: 'a mutation sent with GET',
        method: 'GET',
        path: `?query=${encodeURIComponent('mutation { recordWriteCheck { count } }')}`,
        headers: { 'x-graphql-yoga-csrf': '1', accept: GRAPHQL_RESPONSE, authorization: `Bearer ${tokens.editor}` },
        status: 405,
        code: 'BAD_REQUEST',
        message: 'Can only perform a mutation operation from a POST request.',
      },
      { name: 'a GET without the CSRF header', method: 'GET', path: `?query=${encodeURIComponent('{ __typename }')}`, headers: { accept: GRAPHQL_RESPONSE }, status: 403, code: 'CSRF_HEADER_REQUIRED' },
      { name: 'a POST of text/plain', headers: { 'content-type': 'text/plain', accept: GRAPHQL_RESPONSE }, body: '{"query": "{ __typename }"}', status: 403, code: 'CSRF_HEADER_REQUIRED' },
      { name: 'a POST of a form', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: GRAPHQL_RESPONSE }, body: 'query=%7B__typename%7D', status: 403, code: 'CSRF_HEADER_REQUIRED' },
      { name: 'a POST of text/plain with the CSRF header', headers: { 'content-type': 'text/plain', 'x-graphql-yoga-csrf': '1', accept: GRAPHQL_RESPONSE }, body: '{"query": "{ __typename }"}', status: 415, code: undefined },
      { name: 'a POST of XML', headers: { 'content-type': 'application/xml', accept: GRAPHQL_RESPONSE }, body: '<query>{ __typename }</query>', status: 415, code: undefined },
      {
        name: 'a multipart upload',
        headers: { 'content-type': 'multipart/form-data; boundary=x', 'x-graphql-yoga-csrf': '1', accept: GRAPHQL_RESPONSE },
        body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query": "{ __typename }"}\r\n--x--\r\n',
        status: 415,
        code: undefined,
      },
      { name: 'a PUT', method: 'PUT', body: '{"query": "{ __typename }"}', status: 405, code: 'BAD_REQUEST', message: 'GraphQL only supports GET and POST requests.' },
    ];

    each(it, cases, ({ name, status }) => `answers ${name} with ${status}`, async ({ method = 'POST', path = '', headers = json, body, status, code, message }) => {
      const answer = await raw({ method, path, headers, ...(body === undefined ? {} : { body }) });
      expect(answer.status, answer.text.slice(0, 300)).toBe(status);
      expect(codesOf(answer)).toEqual(code ? [code] : []);
      if (message) expect(answer.json?.errors?.[0]?.message).toBe(message);
    });

    it('reads bytes that are not UTF-8 as replacement characters, and finds nobody by them', async () => {
      const body = Buffer.concat([Buffer.from('{"query": "{ people(filter: {name: \\"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('\\"}) { totalCount } }"}')]);
      expect((await raw({ body })).json).toEqual({ data: { people: { totalCount: 0 } } });
    });
  });

  describe('tokens', () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    /** What a mutation would do if let through: change seeded entities, delete grain, import for real. */
    const unguarded = (mutation: string) => ({ query: mutationDocument(schema, mutation), variables: { input: validInput(mutation, { dryRun: false }) } });

    it.each(mutations)('refuses %s without a token with 401 UNAUTHENTICATED', async (mutation) => {
      const answer = await ask(unguarded(mutation));
      expectRefused(answer, 401, ['UNAUTHENTICATED'], 'Changing the graph needs an editor’s API key: send Authorization: Bearer <token>.');
      expect(answer.json?.data).toBeNull();
    });

    // A field error with `data: null`: 200 by the GraphQL-over-HTTP spec, unlike UNAUTHENTICATED's 401.
    it.each(mutations)('refuses %s with a reader’s token with FORBIDDEN', async (mutation) => {
      const answer = await ask(unguarded(mutation), { token: tokens.reader });
      expectRefused(answer, 403, ['FORBIDDEN'], 'The API key "test-reader" has the role reader; changing the graph needs the role editor.');
      expect(answer.json?.data).toBeNull();
    });

    each(it, [
      { name: 'a mutation', body: unguarded('deleteEntity') },
      { name: 'a read', body: { query: '{ countries { totalCount } }' } },
    ], ({ name }) => `refuses a token no key admits with 401, on ${name}`, async ({ body }) => {
      const answer = await ask(body, { headers: { authorization: `Bearer ${tokens.editor.slice(0, -1)}x` } });
      expectRefused(answer, 401, ['UNAUTHENTICATED'], 'The bearer token is not valid: it matches no configured API key.');
      expect(answer.headers['www-authenticate']).toBe('Bearer');
    });

    each(it, [
      { name: 'Basic credentials', header: 'Basic dXNlcjpwYXNz' },
      { name: '"Bearer" alone', header: 'Bearer' },
      { name: 'two tokens', header: `Bearer ${tokens.editor} ${tokens.editor}` },
      { name: 'another scheme (Token)', header: `Token ${tokens.editor}` },
      { name: 'a token with ";drop" after it', header: `Bearer ${tokens.editor};drop` },
      { name: 'a tab after Bearer', header: `Bearer\t${tokens.editor}` },
      { name: 'a quoted token', header: `Bearer "${tokens.editor}"` },
      { name: 'a token ending in a Latin-1 letter', header: `Bearer ${tokens.editor}\u00e9` },
    ], ({ name }) => `refuses an Authorization header of ${name} as malformed, with 401`, async ({ header }) => {
      expectRefused(await ask(unguarded('deleteEntity'), { headers: { authorization: header } }), 401, ['UNAUTHENTICATED'], 'The Authorization header must be "Bearer <token>".');
    });

    it('refuses a bearer token of 10 000 characters as unknown', async () => {
      const answer = await ask(unguarded('deleteEntity'), { headers: { authorization: `Bearer ${'a'.repeat(10_000)}` } });
      expectRefused(answer, 401, ['UNAUTHENTICATED'], 'The bearer token is not valid: it matches no configured API key.');
    });

    it('refuses an Authorization header of 100 000 characters with 431, before the app reads it', async () => {
      const answer = await ask(unguarded('deleteEntity'), { headers: { authorization: `Bearer ${'a'.repeat(100_000)}` } });
      expect(answer.status).toBe(431);
    });

    each(it, [
      { name: 'the query string (?token=)', path: `?token=${tokens.editor}` },
      { name: 'the query string (?access_token=)', path: `?access_token=${tokens.editor}` },
      { name: 'a cookie', headers: { cookie: `token=${tokens.editor}` } },
      { name: 'an X-API-Key header', headers: { 'x-api-key': tokens.editor } },
      { name: 'the request’s extensions', extensions: { authorization: `Bearer ${tokens.editor}` } },
    ], ({ name }) => `does not take an editor’s token from ${name}`, async ({ path = '', headers = {}, extensions }) => {
      const body = JSON.stringify({ ...unguarded('deleteEntity'), ...(extensions ? { extensions } : {}) });
      const answer = await raw({ path, headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers }, body });
      expectRefused(answer, 401, ['UNAUTHENTICATED'], 'Changing the graph needs an editor’s API key: send Authorization: Bearer <token>.');
    });
  });

  describe('afterwards', () => {
    it('still answers normal queries, over the same graph', async () => {
      expect(await listCounts()).toEqual(countsBefore);
      const answer = await ask({
        query: `{
          ma: people(filter: {name: "Ma Xinzhui"}) { nodes { key } }
          primeMinister: postHolders(post: "Prime Minister", on: "2024-03-13", in: {key: "organization/kz-government"}) { nodes { key } }
          turnover: tradeTimelines(measure: TURNOVER, between: [{key: "country/kazakhstan"}, {key: "country/china"}], from: "2022-01-01", to: "2022-12-31") {
            periods { period { text } sourcesDisagree figures { value } }
          }
          meeting: events(filter: {participant: {key: "person/olzhas-bektenov"}, from: "2024-03-13", to: "2024-03-13"}) { nodes { key } }
        }`,
      });
      expect(answer.json).toEqual({
        data: {
          ma: { nodes: [{ key: 'person/ma-xingrui' }] },
          primeMinister: { nodes: [{ key: 'person/olzhas-bektenov' }, { key: 'person/olzhas-bektenov' }] },
          turnover: [{ periods: [{ period: { text: '2022' }, sourcesDisagree: true, figures: [{ value: 24_000_000_000 }, { value: 31_000_000_000 }] }] }],
          meeting: { nodes: [{ key: 'event/bektenov-li-qiang-meeting-2024' }, { key: MEETING }] },
        },
      });
    });
  });
});

/** A JSON POST of one GraphQL request, asking for the GraphQL response type; `token` as a bearer token. */
function ask(body: unknown, { token, headers = {} }: { token?: string; headers?: Record<string, string> } = {}): Promise<RawAnswer> {
  return raw({
    headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
}

/** A request to /graphql as given: any method, headers and body (JSON and the GraphQL response type by default). */
function raw({ method = 'POST', path = '', headers = { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE }, body }: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return sendRaw(`${server.url}/graphql${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
}

function codesOf(answer: RawAnswer): unknown[] {
  return (answer.json?.errors ?? []).map((error) => error.extensions?.code);
}

/** The status, the error codes in order, and the first error's message (exactly, or matching). */
function expectRefused(answer: RawAnswer, status: number, codes: string[], message: string | RegExp) {
  const shown = answer.text.slice(0, 500);
  expect(answer.status, shown).toBe(status);
  expect(codesOf(answer), shown).toEqual(codes);
  const first = answer.json?.errors?.[0]?.message;
  if (typeof message === 'string') expect(first, shown).toContain(message);
  else expect(first, shown).toMatch(message);
}

function describeRoute(route: StringRoute): string {
  return `${route.field}(${route.path.join('.')})`;
}

/** A field's answer that found nothing: null, a list of nulls or nothing, or a connection counting 0. */
function foundNothing(result: unknown): boolean {
  if (result === null || result === undefined) return true;
  if (Array.isArray(result)) return result.every((item) => item === null);
  return JSON.stringify(result) === '{"totalCount":0}';
}

/**
 * A search is fuzzy: the words of a hostile text ("or", "1") may match a name or two, as any words would.
 * Lucene syntax run as such (`*:*`) would find every entity.
 */
function foundNoMoreThan(result: unknown, most: number): boolean {
  return foundNothing(result) || ((result as { totalCount?: number }).totalCount ?? Infinity) <= most;
}

/** The input errors, or an import's problems, of a mutation's payload. */
function problemsOf(answer: RawAnswer, mutation: string): unknown[] {
  const payload = (answer.json?.data as Record<string, { errors?: unknown[]; problems?: unknown[] } | null> | null | undefined)?.[mutation];
  return payload?.errors ?? payload?.problems ?? [];
}

/** A new entity of `type`, written through the API for a case to change; its key. A `variant` gives it a key of its own. */
async function createFixture(type: string, variant?: number): Promise<string> {
  const field = `${type[0]!.toLowerCase()}${type.slice(1)}`;
  const input = validInput(`create${type}`, variant === undefined ? {} : { variant });
  const answer = await ask(
    { query: `mutation ($input: Create${type}Input!) { create${type}(input: $input) { ${field} { key } errors { field code message } } }`, variables: { input } },
    { token: tokens.editor },
  );
  const key = (answer.json?.data as Record<string, { [entity: string]: { key: string } | null } | undefined> | undefined)?.[`create${type}`]?.[field]?.key;
  if (!key) throw new Error(`The ${type} fixture was not created: ${answer.text}`);
  return key;
}

/**
 * Sends each hostile text through one string field of a mutation, as an editor, starting from an input the
 * graph accepts. The text must be refused with input errors (or BAD_USER_INPUT), validated by a dry run,
 * or written: then it must be in the graph exactly as sent, in an element added by this case, and what was
 * there before must be untouched (the fingerprint after the case checks that). The texts go side by side,
 * each with keys of its own (an update changes a fixture entity of its own), except into a link: the seven
 * would state one relationship, so each is checked before the next overwrites it.
 */
async function injectInto(route: StringRoute, injections: readonly Injection[]) {
  const inputType = schema.getMutationType()!.getFields()[route.field]!.args[0]!.type as GraphQLInputType;
  const type = entityTypeOf(route.field);
  const fixtures = type && route.field.startsWith('update') ? await Promise.all(injections.map((_, variant) => createFixture(type, variant))) : [];
  const send = async (injection: Injection, variant: number) => {
    const entity = fixtures[variant];
    const input = withText(validInput(route.field, { ...(entity ? { entity } : {}), owner: route.owner, variant }), inputType, route.path.slice(1), injection.text);
    const answer = await ask({ query: mutationDocument(schema, route.field), variables: { input } }, { token: tokens.editor });
    const label = `${injection.name}: ${answer.text.slice(0, 300)}`;
    expect(answer.status, label).toBe(200);
    const codes = codesOf(answer);
    expect(codes.filter((code) => code !== 'BAD_USER_INPUT'), label).toEqual([]);
    const payload = (answer.json?.data as Record<string, { summary?: { dryRun: boolean } | null } | null> | null | undefined)?.[route.field];
    const refused = codes.length > 0 || problemsOf(answer, route.field).length > 0 || payload?.summary?.dryRun === true;
    return refused ? [] : [injection];
  };
  const stored: Injection[] = [];
  if (route.field === 'linkEntities') {
    for (const injection of injections) {
      stored.push(...(await expectStored(await send(injection, 0))));
      await inspector.restore(original);
    }
  } else {
    stored.push(...(await expectStored((await Promise.all(injections.map(send))).flat())));
  }
  if (stored.length > 0) storedThrough.add(route.owner);
  await inspector.restore(original);
}

/** Each text written, exactly as sent, in an element added since the suite began; returns those texts. */
async function expectStored(written: Injection[]): Promise<Injection[]> {
  if (written.length === 0) return written;
  const added = await inspector.addedSince(original);
  for (const injection of written) {
    // JSON escapes the text as the fingerprint's lines do; a quote may be stored inside quotation marks.
    expect(added.some((line) => line.includes(JSON.stringify(injection.text).slice(1, -1))), `${injection.name} was not stored as sent:\n${added.join('\n')}`).toBe(true);
  }
  return written;
}

/** `it.each` for a table, without vitest's cut of values in titles at 40 characters: names here are longer. */
function each<Case>(test: (name: string, body: () => Promise<void>) => void, cases: readonly Case[], title: (item: Case) => string, body: (item: Case) => Promise<void>) {
  for (const item of cases) test(title(item), () => body(item));
}

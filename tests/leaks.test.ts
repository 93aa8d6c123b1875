import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/hardening.ts';
import { paths } from '../src/paths.ts';
import { testAuth, tokens } from './support/api-keys.ts';
import { type HttpAnswer, postJson, send } from './support/http.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

/*
 * What the API must not give away, over real HTTP against the tests' Neo4j: its JSON parser's own words
 * (which quote the body back), schema names through "Did you mean" wherever one stands, the schema's shape
 * to a client that may not read it, and a dataset file's `__proto__` key dropped without a word.
 */

// As the service runs by default outside development; as in development; and with reads needing a key.
let closed: TestServer;
let open: TestServer;
let locked: TestServer;

beforeAll(async () => {
  [closed, open, locked] = await Promise.all([
    startTestServer(undefined, { disclosure: { introspection: false, suggestions: false } }),
    startTestServer(undefined, { disclosure: { introspection: true, suggestions: true } }),
    startTestServer(undefined, {
      disclosure: { introspection: false, suggestions: false },
      auth: { ...testAuth, readsRequireAuth: true },
    }),
  ]);
});
afterAll(() => Promise.all([closed.close(), open.close(), locked.close()]));

// The alias marks what the client sent: an answer that quotes the body back contains it.
const TYPENAME = JSON.stringify({ query: '{ echoed: __typename }' });
const ANSWERED = { data: { echoed: 'Query' } };

function post(body: Uint8Array | string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const bytes = typeof body === 'string' ? body : Uint8Array.from(body);
  return send(`${closed.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: bytes });
}

/** One error, with the status and code given, whose message is in our words and quotes nothing sent. */
function expectRefused(answer: HttpAnswer, status: number, code: string, message: string | RegExp) {
  expect(answer.status).toBe(status);
  expect(answer.body.errors).toEqual([{ message: typeof message === 'string' ? message : expect.stringMatching(message), extensions: { code } }]);
  expect(answer.text).not.toMatch(/echoed|originalError|SyntaxError|Unexpected token/);
}

describe('request bodies that are not UTF-8 JSON', () => {
  it('reads JSON after a UTF-8 byte order mark', async () => {
    const answer = await post(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TYPENAME)]));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(ANSWERED);
  });

  it.each([
    ['UTF-16 little-endian with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TYPENAME, 'utf16le')])],
    ['UTF-16 little-endian without one', Buffer.from(TYPENAME, 'utf16le')],
    ['UTF-16 big-endian with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TYPENAME, 'utf16le').swap16()])],
  ])('says a body in %s is not UTF-8', async (_case, body) => {
    expectRefused(await post(body), 400, 'BAD_REQUEST', /^The request body is not UTF-8 \(it looks like UTF-16\)/);
  });

  it('refuses a compressed body, with Content-Encoding or without', async () => {
    const gzipped = gzipSync(TYPENAME);
    expectRefused(await post(gzipped, { 'content-encoding': 'gzip' }), 415, 'UNSUPPORTED_CONTENT_ENCODING', /does not take compressed request bodies \(Content-Encoding: gzip\)/);
    expectRefused(await post(gzipped), 400, 'BAD_REQUEST', /^The request body is gzip-compressed/);
  });

  it.each([
    ['malformed JSON', TYPENAME.slice(0, -1), 'POST body sent invalid JSON.'],
    ['an empty body', '', 'POST body sent invalid JSON.'],
    ['a JSON string', JSON.stringify('{ echoed: __typename }'), 'POST body is expected to be object but received string'],
    ['JSON null', 'null', 'POST body is expected to be object but received null'],
  ])('answers %s with 400, without the JSON parser’s words', async (_case, body, message) => {
    expectRefused(await post(body), 400, 'BAD_REQUEST', message);
  });

  it('answers variables in a URL that are not JSON with 400 in words', async () => {
    const answer = await send(`${closed.url}/graphql?query=${encodeURIComponent('{ echoed: __typename }')}&variables=${encodeURIComponent('{x')}`, {
      headers: { [CSRF_HEADER]: '1' },
    });
    expectRefused(answer, 400, 'BAD_REQUEST', /^The parameter "variables" in the URL must be a JSON object/);
    const none = await send(`${closed.url}/graphql?query=${encodeURIComponent('{ echoed: __typename }')}&variables=null`, {
      headers: { [CSRF_HEADER]: '1' },
    });
    expect(none.body).toEqual(ANSWERED);
  });

  it('still refuses a body over the size limit', async () => {
    const answer = await post(`{"query": "{ __typename }", "padding": "${'x'.repeat(4_100_000)}"}`);
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });
});

describe('media types', () => {
  it.each(['Application/JSON', 'APPLICATION/JSON; Charset=UTF-8', 'application/json;charset=utf-8'])('reads a body sent as %s', async (contentType) => {
    const answer = await post(TYPENAME, { 'content-type': contentType });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(ANSWERED);
  });

  it('reads a form and a GraphQL document in any case, with the CSRF header', async () => {
    const form = await post(`query=${encodeURIComponent('{ __typename }')}`, { 'content-type': 'Application/X-WWW-Form-URLEncoded', [CSRF_HEADER]: '1' });
    expect(form.body).toEqual({ data: { __typename: 'Query' } });
    const document = await post('{ __typename }', { 'content-type': 'Application/GraphQL' });
    expect(document.body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('"Did you mean" suggestions when they are off', () => {
  const AGREEMENTS = 'query ($filter: AgreementFilter) { agreements(filter: $filter) { totalCount } }';
  // Each one made a suggestion before: at the end of a message, or followed by more text ("… Found: …").
  const cases: [string, unknown][] = [
    ['a misspelt field', { query: '{ peple { totalCount } }' }],
    ['a misspelt argument', { query: '{ agreements(filte: {}) { totalCount } }' }],
    ['a misspelt type', { query: 'query ($filter: AgreementFiltr) { agreements(filter: $filter) { totalCount } }' }],
    ['a misspelt input field written in the query', { query: '{ agreements(filter: { kin: [BILATERAL_DOCUMENTS] }) { totalCount } }' }],
    ['a misspelt input field in the variables', { query: AGREEMENTS, variables: { filter: { kin: ['BILATERAL_DOCUMENTS'] } } }],
    ['a misspelt enum value in the variables', { query: AGREEMENTS, variables: { filter: { kind: ['BILATERAL_DOCUMENT'] } } }],
  ];

  it.each(cases)('are stripped from %s, wherever they stand', async (_case, payload) => {
    const [hidden, shown] = await Promise.all([postJson(closed.url, payload), postJson(open.url, payload)]);
    // The same request does suggest when suggestions are on: the case is real.
    expect(shown.text).toContain('Did you mean');
    expect(hidden.body.errors?.length).toBeGreaterThan(0);
    expect(hidden.text).not.toMatch(/Did you mean|"people"|"filter"|"AgreementFilter"\?|"kind"\?|BILATERAL_DOCUMENTS"\?/);
    // What remains reads as a sentence: the text after a suggestion stays.
    for (const error of hidden.body.errors ?? []) expect(error.message).not.toMatch(/\s{2}|\. \./);
  });

  it('leave the text after the suggestion', async () => {
    const answer = await postJson(closed.url, cases[3]![1]);
    expect(answer.body.errors?.[0]?.message).toBe(
      '`filter.kin`: Expected value of type "AgreementFilter" not to include unknown field "kin". Found: { kin: [BILATERAL_DOCUMENTS] }.',
    );
  });
});

describe('with reads needing an API key', () => {
  it('refuses a request without one before validating it: no error maps the schema', async () => {
    for (const query of ['{ peple { totalCount } }', '{ agreements(filter: { kin: [X] }) { totalCount } }', '{ __schema { types { name } } }']) {
      const answer = await postJson(locked.url, { query });
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      expect(answer.body.errors).toEqual([{ message: expect.stringMatching(/needs a bearer token/), extensions: { code: 'UNAUTHENTICATED' } }]);
    }
  });

  it('refuses a wrong token, and a body it cannot read, the same way', async () => {
    const wrong = await postJson(locked.url, { query: '{ peple { totalCount } }' }, { authorization: 'Bearer not-a-key' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors?.[0]?.message).toMatch(/matches no configured API key/);
    const unreadable = await send(`${locked.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query' });
    expect(unreadable.status).toBe(401);
  });

  it('validates, and answers, a request with a key', async () => {
    const authorization = `Bearer ${tokens.reader}`;
    const misspelt = await postJson(locked.url, { query: '{ peple { totalCount } }' }, { authorization });
    expect(misspelt.body.errors?.[0]).toMatchObject({ message: 'Cannot query field "peple" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect((await postJson(locked.url, JSON.parse(TYPENAME), { authorization })).body).toEqual(ANSWERED);
  });
});

describe('a __proto__ key in an imported dataset file', () => {
  const IMPORT = `mutation ($input: ImportDatasetInput!) {
    importDataset(input: $input) { summary { dryRun } problems { file entry field message } }
  }`;

  it('is reported with the file and where it stands, and nothing is imported', async () => {
    const fixture = await readFile(join(paths.projectRoot, 'tests/fixtures/import-trade-office.yaml'), 'utf8');
    const content = fixture
      .replace('    type: City\n', '    type: City\n    __proto__: { name: Elsewhere }\n')
      .replace('  published: { date: 2025-02-10 }\n', '  published: { date: 2025-02-10, __proto__: { inferred: true } }\n');
    expect(content).toContain('__proto__: { name');
    const input = { files: [{ name: 'proto.yaml', content }], dryRun: true };
    const answer = await closed.graphql<{ importDataset: { summary: unknown; problems: unknown[] } }>(IMPORT, { input }, { token: tokens.editor });
    expect(answer.errors).toBeUndefined();
    const notAllowed = 'the key "__proto__" is not allowed: rename or remove it';
    expect(answer.data?.importDataset).toEqual({
      summary: null,
      problems: [
        { file: 'proto.yaml', entry: 'source', field: 'published.__proto__', message: notAllowed },
        { file: 'proto.yaml', entry: 'entities[2] (city/fixture-city)', field: '__proto__', message: notAllowed },
      ],
    });
  });
});

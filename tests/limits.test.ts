import { request as httpRequest } from 'node:http';
import { getIntrospectionQuery, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { examples } from '../src/examples.ts';
import { countTokens, DEFAULT_LIMITS, type Limits, measureOperation } from '../src/limits.ts';
import { schema } from '../src/schema/index.ts';
import { postJson, send } from './support/http.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const measure = (query: string, variables?: Record<string, unknown>) => measureOperation(schema, parse(query), undefined, variables);

// What GraphiQL asks to learn the schema: the service must always let it through.
const graphiqlIntrospection = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });

describe('what a query weighs', () => {
  it('counts a field 1, and a connection its page size times what it selects (20 without a page size)', () => {
    expect(measure('{ people(first: 10) { nodes { name } } }')).toEqual({ depth: 3, cost: 1 + 10 * 2, aliases: 0, directives: 0 });
    expect(measure('{ people { totalCount } }').cost).toBe(1 + 20);
    expect(measure('{ people(last: 7) { totalCount } }').cost).toBe(1 + 7);
  });

  it('multiplies nested lists', () => {
    expect(measure('{ people(first: 30) { nodes { name events(first: 30) { nodes { name } } } } }').cost).toBe(1 + 30 * (1 + 1 + 1 + 30 * 2));
  });

  it('takes page sizes from the variables, or from the variables’ defaults', () => {
    const query = 'query Page($size: Int = 5) { people(first: $size) { totalCount } }';
    expect(measure(query).cost).toBe(1 + 5);
    expect(measure(query, { size: 50 }).cost).toBe(1 + 50);
  });

  it('weighs traversals by their limit, depth, path length and ids, defaults included', () => {
    expect(measure('{ neighbourhood(of: { key: "city/almaty" }, depth: 2, limit: 10) { reachable } }').cost).toBe(1 + 2 * 10);
    // Defaults: depth 1, limit 100; limit 10 paths of at most 4 steps.
    expect(measure('{ neighbourhood(of: { key: "city/almaty" }) { reachable } }').cost).toBe(1 + 100);
    expect(measure('{ shortestPaths(from: { key: "a" }, to: { key: "b" }) { length } }').cost).toBe(1 + 10 * 4);
    expect(measure('{ nodes(ids: ["a", "b", "c"]) { id } }').cost).toBe(1 + 3);
    expect(measure('{ relationshipsAmong(ids: ["a", "b", "c"]) { id type } }').cost).toBe(1 + 3 * 2);
  });

  it('counts only the costliest of the fragments on different types of an abstract field', () => {
    const query = '{ node(id: "x") { ... on Person { events(first: 10) { totalCount } } ... on Event { participants(first: 50) { totalCount } } } }';
    expect(measure(query)).toMatchObject({ depth: 3, cost: 1 + (1 + 50) });
  });

  it('counts a fragment at every spread, with its aliases and directives', () => {
    const query = `
      { a: people(first: 2) { ...Names } b: people(first: 3) @include(if: true) { ...Names } }
      fragment Names on PersonConnection { nodes @skip(if: false) { name aliases } }`;
    expect(measure(query)).toEqual({ depth: 3, cost: 1 + 2 * 3 + (1 + 3 * 3), aliases: 2, directives: 3 });
  });

  it('measures a fragment spread many times once, and stops at a fragment that spreads itself', () => {
    // Each fragment spreads the next twice: 2^39 fields once expanded, from 40 short lines.
    const fragments = Array.from({ length: 40 }, (_, level) =>
      level === 39 ? 'fragment F39 on Person { name }' : `fragment F${level} on Person { ...F${level + 1} ...F${level + 1} }`,
    );
    const started = performance.now();
    expect(measure(`{ node(id: "x") { ...F0 } } ${fragments.join('\n')}`).cost).toBe(1 + 2 ** 39);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(measure('{ node(id: "x") { ...A } } fragment A on Person { name ...B } fragment B on Person { ...A }').cost).toBe(2);
  });
});

describe('the default limits', () => {
  const figures = [...examples.map((example) => ({ name: example.name, text: example.text })), { name: 'GraphiQL introspection', text: graphiqlIntrospection }];

  it.each(figures)('let $name through', ({ text }) => {
    const measured = measure(text);
    expect(measured.depth).toBeLessThanOrEqual(DEFAULT_LIMITS.depth);
    expect(measured.cost).toBeLessThanOrEqual(DEFAULT_LIMITS.cost);
    expect(measured.aliases).toBeLessThanOrEqual(DEFAULT_LIMITS.aliases);
    expect(measured.directives).toBeLessThanOrEqual(DEFAULT_LIMITS.directives);
    expect(countTokens(text)).toBeLessThanOrEqual(DEFAULT_LIMITS.tokens);
    expect(Buffer.byteLength(JSON.stringify({ query: text }))).toBeLessThanOrEqual(DEFAULT_LIMITS.requestBytes);
  });

  it('are what the service uses when nothing is set', () => {
    expect(loadConfig({}).limits).toEqual(DEFAULT_LIMITS);
  });
});

describe('request limits over HTTP', () => {
  const tight: Limits = { depth: 6, cost: 1_000, aliases: 2, directives: 2, tokens: 60, requestBytes: 2_000 };
  let server: TestServer;
  let byDefault: TestServer;
  let statements = 0;

  beforeAll(async () => {
    [server, byDefault] = await Promise.all([
      startTestServer(undefined, { limits: tight, onStatement: () => (statements += 1) }),
      startTestServer(),
    ]);
  });
  afterAll(() => Promise.all([server.close(), byDefault.close()]));

  /**
   * The errors of a refused request, checking it was refused before anything reached Neo4j: with 400 to a
   * client that accepts the GraphQL response type, and like a validation error (200) to a plain JSON client.
   */
  async function refused(payload: unknown): Promise<{ message: string; code: unknown }[]> {
    statements = 0;
    const plainJson = await postJson(server.url, payload, { accept: 'application/json' });
    expect(plainJson.status).toBe(200);
    const answer = await postJson(server.url, payload, { accept: 'application/graphql-response+json' });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(plainJson.body);
    expect(answer.body.data ?? undefined).toBeUndefined();
    expect(statements).toBe(0);
    return (answer.body.errors ?? []).map((error) => ({ message: error.message, code: error.extensions?.code }));
  }

  const pages = 'query Pages($size: Int) { people(first: $size) { nodes { name events(first: $size) { nodes { name } } } } }';

  it('weighs page sizes given as variables: the same query runs with small pages and is refused with large ones', async () => {
    const small = await server.graphql<{ people: { nodes: unknown[] } }>(pages, { size: 5 });
    expect(small.errors).toBeUndefined();
    expect(small.data?.people.nodes).toHaveLength(5);
    expect(await refused({ query: pages, variables: { size: 30 } })).toEqual([
      {
        message: 'The query costs 1891, above the limit of 1000: ask for smaller pages (first/last) or fewer nested lists.',
        code: 'QUERY_TOO_COSTLY',
      },
    ]);
  });

  it('refuses a query nested too deep', async () => {
    const deep = '{ people(first: 1) { nodes { events(first: 1) { nodes { participants(first: 1) { nodes { __typename } } } } } } }';
    expect(await refused({ query: deep })).toEqual([
      {
        message: 'The query nests 7 levels deep, above the limit of 6: ask for fewer levels of related entities in one request.',
        code: 'QUERY_TOO_DEEP',
      },
    ]);
  });

  it('refuses too many aliases and too many directives, each with an error of its own', async () => {
    const query = '{ a: people { totalCount } b: people @include(if: true) { totalCount } c: people @skip(if: false) { totalCount @include(if: true) } }';
    expect(await refused({ query })).toEqual([
      { message: 'The query uses 3 aliases, above the limit of 2.', code: 'TOO_MANY_ALIASES' },
      { message: 'The query uses 3 directives, above the limit of 2.', code: 'TOO_MANY_DIRECTIVES' },
    ]);
  });

  it('refuses too many tokens, or too many comments, while parsing', async () => {
    expect(await refused({ query: `{ people { nodes { ${'name '.repeat(60)}} } }` })).toEqual([
      { message: 'The query has more than 60 tokens, above the limit: send a shorter query, or split it into several requests.', code: 'TOO_MANY_TOKENS' },
    ]);
    expect(await refused({ query: `${'#\n'.repeat(61)}{ __typename }` })).toEqual([
      { message: 'The query has more than 60 comments, above the limit: send it with fewer comments.', code: 'TOO_MANY_TOKENS' },
    ]);
  });

  it('refuses a body declared larger than the limit with 413, before reading it', async () => {
    const answer = await postJson(server.url, { query: '{ __typename }', variables: { padding: 'x'.repeat(3_000) } });
    expect(answer.status).toBe(413);
    expect(answer.body.errors).toEqual([{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }]);
  });

  it('stops reading a streamed body without a length once it passes the limit', async () => {
    // Chunks are written until the answer comes: a server that read on would take all 10 MB first.
    const { status, body, bytesSent } = await streamUntilAnswered(`${server.url}/graphql`, 10_000_000);
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual({ errors: [{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });
    expect(bytesSent).toBeLessThan(1_000_000);
  });

  it('answers malformed JSON with 400 and says so', async () => {
    const answer = await send(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('does not take batches of operations', async () => {
    const answer = await postJson(server.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({ message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('leaves deep introspection to graphql’s own rule, which refuses it', async () => {
    const nested = `{ __schema { types { ${'fields { type { '.repeat(3)}name${' } }'.repeat(3)} } } }`;
    const answer = await postJson(byDefault.url, { query: nested });
    expect(answer.body.errors).toMatchObject([{ message: 'Maximum introspection depth exceeded', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  });

  // The examples themselves run under the default limits in tests/examples.test.ts.
  it('lets GraphiQL introspect the schema under the default limits', async () => {
    const introspection = await byDefault.graphql<{ __schema: { types: unknown[] } }>(graphiqlIntrospection);
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data?.__schema.types.length).toBe(Object.keys(schema.getTypeMap()).length);
  });
});

describe('limits from the environment', () => {
  it('reads every limit', () => {
    const env = {
      GRAPHQL_MAX_DEPTH: '12',
      GRAPHQL_MAX_COST: '50000',
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_DIRECTIVES: '5',
      GRAPHQL_MAX_TOKENS: '800',
      MAX_REQUEST_BYTES: '65536',
    };
    expect(loadConfig(env).limits).toEqual({ depth: 12, cost: 50_000, aliases: 0, directives: 5, tokens: 800, requestBytes: 65_536 });
  });

  it('names each bad value with what is expected', () => {
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: 'deep', GRAPHQL_MAX_TOKENS: '0', MAX_REQUEST_BYTES: '10', GRAPHQL_MAX_COST: '1e6' })).toThrow(
      [
        'GRAPHQL_MAX_DEPTH: must be a whole number from 1 to 1000 (got "deep")',
        'GRAPHQL_MAX_COST: must be a whole number from 1 to 1000000000000000 (got "1e6")',
        'GRAPHQL_MAX_TOKENS: must be a whole number from 1 to 1000000 (got "0")',
        'MAX_REQUEST_BYTES: must be a whole number from 1000 to 1000000000 (got "10")',
      ].join('\n'),
    );
  });
});

/**
 * POSTs a body of `total` bytes in 16 KB chunks without a Content-Length (chunked), writing the next chunk
 * only while no answer has come, and says how much was sent by then.
 */
function streamUntilAnswered(url: string, total: number): Promise<{ status: number; body: string; bytesSent: number }> {
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      answered = true;
      const bytesSentByThen = bytesSent;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body, bytesSent: bytesSentByThen });
      });
    });
    // The server may close the connection while a chunk is on its way; the answer is what counts.
    request.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(16_384, ' ');
    request.write('{"query": "{ __typename }", "variables": {"padding": "');
    const writeNext = () => {
      if (answered || request.destroyed) return;
      if (bytesSent >= total) return void request.end('"}}');
      bytesSent += chunk.length;
      request.write(chunk, () => setTimeout(writeNext, 1));
    };
    writeNext();
  });
}

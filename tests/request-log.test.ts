import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type AuthConfig, parseApiKeys, sha256 } from '../src/auth.ts';
import { postJson, send } from './support/http.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const TOKEN = 'secret-token-123';
const keys = parseApiKeys(`alice:reader:${sha256(TOKEN).toString('hex')}`);
if (typeof keys === 'string') throw new Error(keys);
const auth: AuthConfig = { keys, readsRequireAuth: false };

/** Every line the app logs, as written. */
let lines: string[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
const requestLines = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === 'request');

let server: TestServer;
// This server asks Neo4j for a database it does not have, so every question fails in a way the client must not see.
let refusedByNeo4j: TestServer;
let statements = 0;

beforeAll(async () => {
  [server, refusedByNeo4j] = await Promise.all([
    startTestServer(undefined, { logger, auth, onStatement: () => (statements += 1) }),
    startTestServer({ ...inject('neo4j'), database: 'nosuchdatabase' }, { logger, auth }),
  ]);
});
afterAll(() => Promise.all([server.close(), refusedByNeo4j.close()]));
beforeEach(() => {
  lines = [];
  statements = 0;
});

const bearer = { authorization: `Bearer ${TOKEN}` };
const search = 'query SearchBektenov($text: String!) { search(text: $text, first: 3) { totalCount nodes { __typename } } }';

describe('one log line per GraphQL request', () => {
  it('tells the operation, its kind, the statements it sent, the outcome, the status and the key’s name', async () => {
    const answer = await postJson(server.url, { query: search, variables: { text: 'Bektenov' } }, bearer);
    expect(answer.body.errors).toBeUndefined();
    const [line, ...others] = requestLines();
    expect(others).toEqual([]);
    expect(line).toEqual({
      level: 30,
      time: expect.any(Number),
      pid: process.pid,
      hostname: expect.any(String),
      msg: 'request',
      operation: 'SearchBektenov',
      kind: 'query',
      statements,
      outcome: 'ok',
      errorCodes: [],
      status: 200,
      viewer: 'alice',
      durationMs: expect.any(Number),
    });
    expect(statements).toBeGreaterThan(0);
  });

  it('tells errors apart from refusals, with their codes', async () => {
    await postJson(server.url, { query: 'query BadPage { people(first: -1) { totalCount } }' });
    await postJson(server.url, { query: 'query Misspelt { peple { totalCount } }' });
    await postJson(server.url, { query: '{ people { totalCount } }' }, { authorization: 'Bearer secret-token-456' });
    expect(requestLines().map(({ operation, kind, outcome, errorCodes, status, viewer, statements: sent }) => ({ operation, kind, outcome, errorCodes, status, viewer, sent }))).toEqual([
      { operation: 'BadPage', kind: 'query', outcome: 'errors', errorCodes: ['BAD_USER_INPUT'], status: 200, viewer: null, sent: 0 },
      // A plain JSON client gets 200 for a query that does not validate, as the GraphQL-over-HTTP spec asks.
      { operation: 'Misspelt', kind: 'query', outcome: 'rejected', errorCodes: ['GRAPHQL_VALIDATION_FAILED'], status: 200, viewer: null, sent: 0 },
      { operation: null, kind: 'query', outcome: 'rejected', errorCodes: ['UNAUTHENTICATED'], status: 401, viewer: null, sent: 0 },
    ]);
  });

  it('logs requests refused before parsing, and nothing for GraphiQL’s page or the health checks', async () => {
    await send(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    await send(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    await send(`${server.url}/health`);
    expect(requestLines()).toMatchObject([{ operation: null, kind: null, outcome: 'rejected', errorCodes: ['CSRF_HEADER_REQUIRED'], status: 403 }]);
  });

  it('logs a failure in full for the operator, and the request as failed', async () => {
    const answer = await postJson(refusedByNeo4j.url, { query: 'query CountPeople { people { totalCount } }' }, bearer);
    expect(answer.body.errors).toMatchObject([{ message: 'Unexpected error.', path: ['people'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    const failure = lines.map((line) => JSON.parse(line) as { level: number; err?: { message: string } }).find((line) => line.level === 50);
    expect(failure?.err?.message).toMatch(/nosuchdatabase/);
    expect(requestLines()).toMatchObject([{ operation: 'CountPeople', outcome: 'errors', errorCodes: ['INTERNAL_SERVER_ERROR'], viewer: 'alice' }]);
  });

  it('never logs the token, the query text or the variables', async () => {
    await postJson(server.url, { query: search, variables: { text: 'classified-variable-value' } }, bearer);
    await postJson(server.url, { query: search, variables: { text: 42 } }, bearer);
    await postJson(refusedByNeo4j.url, { query: search, variables: { text: 'classified-variable-value' } }, bearer);
    await postJson(server.url, { query: '{ people { totalCount } }' }, { authorization: `Bearer ${TOKEN}-wrong` });
    expect(requestLines()).toHaveLength(4);
    for (const line of lines) {
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain('classified-variable-value');
      expect(line).not.toContain('totalCount');
    }
  });
});

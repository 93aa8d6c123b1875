import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { CSRF_HEADER } from '../src/hardening.ts';
import { postJson, send } from './support/http.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const APP = 'https://app.example.org';
const ELSEWHERE = 'https://evil.example.com';

// The API as deployed for a frontend on APP; and as it runs by default, same origin only.
let server: TestServer;
let sameOriginOnly: TestServer;
let statements = 0;

beforeAll(async () => {
  [server, sameOriginOnly] = await Promise.all([
    startTestServer(undefined, { corsOrigins: [APP], onStatement: () => (statements += 1) }),
    startTestServer(),
  ]);
});
afterAll(() => Promise.all([server.close(), sameOriginOnly.close()]));

function preflight(url: string, origin: string) {
  return send(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });
}

describe('CORS', () => {
  it('lets a page on an allowed origin send JSON with a bearer token, without credentials', async () => {
    const answer = await preflight(server.url, APP);
    expect(answer.status).toBe(204);
    expect(Object.fromEntries([...answer.headers].filter(([name]) => name.startsWith('access-control-')))).toEqual({
      'access-control-allow-origin': APP,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': `authorization, content-type, ${CSRF_HEADER}`,
      'access-control-max-age': '600',
    });
  });

  it('gives a page on any other origin no CORS header, so its browser keeps the answer from it', async () => {
    for (const answer of [await preflight(server.url, ELSEWHERE), await preflight(sameOriginOnly.url, APP)]) {
      expect([...answer.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('marks the answer to an allowed origin’s request, and says answers vary by origin', async () => {
    const [allowed, other] = await Promise.all([
      postJson(server.url, { query: '{ __typename }' }, { origin: APP }),
      postJson(server.url, { query: '{ __typename }' }, { origin: ELSEWHERE }),
    ]);
    expect(allowed.body.data).toEqual({ __typename: 'Query' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('vary')).toMatch(/\bOrigin\b/);
  });
});

describe('CSRF prevention', () => {
  const csrfRefusal = {
    message:
      `A GET, or a POST of a form or of text, needs the header ${CSRF_HEADER} (any value), so that no other web page ` +
      'can send it: add the header, or POST the request as JSON (content-type: application/json).',
    extensions: { code: 'CSRF_HEADER_REQUIRED' },
  };
  const query = encodeURIComponent('{ people { totalCount } }');

  it('refuses what any page could send without asking first: a form, text, or a GET', async () => {
    statements = 0;
    const refusals = await Promise.all([
      send(`${server.url}/graphql`, { method: 'POST', body: new URLSearchParams({ query: '{ people { totalCount } }' }) }),
      send(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query": "{ people { totalCount } }"}' }),
      send(`${server.url}/graphql?query=${query}`),
    ]);
    for (const answer of refusals) {
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual({ errors: [csrfRefusal] });
    }
    expect(statements).toBe(0);
  });

  it('answers a GET with the header, and a JSON POST without it', async () => {
    const get = await send(`${server.url}/graphql?query=${query}`, { headers: { [CSRF_HEADER]: '1' } });
    const post = await postJson(server.url, { query: '{ people { totalCount } }' });
    expect(get.status).toBe(200);
    expect(get.body).toEqual(post.body);
    expect(post.body.data).toEqual({ people: { totalCount: expect.any(Number) } });
  });

  it('refuses a mutation over GET, header or not, before it runs', async () => {
    statements = 0;
    const mutation = encodeURIComponent('mutation { recordWriteCheck { count } }');
    const answer = await send(`${server.url}/graphql?query=${mutation}`, { headers: { [CSRF_HEADER]: '1' } });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
    expect(answer.body.errors).toEqual([{ message: 'Can only perform a mutation operation from a POST request.', extensions: { code: 'BAD_REQUEST' } }]);
    expect(statements).toBe(0);
  });

  it('still serves GraphiQL to a browser that opens /graphql', async () => {
    const page = await send(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('Kazakhstan–China graph');
  });
});

describe('CORS_ORIGINS', () => {
  it('is a list of exact origins; none by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.org, http://localhost:5173' }).corsOrigins).toEqual([APP, 'http://localhost:5173']);
  });

  it.each(['*', 'https://app.example.org/', 'app.example.org', 'https://app.example.org/graphql', 'ftp://app.example.org'])(
    'refuses %s, which no browser sends as an origin',
    (origin) => {
      expect(() => loadConfig({ CORS_ORIGINS: `${APP},${origin}` })).toThrow(
        `CORS_ORIGINS: must be origins separated by commas, each like https://app.example.org (scheme, host and port only) (got "${APP},${origin}")`,
      );
    },
  );
});

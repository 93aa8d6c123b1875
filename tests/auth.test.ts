import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate, newApiKey, parseApiKeys } from '../src/auth.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { testAuth, tokens } from './support/api-keys.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

const WRITE = 'mutation { recordWriteCheck { count } }';
const READ = '{ countries { totalCount } }';

let open: TestServer;
let closed: TestServer;
beforeAll(async () => {
  [open, closed] = await Promise.all([startTestServer(), startTestServer(undefined, { auth: { ...testAuth, readsRequireAuth: true } })]);
});
afterAll(() => Promise.all([open.close(), closed.close()]));

async function post(server: TestServer, query: string, authorization?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body, codes: body.errors?.map((error) => error.extensions?.code) };
}

describe('writes need an editor’s key', () => {
  it('refuses an anonymous write with UNAUTHENTICATED, and runs nothing', async () => {
    const { body, codes } = await post(open, WRITE);
    expect(codes).toEqual(['UNAUTHENTICATED']);
    expect(body.errors![0]!.message).toMatch(/editor’s API key/);
    expect(body.data).toBeNull();
  });

  it('refuses a reader’s write with FORBIDDEN, naming the key and its role', async () => {
    const { body, codes } = await post(open, WRITE, `Bearer ${tokens.reader}`);
    expect(codes).toEqual(['FORBIDDEN']);
    expect(body.errors![0]!.message).toContain('"test-reader" has the role reader');
  });

  it('lets an editor write', async () => {
    const { body } = await post(open, WRITE, `Bearer ${tokens.editor}`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ recordWriteCheck: { count: expect.any(Number) } });
  });
});

describe('tokens', () => {
  it('refuses a token no key admits with 401, even for a public read', async () => {
    const { status, challenge, codes, body } = await post(open, READ, `Bearer ${tokens.editor}x`);
    expect(status).toBe(401);
    expect(challenge).toBe('Bearer');
    expect(codes).toEqual(['UNAUTHENTICATED']);
    expect(body.errors![0]!.message).toMatch(/matches no configured API key/);
  });

  it.each([['Basic dXNlcjpwYXNz'], ['Bearer'], ['Bearer two tokens'], [`bearer  ${'"'}quoted${'"'}`]])(
    'refuses a malformed Authorization header: %s',
    async (header) => {
      const { status, body } = await post(open, READ, header);
      expect(status).toBe(401);
      expect(body.errors![0]!.message).toBe('The Authorization header must be "Bearer <token>".');
    },
  );

  it('reads publicly without a token, and with a reader’s', async () => {
    expect((await post(open, READ)).body).toEqual({ data: { countries: { totalCount: 2 } } });
    expect((await post(open, READ, `Bearer ${tokens.reader}`)).body).toEqual({ data: { countries: { totalCount: 2 } } });
  });

  it('needs a key for reads too when READS_REQUIRE_AUTH is set', async () => {
    const anonymous = await post(closed, READ);
    expect(anonymous.status).toBe(401);
    expect(anonymous.codes).toEqual(['UNAUTHENTICATED']);
    expect((await post(closed, READ, `Bearer ${tokens.reader}`)).body).toEqual({ data: { countries: { totalCount: 2 } } });
  });
});

describe('API keys in the configuration', () => {
  it('admits the token a new key was made for, and only that one', () => {
    const { token, entry } = newApiKey('alice', 'editor');
    expect(entry).toMatch(/^alice:editor:[0-9a-f]{64}$/);
    expect(entry).not.toContain(token);
    const keys = parseApiKeys(`${entry}, ${newApiKey('bob', 'reader').entry}`);
    if (typeof keys === 'string') throw new Error(keys);
    expect(authenticate(`Bearer ${token}`, { keys, readsRequireAuth: false })).toEqual({ name: 'alice', role: 'editor' });
    expect(() => authenticate(`Bearer ${token.slice(1)}`, { keys, readsRequireAuth: false })).toThrow(/no configured API key/);
  });

  it('names what is wrong with API_KEYS without echoing the value', () => {
    const hash = 'a'.repeat(64);
    const cases = [
      ['alice:admin:' + hash, 'API_KEYS: entry 1 (alice) has role "admin"; roles are reader, editor'],
      ['alice:editor:not-a-hash', 'API_KEYS: entry 1 is not name:role:sha256'],
      [`alice:editor:${hash},alice:reader:${hash}`, 'API_KEYS: the name alice is used twice'],
    ];
    for (const [value, message] of cases) {
      const error = captureConfigError({ API_KEYS: value! });
      expect(error.problems[0]).toContain(message);
      expect(error.message).not.toContain(hash);
      expect(error.message).not.toContain('not-a-hash');
    }
  });

  it('refuses READS_REQUIRE_AUTH without any key', () => {
    expect(captureConfigError({ READS_REQUIRE_AUTH: 'true' }).problems).toEqual([
      'READS_REQUIRE_AUTH: is true but API_KEYS configures no key (got "true")',
    ]);
  });
});

function captureConfigError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

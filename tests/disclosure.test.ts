import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.ts';

// As the service runs outside development with introspection turned off.
let closed: TestServer;
// As in development: everything disclosed.
let open: TestServer;

beforeAll(async () => {
  [closed, open] = await Promise.all([
    startTestServer(undefined, { disclosure: { introspection: false, suggestions: false } }),
    startTestServer(undefined, { disclosure: { introspection: true, suggestions: true } }),
  ]);
});
afterAll(() => Promise.all([closed.close(), open.close()]));

const misspelt = '{ peple { totalCount } }';

describe('what the API discloses about its schema', () => {
  it('suggests a field for a misspelt one only when suggestions are on', async () => {
    const [hidden, shown] = await Promise.all([closed.graphql(misspelt), open.graphql(misspelt)]);
    expect(shown.errors?.[0]?.message).toBe('Cannot query field "peple" on type "Query". Did you mean "people"?');
    expect(hidden.errors?.[0]).toMatchObject({ message: 'Cannot query field "peple" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('refuses introspection when it is off, but still answers __typename', async () => {
    const introspection = await closed.graphql('{ __schema { queryType { name } } }');
    expect(introspection.data ?? undefined).toBeUndefined();
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await closed.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    expect((await open.graphql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEO4J_VERSION } from '../src/neo4j/version.ts';
import { tokens } from './support/api-keys.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('service info over HTTP', () => {
  it('reads the Neo4j server’s version and edition from Neo4j', async () => {
    const response = await server.graphql(`{ service { name version neo4j { version edition } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      service: { name: 'kz-cn-graph', version: expect.any(String), neo4j: { version: NEO4J_VERSION, edition: 'community' } },
    });
  });
});

describe('write check over HTTP', () => {
  it('writes to Neo4j and reads the write back', async () => {
    const mutation = `mutation { recordWriteCheck { count lastCheckedAt } }`;
    type Data = { recordWriteCheck: { count: number; lastCheckedAt: string } };
    const first = await server.graphql<Data>(mutation, {}, { token: tokens.editor });
    const second = await server.graphql<Data>(mutation, {}, { token: tokens.editor });
    expect(first.errors).toBeUndefined();
    expect(second.data!.recordWriteCheck.count).toBe(first.data!.recordWriteCheck.count + 1);
    expect(Date.parse(second.data!.recordWriteCheck.lastCheckedAt)).toBeGreaterThanOrEqual(
      Date.parse(first.data!.recordWriteCheck.lastCheckedAt),
    );
  });
});

describe('health', () => {
  it('answers /health and /ready while Neo4j is up', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });

  it('serves GraphiQL to browsers without any CDN', async () => {
    const page = await (await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(page).toMatch(/<title>Kazakhstan–China graph\b/);
    // Our own build: a small page naming hashed assets, not a whole bundle inlined.
    expect(page).toMatch(/<script type="module" crossorigin src="\/assets\/graphiql-[\w-]+\.js"><\/script>/);
    expect(page.length).toBeLessThan(5_000);
    expect(page).not.toMatch(/unpkg\.com|jsdelivr|cdn\./);
  });
});

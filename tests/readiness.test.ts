import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalNeo4j } from '../src/neo4j/local/local-neo4j.ts';
import { NEO4J_VERSION } from '../src/neo4j/version.ts';
import { noOwnNeo4j, startOwnNeo4j } from './support/own-neo4j.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// Needs a Neo4j this test may stop and start again: a local one of its own.
describe.skipIf(noOwnNeo4j)('/ready follows Neo4j', () => {
  let neo4j: LocalNeo4j;
  let server: TestServer;

  beforeAll(async () => {
    let target;
    ({ neo4j, target } = await startOwnNeo4j());
    server = await startTestServer(target);
  });

  afterAll(async () => {
    await server?.close();
    await neo4j?.stop();
  });

  const ready = async () => (await fetch(`${server.url}/ready`)).status;
  const neo4jVersion = async () => (await server.graphql<{ service: { neo4j: { version: string } } }>(
    '{ service { neo4j { version } } }',
  ));

  it('is 200 while Neo4j answers, 503 while it is stopped (questions fail fast), and 200 again once it is back', async () => {
    expect(await ready()).toBe(200);

    await neo4j.stop();
    expect(await ready()).toBe(503);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const asked = Date.now();
    const whileDown = await neo4jVersion();
    const waited = Date.now() - asked;
    console.log(`A question while Neo4j was down failed after ${waited} ms`);
    expect(whileDown.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(whileDown.errors?.[0]?.message).toMatch(/^The graph database is not answering/);
    // Not a speed target: a guard against hanging until the client gives up.
    expect(waited).toBeLessThan(15_000);

    await neo4j.start();
    expect(await ready()).toBe(200);
    expect((await neo4jVersion()).data?.service.neo4j.version).toBe(NEO4J_VERSION);
  });
});

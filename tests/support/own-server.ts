import { afterAll, beforeAll } from 'vitest';
import type { LocalNeo4j } from '../../src/neo4j/local/local-neo4j.ts';
import { startOwnNeo4j } from './own-neo4j.ts';
import { startTestServer, type TestServer } from './test-server.ts';

/**
 * The real app over a seeded Neo4j of the calling file's own, for tests that add to the graph: started
 * before the tests of the describe block it is called in, and stopped after them.
 */
export function ownSeededServer(): () => TestServer {
  let neo4j: LocalNeo4j | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    const own = await startOwnNeo4j({ seeded: true });
    neo4j = own.neo4j;
    server = await startTestServer(own.target);
  });
  afterAll(async () => {
    await server?.close();
    await neo4j?.stop();
  });
  return () => {
    if (!server) throw new Error('The own server is not started yet');
    return server;
  };
}

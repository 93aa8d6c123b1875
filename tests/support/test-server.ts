import { type Logger, pino } from 'pino';
import { inject } from 'vitest';
import { createApp } from '../../src/app.ts';
import type { AuthConfig } from '../../src/auth.ts';
import type { CypherStatement } from '../../src/db/cypher.ts';
import { Database } from '../../src/db/database.ts';
import type { Disclosure } from '../../src/hardening.ts';
import { listen } from '../../src/http-server.ts';
import type { Limits } from '../../src/limits.ts';
import type { Neo4jTarget } from '../../src/neo4j/obtain.ts';
import { paths } from '../../src/paths.ts';
import { loadWebAssets, withWebAssets } from '../../src/web-assets.ts';
import { testAuth } from './api-keys.ts';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The real app on a real port, talking to the tests' Neo4j (or the one given). `onStatement` hears of
 * every Cypher statement the app sends, for tests that count a request's round trips.
 */
export async function startTestServer(
  target: Neo4jTarget = inject('neo4j'),
  {
    onStatement,
    disclosure,
    auth = testAuth,
    logger = pino({ level: 'silent' }),
    limits,
    corsOrigins,
  }: {
    onStatement?: (statement: CypherStatement) => void;
    disclosure?: Disclosure;
    auth?: AuthConfig;
    logger?: Logger;
    limits?: Limits;
    corsOrigins?: string[];
  } = {},
) {
  const db = new Database(target, onStatement ? { onStatement } : {});
  const webAssets = loadWebAssets(paths.webDist);
  const app = createApp({
    db,
    webAssets,
    logger,
    auth,
    ...(disclosure ? { disclosure } : {}),
    ...(limits ? { limits } : {}),
    ...(corsOrigins ? { corsOrigins } : {}),
  });
  const server = await listen(withWebAssets(app, webAssets), { port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${server.port}`;
  return {
    url,
    db,
    /** POSTs the query; `token` is sent as a bearer token (see ./api-keys.ts). */
    async graphql<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, { token }: { token?: string } = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<Data>;
    },
    async close() {
      await server.close(1_000);
      await app.dispose();
      await db.close();
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { Logger } from 'pino';
import { type AuthConfig, authenticate } from './auth.ts';
import type { GraphQLContext } from './context.ts';
import { RequestLoaders } from './data/loaders.ts';
import { useBadUserInputCodes } from './errors.ts';
import type { Database } from './db/database.ts';
import { examples } from './examples.ts';
import { type Disclosure, useDisclosure } from './hardening.ts';
import { schema } from './schema/index.ts';

/**
 * The GraphQL service at /graphql (GraphiQL for browsers, served from the package rather than a CDN, so it
 * works offline), /health while the process lives, and /ready only while Neo4j answers.
 */
export function createApp({
  db,
  logger,
  disclosure = { introspection: true, suggestions: true },
  auth = { keys: [], readsRequireAuth: false },
}: {
  db: Database;
  logger: Logger;
  /** What the schema tells strangers; the service takes it from its configuration, tests get everything. */
  disclosure?: Disclosure;
  /** The API keys; without any, the graph can be read but not changed. */
  auth?: AuthConfig;
}) {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    context: ({ request }) => ({
      db,
      loaders: new RequestLoaders(db),
      viewer: authenticate(request.headers.get('authorization'), auth),
    }),
    graphiql: {
      title: 'Kazakhstan–China graph',
      // A tab per example, titled by its operation name. GraphiQL uses these only while the browser has
      // no tabs of its own saved, so a returning researcher keeps their work.
      defaultTabs: examples.map((example) => ({ query: example.text })),
    },
    renderGraphiQL,
    landingPage: false,
    logging: {
      debug: forward(logger, 'debug'),
      info: forward(logger, 'info'),
      warn: forward(logger, 'warn'),
      error: forward(logger, 'error'),
    },
    plugins: [
      useReadinessCheck({ endpoint: '/ready', check: () => db.isReachable() }),
      useBadUserInputCodes(),
      useDisclosure(disclosure),
    ],
  });
}

/** Yoga logs the original of every masked error; pino keeps its stack when it comes as `err`. */
function forward(logger: Logger, level: 'debug' | 'info' | 'warn' | 'error') {
  return (...args: unknown[]) => {
    const error = args.find((arg) => arg instanceof Error);
    const text = args.filter((arg) => arg !== error).map(String).join(' ');
    if (error) logger[level]({ err: error }, text || error.message);
    else logger[level](text);
  };
}

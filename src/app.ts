import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { Logger } from 'pino';
import { type AuthConfig, authenticate } from './auth.ts';
import type { GraphQLContext } from './context.ts';
import { RequestLoaders } from './data/loaders.ts';
import { useBadUserInputCodes } from './errors.ts';
import type { Database } from './db/database.ts';
import {
  crossOriginPolicy,
  type Disclosure,
  useAuthenticationFirst,
  useCsrfPrevention,
  useDisclosure,
  useRequestReading,
  useVaryByOrigin,
} from './hardening.ts';
import { DEFAULT_LIMITS, type Limits, useRequestLimits } from './limits.ts';
import { useRequestLog } from './request-log.ts';
import { schema } from './schema/index.ts';
import { NOT_BUILT, type WebAssets } from './web-assets.ts';

/**
 * The GraphQL service at /graphql (GraphiQL for browsers, built into web/dist rather than taken from a CDN,
 * so it works offline), /health while the process lives, and /ready only while Neo4j answers.
 */
export function createApp({
  db,
  logger,
  disclosure = { introspection: true, suggestions: true },
  auth = { keys: [], readsRequireAuth: false },
  limits = DEFAULT_LIMITS,
  corsOrigins = [],
  webAssets,
}: {
  db: Database;
  logger: Logger;
  /** What the schema tells strangers; the service takes it from its configuration, tests get everything. */
  disclosure?: Disclosure;
  /** The API keys; without any, the graph can be read but not changed. */
  auth?: AuthConfig;
  /** How much one request may ask. */
  limits?: Limits;
  /** The origins whose browser pages may call the API; none: same origin only. */
  corsOrigins?: readonly string[];
  /** The built GraphiQL page; without a build, browsers are told how to make one. */
  webAssets?: WebAssets | undefined;
}) {
  const requestLog = useRequestLog(logger);
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    context: ({ request }) => {
      const requestDb = db.forRequest(requestLog.statementCounter(request));
      return {
        db: requestDb,
        loaders: new RequestLoaders(requestDb),
        viewer: authenticate(request.headers.get('authorization'), auth),
      };
    },
    // Our own GraphiQL page (web/src/graphiql), small HTML naming hashed, compressed, cached assets.
    renderGraphiQL: () => webAssets?.graphiqlHtml ?? GRAPHIQL_NOT_BUILT,
    landingPage: false,
    cors: crossOriginPolicy(corsOrigins),
    maxRequestBodySize: limits.requestBytes,
    // One operation per request, so each is limited and logged on its own; and nothing takes a file upload.
    batching: false,
    multipart: false,
    logging: {
      debug: forward(logger, 'debug'),
      info: forward(logger, 'info'),
      warn: forward(logger, 'warn'),
      error: forward(logger, 'error'),
    },
    plugins: [
      useReadinessCheck({ endpoint: '/ready', check: () => db.isReachable() }),
      // Before the limits: a refused request is logged too.
      requestLog.plugin,
      useCsrfPrevention(),
      useAuthenticationFirst(auth),
      useRequestReading(),
      useVaryByOrigin(),
      useRequestLimits(limits),
      useBadUserInputCodes(),
      useDisclosure(disclosure),
    ],
  });
}

const GRAPHIQL_NOT_BUILT = `<!doctype html><title>GraphiQL</title><p>${NOT_BUILT}</p>`;

/** Yoga logs the original of every masked error; pino keeps its stack when it comes as `err`. */
function forward(logger: Logger, level: 'debug' | 'info' | 'warn' | 'error') {
  return (...args: unknown[]) => {
    const error = args.find((arg) => arg instanceof Error);
    const text = args.filter((arg) => arg !== error).map(String).join(' ');
    if (error) logger[level]({ err: error }, text || error.message);
    else logger[level](text);
  };
}

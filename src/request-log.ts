import { getOperationAST, type GraphQLError, type OperationTypeNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { GraphQLContext } from './context.ts';

/** What one GraphQL request did, as its log line tells it. */
interface RequestRecord {
  started: number;
  /** The executed operation's name from the document: never the client's free-form `operationName`. */
  operation: string | null;
  kind: OperationTypeNode | null;
  statements: number;
  /** ok: answered without errors; errors: ran, with errors; rejected: refused before anything ran. */
  outcome: 'ok' | 'errors' | 'rejected';
  errorCodes: string[];
  /** The API key's name, never its token. */
  viewer: string | null;
}

/**
 * One info line per GraphQL request: operation name and kind, duration, Cypher statements sent, outcome,
 * error codes, HTTP status and the API key's name. Never the query text, the variables or any header:
 * variables may carry what a client keeps secret, and the operation name says which question it was.
 * GraphiQL's page, CORS preflights, /health and /ready are answered before a request is parsed and are
 * not logged.
 */
export function useRequestLog(logger: Logger) {
  const records = new WeakMap<Request, RequestRecord>();

  const plugin: Plugin<GraphQLContext> = {
    onRequestParse: ({ request }) => {
      records.set(request, {
        started: performance.now(),
        operation: null,
        kind: null,
        statements: 0,
        outcome: 'rejected',
        errorCodes: [],
        viewer: null,
      });
    },
    onParse:
      () =>
      ({ result, context }) => {
        const record = records.get(context.request);
        if (!record || !result || result instanceof Error) return;
        const operation = getOperationAST(result, context.params.operationName);
        record.operation = operation?.name?.value ?? null;
        record.kind = operation?.operation ?? null;
      },
    onExecute: ({ args }) => {
      const record = records.get(args.contextValue.request);
      if (record) record.viewer = args.contextValue.viewer?.name ?? null;
    },
    onResultProcess: ({ request, result }) => {
      const record = records.get(request);
      // Batching is off and nothing is streamed, so a result is one plain object.
      if (!record || Array.isArray(result) || Symbol.asyncIterator in result) return;
      const errors = (result.errors ?? []) as readonly GraphQLError[];
      record.errorCodes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')))];
      // A request refused before execution (unparsable, invalid, too costly, unauthenticated) has no data.
      record.outcome = errors.length === 0 ? 'ok' : 'data' in result ? 'errors' : 'rejected';
    },
    onResponse: ({ request, response }) => {
      const record = records.get(request);
      if (!record) return;
      const { started, ...fields } = record;
      logger.info({ ...fields, durationMs: Math.round((performance.now() - started) * 10) / 10, status: response.status }, 'request');
    },
  };

  return {
    plugin,
    /** Counts a statement against the request that sent it; given to that request's view of the database. */
    statementCounter: (request: Request) => () => {
      const record = records.get(request);
      if (record) record.statements += 1;
    },
  };
}

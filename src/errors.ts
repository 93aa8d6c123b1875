import { type ASTNode, type DocumentNode, GraphQLError, type GraphQLSchema, Kind, ValuesOfCorrectTypeRule, validate, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * A request the API cannot answer as asked: a page size out of range, a cursor from elsewhere, an
 * ambiguous name. The message names the argument and what was wrong; clients match on the code.
 */
export class BadUserInput extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
  }
}

/** Neo4j stopped a transaction for running longer than the service allows. */
export class TransactionTimedOut extends GraphQLError {
  constructor(timeoutMs: number) {
    super(
      `The graph took longer than the ${timeoutMs / 1000} s allowed for one question, and the question was stopped. ` +
        'Ask for less: a smaller depth, limit or page size, or narrower filters.',
      { extensions: { code: 'TRANSACTION_TIMEOUT' } },
    );
  }
}

/** Neo4j cannot be reached: the request failed fast rather than wait, and can be sent again shortly. */
export class DatabaseUnavailable extends GraphQLError {
  constructor() {
    super('The graph database is not answering at the moment; nothing was changed. Try again shortly (GET /ready says when it is back).', {
      extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
    });
  }
}

/**
 * Gives argument values that GraphQL itself rejects the same code as those the resolvers reject:
 * an unknown enum value, a date that does not parse, a string where a number belongs, written in the query
 * or sent as a variable. Other validation errors (an unknown field, say) keep GRAPHQL_VALIDATION_FAILED.
 */
export function useBadUserInputCodes(): Plugin {
  return {
    onValidate: ({ params }) => ({ result, setResult }) => {
      if (result.length === 0) return;
      const valueErrors = new Set(badValueMessages(params.schema, params.documentAST));
      setResult(
        result.map((error) =>
          error instanceof GraphQLError && valueErrors.has(error.message)
            ? asBadUserInput(error, argumentHolding(params.documentAST, error.nodes?.[0]))
            : error,
        ),
      );
    },
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        // Variables that do not coerce fail the request before anything runs: errors, and no data at all.
        if (!('errors' in result) || !result.errors || 'data' in result) return;
        setResult({ ...result, errors: result.errors.map((error) => (error.extensions?.code ? error : asBadUserInput(error))) });
      },
    }),
  };
}

function badValueMessages(schema: GraphQLSchema, document: DocumentNode): string[] {
  return validate(schema, document, [ValuesOfCorrectTypeRule]).map((error) => error.message);
}

/**
 * The argument, and the input fields within it, that hold a value written in the query (`filter.from`), so
 * the message can name it as the resolvers' messages do; undefined for a value outside any argument.
 */
function argumentHolding(document: DocumentNode, value: ASTNode | undefined): string | undefined {
  const at = value?.loc;
  if (!at) return undefined;
  const names: string[] = [];
  visit(document, {
    enter(node) {
      if (!node.loc || node.loc.start > at.start || node.loc.end < at.end) return false;
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.push(node.name.value);
      return undefined;
    },
  });
  return names.length > 0 ? names.join('.') : undefined;
}

function asBadUserInput(error: GraphQLError, argument?: string): GraphQLError {
  return rewritten(error, {
    message: argument ? `\`${argument}\`: ${error.message}` : error.message,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) },
  });
}

/** The same error, where it was, with another message or extensions. */
export function rewritten(error: GraphQLError, change: { message?: string; extensions?: GraphQLError['extensions'] }): GraphQLError {
  return new GraphQLError(change.message ?? error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: change.extensions ?? error.extensions,
  });
}

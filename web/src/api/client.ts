import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * The explorer's one way to the API: a POST of a typed operation to /graphql. Every failure becomes an
 * `ApiError` whose message says, in words, what happened and what to do, so no panel shows a raw error.
 * A hand-written fetch rather than a client library: the explorer needs no normalised cache (the canvas is
 * its own store), and turning the service's error codes into advice is the part no library does for us.
 */

export type ApiErrorKind =
  | 'rate-limited'
  | 'timeout'
  | 'unavailable'
  | 'too-large'
  | 'bad-input'
  | 'not-found'
  | 'network'
  | 'unexpected';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** The service's `extensions.code`, or the HTTP status, when there was one. */
  readonly code: string | undefined;

  constructor(kind: ApiErrorKind, message: string, code?: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.code = code;
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

/** An operation as codegen writes it (web/src/api/generated.ts): its text, typed with its data and variables. */
export type Operation<Data, Variables> = DocumentTypeDecoration<Data, Variables> & { toString(): string };

/** Sends one operation; resolves with its data, or rejects with an `ApiError` (or an AbortError). */
export async function request<Data, Variables extends Record<string, unknown>>(
  document: Operation<Data, Variables>,
  variables: Variables,
  { signal, endpoint = '/graphql' }: { signal?: AbortSignal; endpoint?: string } = {},
): Promise<Data> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 'The service did not answer. Check that it is running, then try again.');
  }
  if (response.status === 429) {
    const wait = Number(response.headers.get('retry-after'));
    const after = Number.isFinite(wait) && wait > 0 ? `in ${wait} s` : 'in a moment';
    throw new ApiError('rate-limited', `Too many requests for now. Try again ${after}.`, 'RATE_LIMITED');
  }
  if (response.status === 413) {
    throw new ApiError('too-large', 'The request was too large for the service. Ask for fewer items at once.', '413');
  }
  let body: { data?: Data | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    if (response.status === 503) throw unavailable('503');
    throw new ApiError('unexpected', `The service answered with HTTP ${response.status} and no readable body. Try again.`, String(response.status));
  }
  const first = body.errors?.[0];
  if (first) throw fromGraphQLError(first);
  if (body.data == null) throw new ApiError('unexpected', 'The service returned no data. Try again.', String(response.status));
  return body.data;
}

function unavailable(code: string) {
  return new ApiError(
    'unavailable',
    'The graph database is not reachable right now. The service reconnects by itself: try again in a few seconds.',
    code,
  );
}

/** Turns the service's error codes (see the README's Errors and Limits) into advice. */
export function fromGraphQLError(error: GraphQLErrorBody): ApiError {
  const code = error.extensions?.code;
  switch (code) {
    case 'RATE_LIMITED':
      return new ApiError('rate-limited', 'Too many requests for now. Wait a moment, then try again.', code);
    case 'TRANSACTION_TIMEOUT':
      return new ApiError('timeout', 'The question took too long to answer. Ask for fewer items or fewer steps, then try again.', code);
    case 'DATABASE_UNAVAILABLE':
    case 'SERVICE_UNAVAILABLE':
      return unavailable(code);
    case 'QUERY_TOO_COSTLY':
    case 'QUERY_TOO_DEEP':
    case 'TOO_MANY_ALIASES':
    case 'TOO_MANY_DIRECTIVES':
    case 'TOO_MANY_TOKENS':
      return new ApiError('too-large', `The question is too large for the service: ${error.message} Ask for fewer items.`, code);
    case 'BAD_USER_INPUT':
      return new ApiError('bad-input', error.message, code);
    case 'NOT_FOUND':
      return new ApiError('not-found', error.message, code);
    default:
      return new ApiError('unexpected', 'The service failed to answer (an unexpected error, now in its log). Try again.', code);
  }
}

/** The message to show for anything a request threw. */
export function describeFailure(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong in the explorer. Reload the page to start again.';
}

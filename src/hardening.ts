import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { CORSOptions, GraphQLParams, Plugin } from 'graphql-yoga';
import { type AuthConfig, authenticate } from './auth.ts';
import { rewritten } from './errors.ts';

/** What the API tells about itself to clients it does not know. */
export interface Disclosure {
  /** Whether clients may ask for the schema (GraphiQL's documentation and completion need it). */
  introspection: boolean;
  /** Whether validation errors suggest fields ("Did you mean …?"), which spells out a schema piece by piece. */
  suggestions: boolean;
}

/**
 * Keeps the schema to itself as far as configured: refuses introspection when it is off, and strips field,
 * argument, type and enum value suggestions from every error, which would otherwise reveal the schema even
 * then. Suggestions come from validation and from variables that do not coerce (at execution), and stand
 * at the end of a message or in its middle ("… Did you mean "kind"? Found: …"): the answer is where all
 * of them pass.
 */
export function useDisclosure({ introspection, suggestions }: Disclosure): Plugin {
  return {
    onValidate: ({ addValidationRule }) => {
      if (!introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
    onResultProcess: ({ result, setResult }) => {
      if (suggestions || Array.isArray(result) || Symbol.asyncIterator in result || !result.errors) return;
      setResult({ ...result, errors: result.errors.map(withoutSuggestions) });
    },
  };
}

/**
 * graphql-js's suggestion, as its `didYouMean` writes it: ` Did you mean "a"?`, `… "a" or "b"?`,
 * `… "a", "b", or "c"?`, with a few words before the names (`the enum value`, `to use an inline fragment on`).
 */
const SUGGESTION = / ?Did you mean (?:[a-z]+ )*"[^"]*"(?:(?:,| or|, or) "[^"]*")*\?/g;

function withoutSuggestions(error: GraphQLError): GraphQLError {
  const message = error.message.replace(SUGGESTION, '');
  return message === error.message ? error : rewritten(error, { message });
}

/**
 * Refuses a request without valid credentials before anything else is done with it when reads need a key
 * (READS_REQUIRE_AUTH): otherwise its validation errors would answer it first, mapping the schema for a
 * client that may not read it.
 */
export function useAuthenticationFirst(auth: AuthConfig): Plugin {
  return {
    onRequestParse: ({ request }) => {
      if (auth.readsRequireAuth) authenticate(request.headers.get('authorization'), auth);
    },
  };
}

/** The parsers for each media type yoga reads, named in lower case: media types are case-insensitive. */
const PARSERS: Record<string, (request: Request) => Promise<GraphQLParams>> = {
  'application/json': parseJsonBody,
  'application/graphql+json': parseJsonBody,
  'application/x-www-form-urlencoded': async (request) => parseParameters(new URLSearchParams(await request.text()), 'body'),
  'application/graphql': async (request) => ({ query: await request.text() }),
};

/**
 * Reads requests as yoga does, but with media types in any case (`Application/JSON`), a JSON body after a
 * UTF-8 byte order mark (which some Windows tools write), and, for what cannot be read, a 400 that says in
 * words what is wrong without the JSON parser's own message (which quotes the body back): a body in
 * UTF-16, a compressed one, malformed JSON, or `variables` in a URL that are not JSON (a 500 before).
 */
export function useRequestReading(): Plugin {
  return {
    onRequestParse: ({ request, setRequestParser }) => {
      if (request.method === 'GET') {
        setRequestParser((get) => parseParameters(new URL(get.url).searchParams, 'URL'));
        return;
      }
      if (request.method !== 'POST') return;
      refuseContentEncoding(request.headers.get('content-encoding'));
      const parser = PARSERS[mediaType(request.headers.get('content-type'))];
      if (parser) setRequestParser(parser);
    },
  };
}

/** The media type alone, in lower case: `Application/JSON; charset=utf-8` is `application/json`. */
function mediaType(contentType: string | null): string {
  // A list is not a valid Content-Type, but some clients send one; yoga takes the first, and so do we.
  return (contentType ?? '').split(',')[0]!.split(';')[0]!.trim().toLowerCase();
}

function refuseContentEncoding(header: string | null): void {
  const codings = (header ?? '').split(',').map((coding) => coding.trim().toLowerCase()).filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length === 0) return;
  throw new GraphQLError(
    `This service does not take compressed request bodies (Content-Encoding: ${codings.join(', ')}): send the body uncompressed.`,
    { extensions: { code: 'UNSUPPORTED_CONTENT_ENCODING', http: { status: 415 } } },
  );
}

async function parseJsonBody(request: Request): Promise<GraphQLParams> {
  // A body over the size limit fails here with yoga's own error, which passes on as it is.
  const text = utf8Text(new Uint8Array(await request.arrayBuffer()));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Yoga's words, without the parser's message it attached, which quotes the body back.
    throw badRequest('POST body sent invalid JSON.');
  }
  if (typeof body !== 'object' || body === null) {
    throw badRequest(`POST body is expected to be object but received ${body === null ? 'null' : typeof body}`);
  }
  // An array (a batch) passes, for yoga to refuse in its own words.
  return body as GraphQLParams;
}

/**
 * The body as text. A UTF-8 byte order mark is dropped (TextDecoder's default) and bytes that are not UTF-8
 * become replacement characters, as yoga reads them; a body that is plainly not UTF-8 text is refused.
 */
function utf8Text(bytes: Uint8Array): string {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw badRequest('The request body is gzip-compressed: send it uncompressed, as JSON in UTF-8.');
  }
  // UTF-16 (with a byte order mark, or without: then ASCII text has a zero byte beside every character).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 64).includes(0)) {
    throw badRequest('The request body is not UTF-8 (it looks like UTF-16): send JSON encoded as UTF-8.');
  }
  return new TextDecoder().decode(bytes);
}

/** A request's parameters from a URL's query string or a form; `variables` and `extensions` are JSON. */
function parseParameters(parameters: URLSearchParams, where: 'URL' | 'body'): GraphQLParams {
  const json = (name: string): Record<string, unknown> | undefined => {
    const raw = parameters.get(name);
    if (!raw) return undefined;
    try {
      const value: unknown = JSON.parse(raw);
      // `null` stands for none, as yoga reads it.
      if (value === null) return undefined;
      if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // Said below, for a value that does not parse and one that is not an object alike.
    }
    throw badRequest(`The parameter "${name}" in the ${where} must be a JSON object, such as {"id": "country/kazakhstan"}.`);
  };
  const params: GraphQLParams = {};
  const query = parameters.get('query');
  const operationName = parameters.get('operationName');
  const variables = json('variables');
  const extensions = json('extensions');
  if (query) params.query = query;
  if (operationName) params.operationName = operationName;
  if (variables) params.variables = variables;
  if (extensions) params.extensions = extensions;
  return params;
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

/**
 * The header that marks a request as sent by a script rather than by a plain form or link: browsers send a
 * custom header only after a CORS preflight, which a page on a foreign origin does not pass. Yoga's name, so
 * yoga's clients know it.
 */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** Bodies a page on any origin can send without a preflight (a form, or text), by the Fetch standard. */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Lets browser pages on these origins read the API's answers, and no other origin: same origin only when
 * the list is empty (GraphiQL is served from the API's own origin). Clients authenticate with a bearer
 * token they add themselves, never with cookies, so credentialed requests are not allowed; the browser then
 * sends no cookie or HTTP authentication it may hold for the API's host along with a cross-origin request.
 */
export function crossOriginPolicy(allowedOrigins: readonly string[]): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allowedOrigins.includes(origin)) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', CSRF_HEADER],
      credentials: false,
      // Ten minutes: one preflight covers a page's requests for a while, and a changed list takes effect soon.
      maxAge: 600,
    };
  };
}

/**
 * Refuses a request any web page could make without the browser asking the API first (a GET, or a POST of
 * a form or of text) unless it carries CSRF_HEADER. Such a request runs at another site's bidding, even
 * though that site cannot read the answer, from wherever the browser is: inside a network that reaches a
 * service the site cannot, or with credentials the browser holds for the API's host. A JSON POST, as
 * GraphiQL and `curl -H 'content-type: application/json'` send, needs no header: a foreign page can only
 * send one after a preflight, which CORS refuses unless its origin is allowed.
 */
export function useCsrfPrevention(): Plugin {
  return {
    onRequestParse: ({ request }) => {
      if (request.headers.has(CSRF_HEADER) || needsPreflight(request.headers.get('content-type'))) return;
      throw new GraphQLError(
        `A GET, or a POST of a form or of text, needs the header ${CSRF_HEADER} (any value), so that no other ` +
          'web page can send it: add the header, or POST the request as JSON (content-type: application/json).',
        { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
      );
    },
  };
}

/** The CORS headers depend on the request's Origin, so caches must keep answers apart by it. */
export function useVaryByOrigin(): Plugin {
  return {
    onResponse: ({ response }) => {
      response.headers.append('vary', 'Origin');
    },
  };
}

function needsPreflight(contentType: string | null): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType !== undefined && mediaType !== '' && !SIMPLE_CONTENT_TYPES.includes(mediaType);
}

import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { CORSOptions, Plugin } from 'graphql-yoga';
import { rewritten } from './errors.ts';

/** What the API tells about itself to clients it does not know. */
export interface Disclosure {
  /** Whether clients may ask for the schema (GraphiQL's documentation and completion need it). */
  introspection: boolean;
  /** Whether validation errors suggest fields ("Did you mean …?"), which spells out a schema piece by piece. */
  suggestions: boolean;
}

/**
 * Keeps the schema to itself as far as configured: refuses introspection when it is off, and strips field
 * and argument suggestions from validation errors, which would otherwise reveal the schema even then.
 */
export function useDisclosure({ introspection, suggestions }: Disclosure): Plugin {
  return {
    onValidate: ({ addValidationRule }) => {
      if (!introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
      if (suggestions) return undefined;
      return ({ result, setResult }) => {
        setResult(result.map((error) => (error instanceof GraphQLError ? withoutSuggestion(error) : error)));
      };
    },
  };
}

const SUGGESTION = / ?Did you mean .*\?$/s;

function withoutSuggestion(error: GraphQLError): GraphQLError {
  return SUGGESTION.test(error.message) ? rewritten(error, { message: error.message.replace(SUGGESTION, '') }) : error;
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

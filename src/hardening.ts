import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
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

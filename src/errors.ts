import { GraphQLError } from 'graphql';

/**
 * A request the API cannot answer as asked: a page size out of range, a cursor from elsewhere, an
 * ambiguous name. The message names the argument and what was wrong; clients match on the code.
 */
export class BadUserInput extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
  }
}

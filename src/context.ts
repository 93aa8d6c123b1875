import type { Database } from './db/database.ts';

/** What every resolver gets: the data layer, never the driver itself. */
export interface GraphQLContext {
  db: Database;
}

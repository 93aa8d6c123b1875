import type { Viewer } from './auth.ts';
import type { RequestLoaders } from './data/loaders.ts';
import type { Database } from './db/database.ts';

/** What every resolver gets: the data layer, never the driver itself. */
export interface GraphQLContext {
  db: Database;
  /** This request's batching loaders: resolvers read through them, so a level of a query is one statement. */
  loaders: RequestLoaders;
  /** The API key the request came with; undefined for an anonymous request. */
  viewer: Viewer | undefined;
}

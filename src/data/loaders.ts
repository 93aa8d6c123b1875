import DataLoader from 'dataloader';
import type { Database } from '../db/database.ts';

type Batch<Value> = (db: Database, keys: readonly string[]) => Promise<readonly Value[]>;

/**
 * One request's batching. Every question the data layer asks of many nodes at once ("the events of each
 * of these people, first page, by date") gets one DataLoader, named by the question and its arguments;
 * the keys that GraphQL asks for while resolving one level of a query go to Neo4j in a single statement.
 * That keeps a request's round trips to the number of distinct questions in it, however many nodes it
 * returns. Made per request, so nothing is cached between clients.
 */
export class RequestLoaders {
  readonly #db: Database;
  readonly #loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(db: Database) {
    this.#db = db;
  }

  /** The loader for `question`; `batch` must return one value per key, in the keys' order. */
  get<Value>(question: string, batch: Batch<Value>): DataLoader<string, Value> {
    let loader = this.#loaders.get(question) as DataLoader<string, Value> | undefined;
    if (!loader) {
      loader = new DataLoader<string, Value>((keys) => batch(this.#db, keys), { maxBatchSize: 1_000 });
      this.#loaders.set(question, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}

/** Rows that carry their key, put back in the order of `keys`; `missing` for keys without a row. */
export function inKeyOrder<Row, Value>(
  keys: readonly string[],
  rows: Row[],
  keyOf: (row: Row) => string,
  valueOf: (row: Row) => Value,
  missing: Value,
): Value[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), valueOf(row)]));
  return keys.map((key) => (byKey.has(key) ? (byKey.get(key) as Value) : missing));
}

/** Rows grouped under the key each carries, in the order of `keys`; an empty list for keys without rows. */
export function groupedInKeyOrder<Row, Value>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string, valueOf: (row: Row) => Value): Value[][] {
  const byKey = Map.groupBy(rows, keyOf);
  return keys.map((key) => (byKey.get(key) ?? []).map(valueOf));
}

import { BadUserInput } from '../errors.ts';

/*
 * Keyset pagination. Every paged statement sorts its rows by a `position`, a list such as
 * [date, name, id] that is unique per row, and a cursor is the position of a row. The next page is
 * "rows after this position", so a page does not shift when rows are added before it, as an offset would.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type Position = (string | number)[];

/** The Relay connection arguments as a client sends them. */
export interface PageArguments {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

/** What a paged statement needs: rows strictly beyond `after` in the given direction, at most `limit`. */
export interface PageQuery {
  after: Position | null;
  descending: boolean;
  limit: number;
}

export interface Page {
  /** The order the cursors belong to, so a cursor from another ordering is refused, not misread. */
  order: string;
  size: number;
  backward: boolean;
  query: PageQuery;
  hadCursor: boolean;
}

export function planPage(args: PageArguments, order: string, descending: boolean): Page {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) {
    throw new BadUserInput('Page forward with `first`/`after` or backward with `last`/`before`, not both at once.');
  }
  const [sizeArgument, size] = backward ? ['last', args.last] : ['first', args.first];
  if (size != null && (size < 0 || size > MAX_PAGE_SIZE)) {
    throw new BadUserInput(`\`${sizeArgument}\` must be between 0 and ${MAX_PAGE_SIZE}; it was ${size}.`, sizeArgument);
  }
  const cursor = backward ? args.before : args.after;
  // A cursor belongs to one order and direction; read in another, its position would mean something else.
  const ordering = `${order} ${descending ? 'DESC' : 'ASC'}`;
  const after = cursor == null ? null : decodeCursor(cursor, ordering, backward ? 'before' : 'after');
  const pageSize = size ?? DEFAULT_PAGE_SIZE;
  return {
    order: ordering,
    size: pageSize,
    backward,
    hadCursor: cursor != null,
    // Paging backward reads the rows before the cursor in reverse; one extra row tells whether more remain.
    query: { after, descending: descending !== backward, limit: pageSize + 1 },
  };
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<Edge> {
  edges: (Edge & { cursor: string })[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Turns the rows a paged statement returned (in reading order for the page's direction) into a connection. */
export function toConnection<Row extends { position: Position }, Edge>(
  page: Page,
  rows: Row[],
  totalCount: number,
  toEdge: (row: Row) => Edge,
): Connection<Edge> {
  const more = rows.length > page.size;
  const kept = rows.slice(0, page.size);
  if (page.backward) kept.reverse();
  const edges = kept.map((row) => ({ ...toEdge(row), cursor: encodeCursor(page.order, row.position) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: page.backward ? page.hadCursor : more,
      hasPreviousPage: page.backward ? more : page.hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function encodeCursor(order: string, position: Position): string {
  return Buffer.from(JSON.stringify([order, ...position])).toString('base64url');
}

function decodeCursor(cursor: string, order: string, argument: string): Position {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  const valid =
    Array.isArray(decoded) && decoded.length > 1 && decoded.every((part) => typeof part === 'string' || typeof part === 'number');
  if (!valid) throw new BadUserInput(`\`${argument}\` is not a cursor this API gave out.`, argument);
  const [cursorOrder, ...position] = decoded as [string, ...Position];
  if (cursorOrder !== order) {
    throw new BadUserInput(`\`${argument}\` is a cursor for another order (${cursorOrder}); this connection is ordered by ${order}.`, argument);
  }
  return position;
}

/**
 * One page of rows a statement had to produce whole anyway (an aggregate such as "how many events each
 * counterpart shared"), ascending by position: the same cursors and rules as paging in Cypher, applied here.
 * Each row becomes an edge without its position.
 */
export function pageInService<Row extends { position: Position }>(
  args: PageArguments,
  order: string,
  rows: Row[],
): Connection<Omit<Row, 'position'>> {
  const page = planPage(args, order, false);
  return toConnection(page, pageRows(page, rows), rows.length, ({ position: _position, ...edge }) => edge);
}

function pageRows<Row extends { position: Position }>(page: Page, rows: Row[]): Row[] {
  const direction = page.query.descending ? -1 : 1;
  const after = page.query.after;
  return rows
    .filter((row) => after === null || comparePositions(row.position, after) * direction > 0)
    .sort((a, b) => comparePositions(a.position, b.position) * direction)
    .slice(0, page.query.limit);
}

/** Compares positions part by part, as Cypher compares lists. */
function comparePositions(a: Position, b: Position): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const [left, right] = [a[index], b[index]];
    if (left === right) continue;
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    return left < right ? -1 : 1;
  }
  return 0;
}

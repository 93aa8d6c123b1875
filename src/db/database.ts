import neo4j, { type Driver, type EagerResult, Neo4jError, type RecordShape, type RoutingControl, routing } from 'neo4j-driver';
import { DEFAULT_TRANSACTION_TIMEOUT_MS } from '../config.ts';
import { DatabaseUnavailable, TransactionTimedOut } from '../errors.ts';
import type { Neo4jTarget } from '../neo4j/obtain.ts';
import type { CypherStatement } from './cypher.ts';

type Parameters = Record<string, unknown>;

/** Runs one statement inside a transaction and says what it changed. */
export type RunInTransaction = (statement: CypherStatement, parameters?: Parameters) => Promise<Record<string, number>>;

/** Runs one statement inside a transaction and returns its rows: reads that decide what the transaction writes. */
export type QueryInTransaction = <Row extends RecordShape>(statement: CypherStatement, parameters?: Parameters) => Promise<Row[]>;

/**
 * The data layer's one door to Neo4j. Every statement is a named file from `cypher/` run with parameters,
 * in a managed transaction routed as a read or a write, so the service runs unchanged against a cluster;
 * the driver's bookmarks make a read after a write see it.
 */
/** The timeout, and Neo4j being unreachable, as errors a client can act on; any other error as it was. */
function clientError(error: unknown, timeoutMs: number): unknown {
  const code = error instanceof Neo4jError ? error.code : '';
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new TransactionTimedOut(timeoutMs);
  if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED) return new DatabaseUnavailable();
  return error;
}

export class Database {
  readonly driver: Driver;
  /** Which database to use; the server's default when none is configured. */
  private readonly scope: { database?: string };
  /** Told of every statement sent, before it runs: how tests count a request's round trips. */
  private readonly onStatement: (statement: CypherStatement) => void;
  /** Neo4j stops a transaction that runs longer, so one heavy traversal cannot hold the server. */
  private readonly transactionConfig: { timeout: number };

  constructor(
    target: Neo4jTarget,
    {
      onStatement = () => {},
      transactionTimeoutMs = DEFAULT_TRANSACTION_TIMEOUT_MS,
    }: { onStatement?: (statement: CypherStatement) => void; transactionTimeoutMs?: number } = {},
  ) {
    this.onStatement = onStatement;
    this.transactionConfig = { timeout: transactionTimeoutMs };
    this.driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
      // Fail fast when Neo4j is down instead of waiting the driver's default 30 s per connection.
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      // Transient errors (a deadlock, a leader changing) are retried this long; a Neo4j that is down is not
      // worth waiting for longer: the client gets DATABASE_UNAVAILABLE and /ready says when it is back.
      maxTransactionRetryTime: 3_000,
      userAgent: 'kz-cn-graph',
    });
    this.scope = target.database ? { database: target.database } : {};
  }

  /**
   * This database as one request sees it: the same driver and settings, with `onStatement` also told of
   * the request's own statements (the request log counts them). Costs one object; closing it closes the driver.
   */
  forRequest(onStatement: (statement: CypherStatement) => void): Database {
    const everyStatement = this.onStatement;
    const both = (statement: CypherStatement) => {
      everyStatement(statement);
      onStatement(statement);
    };
    return Object.create(this, { onStatement: { value: both } }) as Database;
  }

  read<Row extends RecordShape>(statement: CypherStatement, parameters: Parameters = {}): Promise<Row[]> {
    return this.run(routing.READ, statement, parameters);
  }

  write<Row extends RecordShape>(statement: CypherStatement, parameters: Parameters = {}): Promise<Row[]> {
    return this.run(routing.WRITE, statement, parameters);
  }

  /**
   * Several statements in one managed write transaction: all of them are written, or none. Retried by the
   * driver on transient errors, so `work` must only run statements. Shares the bookmarks of read() and
   * write(), so a read afterwards sees what it wrote. `timeoutMs` overrides the database's timeout for a
   * transaction known to be long and bounded otherwise (a dataset import, limited in size).
   */
  async inWriteTransaction<T>(
    work: (run: RunInTransaction, query: QueryInTransaction) => Promise<T>,
    { timeoutMs = this.transactionConfig.timeout }: { timeoutMs?: number } = {},
  ): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      ...this.scope,
    });
    try {
      return await session.executeWrite((transaction) => {
        const send = (statement: CypherStatement, parameters: Parameters) => {
          this.onStatement(statement);
          return transaction.run(statement.text, parameters);
        };
        return work(
          async (statement, parameters = {}) => (await send(statement, parameters)).summary.counters.updates(),
          async <Row extends RecordShape>(statement: CypherStatement, parameters: Parameters = {}) =>
            (await send(statement, parameters)).records.map((record) => record.toObject() as Row),
        );
      }, { timeout: timeoutMs });
    } catch (error) {
      throw clientError(error, timeoutMs);
    } finally {
      await session.close();
    }
  }

  /** One schema command on its own: Neo4j runs schema changes in transactions of their own. */
  async runSchemaCommand(text: string): Promise<void> {
    await this.driver.executeQuery(text, {}, { routing: routing.WRITE, ...this.scope });
  }

  /** Whether Neo4j answers now; never waits longer than `timeoutMs` and never retries. */
  async isReachable(timeoutMs = 2_000): Promise<boolean> {
    const check = this.driver.getServerInfo(this.scope).then(() => true, () => false);
    const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, timeoutMs, false).unref());
    return Promise.race([check, timeout]);
  }

  private async run<Row extends RecordShape>(
    mode: RoutingControl,
    statement: CypherStatement,
    parameters: Parameters,
  ): Promise<Row[]> {
    this.onStatement(statement);
    try {
      const { records } = await this.driver.executeQuery<EagerResult<Row>>(statement.text, parameters, {
        routing: mode,
        transactionConfig: this.transactionConfig,
        ...this.scope,
      });
      return records.map((record) => record.toObject());
    } catch (error) {
      throw clientError(error, this.transactionConfig.timeout);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cypher } from '../src/db/cypher.ts';
import { Database } from '../src/db/database.ts';
import { TransactionTimedOut } from '../src/errors.ts';

// Counting to 300 million takes Neo4j many seconds: far past the timeout below, and cannot finish early.
const runaway = { name: 'test/runaway', text: 'UNWIND range(1, 300000000) AS n RETURN count(n) AS counted' };

let db: Database;
beforeAll(() => {
  db = new Database(inject('neo4j'), { transactionTimeoutMs: 300 });
});
afterAll(() => db.close());

describe('a server-side timeout on every transaction', () => {
  it('stops a read that runs too long, with an error that says what to do', async () => {
    const started = Date.now();
    const error = await db.read(runaway).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransactionTimedOut);
    expect((error as TransactionTimedOut).extensions.code).toBe('TRANSACTION_TIMEOUT');
    expect((error as TransactionTimedOut).message).toMatch(/0\.3 s.*Ask for less/);
    // Stopped by Neo4j near the limit, not left to run to the end.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops a write transaction too, and writes nothing', async () => {
    const error = await db
      .inWriteTransaction((run) => run({ name: 'test/runaway-write', text: `CREATE (:TimeoutProbe) WITH 1 AS one ${runaway.text}` }))
      .then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransactionTimedOut);
    const [probes] = await db.read<{ probes: { toNumber(): number } }>({ name: 'test/probes', text: 'MATCH (probe:TimeoutProbe) RETURN count(probe) AS probes' });
    expect(probes?.probes.toNumber()).toBe(0);
  });

  it('leaves the connection usable for the next question', async () => {
    const rows = await db.read<{ sources: { toNumber(): number } }>(cypher('dataset/count-sources'));
    expect(rows[0]?.sources.toNumber()).toBeGreaterThan(0);
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import type { Integer } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../src/db/database.ts';
import { toNumber } from '../src/db/values.ts';
import { importDataset } from '../src/dataset/load.ts';
import type { LocalNeo4j } from '../src/neo4j/local/local-neo4j.ts';
import type { Neo4jTarget } from '../src/neo4j/obtain.ts';
import { noOwnNeo4j, startOwnNeo4j } from './support/own-neo4j.ts';

/*
 * "Killing Neo4j in the middle of an import leaves either the whole file or none of it." A file large enough
 * that writing it takes seconds is imported; once Neo4j reports the import's transaction writing its
 * entities (with its citations and relationships still to write, so it cannot have committed), Neo4j is
 * killed with SIGKILL, started again on the same store, and must hold none of the file. Then the same file
 * imports whole.
 */

const PEOPLE = 5_000;
const EVENTS = 50;

/** An invented register of people at meetings: a reference source, one section, every fact cited to it. */
function largeFile(): string {
  const lines = [
    'source: { id: source/fixture-crash-register, kind: reference, title: "Fixture: an invented register of meetings", publisher: Tests }',
    'entities:',
  ];
  for (let event = 0; event < EVENTS; event++) {
    lines.push(`  - { id: event/fixture-crash-${event}, type: Event, title: Fixture meeting ${event}, kind: talks, date: { date: 2024 }, cites: [register] }`);
  }
  for (let person = 0; person < PEOPLE; person++) {
    lines.push(`  - { id: person/fixture-crash-${person}, type: Person, name: Fixture Person ${person}, cites: [register] }`);
  }
  lines.push('relationships:');
  for (let person = 0; person < PEOPLE; person++) {
    lines.push(`  - { type: ATTENDED, from: person/fixture-crash-${person}, to: event/fixture-crash-${person % EVENTS}, cites: [register] }`);
  }
  return `${lines.join('\n')}\n`;
}

const showTransactions = { name: 'test/show-transactions', text: 'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery' };
const countFile = {
  name: 'test/count-crash-fixture',
  text: `CALL () {
           MATCH (node) WHERE node.id STARTS WITH 'person/fixture-crash-' OR node.id STARTS WITH 'event/fixture-crash-' OR node.id = 'source/fixture-crash-register'
           RETURN count(node) AS nodes
         }
         CALL () { MATCH ()-[attended:ATTENDED]->() RETURN count(attended) AS attended }
         RETURN nodes, attended`,
};
// Fragments of the statements that write entities and their citations: an import seen running either has
// its relationships still to write, so it has not committed.
const EARLY_WRITES = ['MERGE (entity:Entity {id: row.id})', 'MERGE (entity)-[citation:CITED_IN]->(source)'];

async function countOfFile(target: Neo4jTarget): Promise<{ nodes: number; attended: number }> {
  const db = new Database(target);
  try {
    const [row] = await db.read<{ nodes: Integer; attended: Integer }>(countFile);
    return { nodes: toNumber(row!.nodes), attended: toNumber(row!.attended) };
  } finally {
    await db.close();
  }
}

/** Polls Neo4j until an import transaction is running one of `fragments`; fails after `timeoutMs`. */
async function untilRunning(target: Neo4jTarget, fragments: string[], timeoutMs: number): Promise<string> {
  const watcher = new Database(target);
  try {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(20)) {
      const running = await watcher.read<{ currentQuery: string }>(showTransactions);
      const seen = running.map((row) => row.currentQuery).find((query) => fragments.some((fragment) => query.includes(fragment)));
      if (seen) return seen;
    }
    throw new Error('The import never reached its writes');
  } finally {
    await watcher.close();
  }
}

describe.skipIf(noOwnNeo4j)('killing Neo4j in the middle of an import', () => {
  let neo4j: LocalNeo4j | undefined;
  let target: Neo4jTarget;
  beforeAll(async () => {
    ({ neo4j, target } = await startOwnNeo4j());
  });
  afterAll(() => neo4j?.stop());

  it('leaves none of the file when killed before the commit, and the whole file imports after', { timeout: 300_000 }, async () => {
    const text = largeFile();
    const db = new Database(target);
    const importing = importDataset(db, [{ name: 'crash.yaml', text }]).then(
      () => 'committed',
      (error: unknown) => error,
    );
    const running = await untilRunning(target, EARLY_WRITES, 120_000);
    const killedAt = Date.now();
    await neo4j!.kill();
    console.log(`Killed Neo4j while the import ran: ${running.split('\n').find((line) => line.includes('MERGE'))?.trim()}`);

    // The driver retries a transaction whose server went away, for a few seconds: Neo4j must not be back
    // before the import has given up, or the retry would write the file whole and prove nothing.
    const outcome = await importing;
    await db.close();
    expect(outcome).toBeInstanceOf(Error);
    console.log(`The import gave up ${Date.now() - killedAt} ms after the kill: ${(outcome as Error).message.split('\n')[0]}`);

    await neo4j!.start();
    expect(await countOfFile(target)).toEqual({ nodes: 0, attended: 0 });

    const again = new Database(target);
    try {
      const started = Date.now();
      const { summary, problems } = await importDataset(again, [{ name: 'crash.yaml', text }]);
      console.log(`Imported ${PEOPLE + EVENTS} entities and ${PEOPLE} relationships in ${Date.now() - started} ms`);
      expect(problems).toEqual([]);
      expect(summary?.entities.created).toBe(PEOPLE + EVENTS);
    } finally {
      await again.close();
    }
    expect(await countOfFile(target)).toEqual({ nodes: PEOPLE + EVENTS + 1, attended: PEOPLE });
  });
});

import type { DateTime, Integer } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { toNumber } from '../db/values.ts';

const neo4jServerComponents = cypher('system/neo4j-server-components');
const recordWriteCheckStatement = cypher('system/record-write-check');
const readWriteCheck = cypher('system/read-write-check');

const WRITE_CHECK_ID = 'service';

export interface Neo4jServer {
  version: string;
  edition: string;
}

export interface WriteCheck {
  count: number;
  lastCheckedAt: Date;
}

export async function getNeo4jServer(db: Database): Promise<Neo4jServer> {
  const [row] = await db.read<Neo4jServer>(neo4jServerComponents);
  if (!row) throw new Error('Neo4j reported no kernel component');
  return row;
}

/** Writes, then reads back in a separate read transaction: proves writes land and are visible at once. */
export async function recordWriteCheck(db: Database): Promise<WriteCheck> {
  await db.write(recordWriteCheckStatement, { id: WRITE_CHECK_ID });
  const [row] = await db.read<{ count: Integer; lastCheckedAt: DateTime<Integer> }>(readWriteCheck, { id: WRITE_CHECK_ID });
  if (!row) throw new Error('The write check was written but cannot be read back');
  return { count: toNumber(row.count), lastCheckedAt: new Date(row.lastCheckedAt.toString()) };
}

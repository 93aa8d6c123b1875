import type { Date as Neo4jDate } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';

const postsHeldByPerson = cypher('person/posts-held-by-person');

export interface PostHeld {
  post: string;
  bodyId: string;
  asOf: string | null;
  sources: string[];
}

export async function getPostsHeld(db: Database, personId: string): Promise<PostHeld[]> {
  const rows = await db.read<Omit<PostHeld, 'asOf'> & { asOf: Neo4jDate | string | null }>(postsHeldByPerson, { personId });
  return rows.map((row) => ({ ...row, asOf: row.asOf === null ? null : String(row.asOf) }));
}

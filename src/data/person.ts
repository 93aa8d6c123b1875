import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';

const postsHeldByPerson = cypher('person/posts-held-by-person');

export interface PostHeld {
  post: string;
  bodyId: string;
  asOf: string | null;
  sources: string[];
}

/** `asOf` is the attested date as the source gives it (text such as 2024-03-13 or 2024). */
export function getPostsHeld(db: Database, personId: string): Promise<PostHeld[]> {
  return db.read<PostHeld>(postsHeldByPerson, { personId });
}

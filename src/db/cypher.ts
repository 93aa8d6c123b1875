import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../paths.ts';

/** A Cypher statement kept in `cypher/<name>.cypher`, so a Neo4j user can read and run it as it is. */
export interface CypherStatement {
  name: string;
  text: string;
}

/** Loads `cypher/<name>.cypher` once, when the module that needs it is loaded. */
export function cypher(name: string): CypherStatement {
  return { name, text: readFileSync(join(paths.cypher, `${name}.cypher`), 'utf8') };
}

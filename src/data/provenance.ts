import type { Integer } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { toNumber } from '../db/values.ts';

const entitiesCitingNoSource = cypher('provenance/entities-citing-no-source');
const relationshipsCitingNoSource = cypher('provenance/relationships-citing-no-source');
const countsByLabel = cypher('provenance/counts-by-label');

/** Entities and relationships that cite no source: a provenance audit, empty when the graph is sound. */
export async function findUncitedFacts(db: Database) {
  return {
    entities: (await db.read<{ id: string }>(entitiesCitingNoSource)).map((row) => row.id),
    relationships: await db.read<{ from: string; type: string; to: string }>(relationshipsCitingNoSource),
  };
}

/** Node counts per label and relationship counts per type. */
export async function countGraph(db: Database): Promise<Record<string, number>> {
  const rows = await db.read<{ kind: string; count: Integer }>(countsByLabel);
  return Object.fromEntries(rows.map((row) => [row.kind, toNumber(row.count)]));
}

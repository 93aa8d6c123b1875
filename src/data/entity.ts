import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { toNumber } from '../db/values.ts';

const entitiesNamed = cypher('entity/entities-named');
const entityById = cypher('entity/entity-by-id');
const entitiesRelatedByType = cypher('entity/entities-related-by-type');

export type PlainValue = string | number | boolean | null | PlainValue[];

export interface NamedEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
}

/** Entities a name, title or any recorded spelling refers to ("Ma Xinzhui" → Ma Xingrui). */
export function findEntitiesNamed(db: Database, name: string): Promise<NamedEntity[]> {
  return db.read<NamedEntity>(entitiesNamed, { name });
}

export async function getEntity(db: Database, id: string): Promise<{ type: string; properties: Record<string, PlainValue> } | null> {
  const [row] = await db.read<{ type: string; properties: Record<string, unknown> }>(entityById, { id });
  return row ? { type: row.type, properties: plain(row.properties) } : null;
}

export async function getRelated(
  db: Database,
  id: string,
  type: string,
  direction: 'out' | 'in' | 'both' = 'both',
): Promise<{ id: string; properties: Record<string, PlainValue> }[]> {
  const rows = await db.read<{ id: string; properties: Record<string, unknown> }>(entitiesRelatedByType, { id, type, direction });
  return rows.map((row) => ({ id: row.id, properties: plain(row.properties) }));
}

/** Neo4j's integers and temporal values as plain JSON values: integers as numbers, dates as ISO text. */
function plain(properties: Record<string, unknown>): Record<string, PlainValue> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, plainValue(value)]));
}

function plainValue(value: unknown): PlainValue {
  if (Array.isArray(value)) return value.map(plainValue);
  if (neo4j.isInt(value)) return toNumber(value);
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  return value as PlainValue;
}

import neo4j, { type Integer } from 'neo4j-driver';

/** A Neo4j integer as a JavaScript number; refuses one that a number cannot hold exactly. */
export function toNumber(value: Integer | number): number {
  if (typeof value === 'number') return value;
  if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`${value.toString()} is beyond exact number range`);
  return value.toNumber();
}

export function toNumberOrNull(value: Integer | number | null): number | null {
  return value === null ? null : toNumber(value);
}

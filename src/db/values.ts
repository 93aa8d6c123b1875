import neo4j, { type Integer, type Node, type Relationship } from 'neo4j-driver';

/** A Neo4j integer as a JavaScript number; refuses one that a number cannot hold exactly. */
export function toNumber(value: Integer | number): number {
  if (typeof value === 'number') return value;
  if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`${value.toString()} is beyond exact number range`);
  return value.toNumber();
}

export function toNumberOrNull(value: Integer | number | null): number | null {
  return value === null ? null : toNumber(value);
}

export type PlainValue = string | number | boolean | null | PlainValue[];
export type PlainProperties = Record<string, PlainValue>;

/** Neo4j's integers and temporal values as plain JSON values: integers as numbers, dates as ISO text. */
export function plainProperties(properties: Record<string, unknown>): PlainProperties {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, plainValue(value)]));
}

function plainValue(value: unknown): PlainValue {
  if (Array.isArray(value)) return value.map(plainValue);
  if (neo4j.isInt(value)) return toNumber(value);
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  return value as PlainValue;
}

/** A node as the data layer hands it on: its `id`, its one domain label, and its properties. */
export interface GraphNode {
  id: string;
  label: string;
  properties: PlainProperties;
}

/** A relationship between two nodes, named by their ids. */
export interface GraphRelationship {
  type: string;
  key: string;
  from: string;
  to: string;
  properties: PlainProperties;
}

export function toGraphNode(node: Node): GraphNode {
  const properties = plainProperties(node.properties);
  const label = node.labels.find((name) => name !== 'Entity') ?? 'Entity';
  return { id: String(properties.id), label, properties };
}

/** `ends` gives the ids of the nodes at either end, which a bare relationship only knows by element id. */
export function toGraphRelationship(relationship: Relationship, ends: { from: string; to: string }): GraphRelationship {
  const properties = plainProperties(relationship.properties);
  return { type: relationship.type, key: String(properties.key ?? ''), ...ends, properties };
}

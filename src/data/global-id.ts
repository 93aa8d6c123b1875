import { BadUserInput } from '../errors.ts';

/*
 * Global ids are opaque to clients: base64 of "Type:key", the key being the dataset's id
 * ("Person:person/olzhas-bektenov"). Clients must not build them; `key` is the readable one.
 */

export function encodeGlobalId(typename: string, key: string): string {
  return Buffer.from(`${typename}:${key}`).toString('base64');
}

export function decodeGlobalId(globalId: string, argument: string): { typename: string; key: string } {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  // Only the canonical encoding of some "Type:key" is an id of ours; anything else is a client's mistake.
  if (separator < 1 || Buffer.from(decoded).toString('base64') !== globalId) {
    throw new BadUserInput(`\`${argument}\`: "${globalId}" is not an id this API gave out.`, argument);
  }
  return { typename: decoded.slice(0, separator), key: decoded.slice(separator + 1) };
}

/**
 * A relationship's global id. Its stored `key` is the dataset's identity of a relationship (type, both
 * ends' keys, and the post and date that tell apart two of one type between the same ends; see
 * relationshipKey), which imports and links match on, so the id stays the same across answers, restarts
 * and re-imports.
 */
export function relationshipGlobalId(relationship: { key: string }): string {
  return encodeGlobalId('Relationship', relationship.key);
}

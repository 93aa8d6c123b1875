import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';

/*
 * Who is asking. Clients send `Authorization: Bearer <token>`; the service knows each key only by the
 * SHA-256 of its token (API_KEYS), so the configuration holds nothing that would let anyone write. Tokens are
 * 32 random bytes, too many to guess, so a plain hash is enough: a slow password hash would only slow down
 * every request.
 */

export const ROLES = ['reader', 'editor'] as const;
export type Role = (typeof ROLES)[number];

/** A configured API key: its name (for logs), its role, and the SHA-256 of its token. */
export interface ApiKey {
  name: string;
  role: Role;
  tokenSha256: Buffer;
}

/** The client behind a request; anonymous requests have none. */
export interface Viewer {
  name: string;
  role: Role;
}

export interface AuthConfig {
  keys: ApiKey[];
  /** When true, queries need a key too (any role); otherwise reads are public. */
  readsRequireAuth: boolean;
}

export class Unauthenticated extends GraphQLError {
  constructor(message: string) {
    super(message, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
    });
  }
}

export class Forbidden extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
}

export function sha256(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** A new token and the API_KEYS entry that admits it (`npm run api-key`). */
export function newApiKey(name: string, role: Role): { token: string; entry: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, entry: `${name}:${role}:${sha256(token).toString('hex')}` };
}

const ENTRY = /^([A-Za-z0-9_.-]{1,64}):([a-z]+):([0-9a-f]{64})$/;

/**
 * API_KEYS: entries `name:role:sha256-of-token`, separated by commas or white space. Returns the keys, or
 * the reason the value is wrong.
 */
export function parseApiKeys(raw: string): ApiKey[] | string {
  const keys: ApiKey[] = [];
  for (const entry of raw.split(/[\s,]+/).filter(Boolean)) {
    const match = ENTRY.exec(entry);
    // The entry itself is not repeated: it is not secret, but a mistyped token pasted here would be.
    if (!match) return `entry ${keys.length + 1} is not name:role:sha256 (a name of letters, digits, _ . -; 64 hex digits)`;
    const [, name, role, hash] = match as unknown as [string, string, string, string];
    if (!(ROLES as readonly string[]).includes(role)) return `entry ${keys.length + 1} (${name}) has role "${role}"; roles are ${ROLES.join(', ')}`;
    if (keys.some((key) => key.name === name)) return `the name ${name} is used twice`;
    keys.push({ name, role: role as Role, tokenSha256: Buffer.from(hash, 'hex') });
  }
  return keys;
}

/**
 * The viewer a request's Authorization header names: none without the header, and an error for a header
 * that is malformed or carries a token no key admits (a client that sends a wrong token should learn so,
 * even for a read that would have been public). Every configured key is compared, in constant time, so the
 * time taken says nothing of how close a guess came or which key it was near.
 */
export function authenticate(header: string | null, { keys, readsRequireAuth }: AuthConfig): Viewer | undefined {
  if (header === null || header.trim() === '') {
    if (readsRequireAuth) throw new Unauthenticated('This service needs a bearer token for every request: send Authorization: Bearer <token>.');
    return undefined;
  }
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
  if (!match) throw new Unauthenticated('The Authorization header must be "Bearer <token>".');
  const presented = sha256(match[1]!);
  let found: ApiKey | undefined;
  for (const key of keys) {
    if (timingSafeEqual(presented, key.tokenSha256) && !found) found = key;
  }
  if (!found) throw new Unauthenticated('The bearer token is not valid: it matches no configured API key.');
  return { name: found.name, role: found.role };
}

/** Why a write was refused: no credentials at all, or a key whose role may not write. */
export function writeRefused(viewer: Viewer | undefined): GraphQLError {
  return viewer
    ? new Forbidden(`The API key "${viewer.name}" has the role ${viewer.role}; changing the graph needs the role editor.`)
    : new Unauthenticated('Changing the graph needs an editor’s API key: send Authorization: Bearer <token>.');
}

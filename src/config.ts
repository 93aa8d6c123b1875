import { isAbsolute, resolve } from 'node:path';
import { type AuthConfig, parseApiKeys } from './auth.ts';
import { paths } from './paths.ts';
import type { Disclosure } from './hardening.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import type { Neo4jTarget } from './neo4j/obtain.ts';

export interface Config {
  port: number;
  /** Undefined: every interface, IPv4 and IPv6. */
  host: string | undefined;
  logLevel: LogLevel;
  /** Set when NEO4J_URI names a server; otherwise a local one is started. */
  neo4j: Neo4jTarget | undefined;
  /** Where the local Neo4j keeps its data between runs. */
  localNeo4jHome: string;
  /** How long Neo4j lets one transaction run before it stops it, in milliseconds. */
  transactionTimeoutMs: number;
  /** Whether clients may introspect the schema, and whether errors suggest field names (development only). */
  disclosure: Disclosure;
  /** The API keys that may write (or read, when reads need a key too). */
  auth: AuthConfig;
  /** How much one request may ask: depth, cost, aliases, directives, tokens and body bytes. */
  limits: Limits;
  /** The origins whose browser pages may call the API; empty: the API's own origin only. */
  corsOrigins: string[];
  /** What was accepted but deserves a word at start (none of them holds a secret). */
  warnings: string[];
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

/** One line a bad variable: its name and what is wrong with it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;

/** Reads and checks the environment; throws a ConfigError naming every variable that is wrong. */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const warnings: string[] = [];
  const problem: Problem = (name, message, { secret = false, shown = env[name] } = {}) => {
    problems.push(secret ? `${name}: ${message}` : `${name}: ${message} (got ${JSON.stringify(shown)})`);
    return undefined;
  };

  const port = parsePort(env, problem);
  const host = env.HOST === undefined ? undefined : parseHost(env, problem);
  const logLevel = parseLogLevel(env, problem);
  const neo4j = parseNeo4jTarget(env, problem, problems, warnings);
  const localNeo4jHome = parseLocalHome(env, problem);
  const transactionTimeoutMs = parseTransactionTimeout(env, problem);
  const introspection = parseSwitch(env, 'GRAPHQL_INTROSPECTION', true, problem);
  const auth = parseAuth(env, problem);
  const limits = parseLimits(env, problem);
  const corsOrigins = parseCorsOrigins(env, problem);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: port!,
    host,
    logLevel: logLevel!,
    neo4j,
    localNeo4jHome: localNeo4jHome!,
    transactionTimeoutMs: transactionTimeoutMs!,
    // Suggestions name fields one by one even with introspection off, so they are for development only.
    disclosure: { introspection: introspection!, suggestions: env.NODE_ENV === 'development' },
    auth: auth!,
    limits: limits!,
    corsOrigins: corsOrigins!,
    warnings,
  };
}

/**
 * Records what is wrong with a variable. The message quotes its value, or `shown` in its place (a URI with
 * its credentials hidden); `secret` quotes nothing, for a value that is a secret or may be one (and so
 * would reach a log).
 */
type Problem = (name: string, message: string, options?: { secret?: boolean; shown?: string | undefined }) => undefined;

function parsePort(env: Env, problem: Problem): number | undefined {
  const raw = env.PORT;
  if (raw === undefined) return 4000;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) return problem('PORT', 'must be a whole number from 0 to 65535');
  return Number(raw);
}

function parseHost(env: Env, problem: Problem): string | undefined {
  const raw = env.HOST!;
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(raw)) return problem('HOST', 'must be a host name or an IP address');
  return raw;
}

function parseLogLevel(env: Env, problem: Problem): LogLevel | undefined {
  const raw = env.LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) return problem('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  return raw as LogLevel;
}

function parseNeo4jTarget(env: Env, problem: Problem, problems: string[], warnings: string[]): Neo4jTarget | undefined {
  const { NEO4J_URI: raw, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, NEO4J_DATABASE: database } = env;
  if (raw === undefined) {
    // A credential without a URI would be ignored silently: say so rather than surprise. Its value is not
    // quoted: NEO4J_USERNAME and NEO4J_PASSWORD are credentials, and a database name may have been pasted
    // into the wrong variable.
    for (const name of ['NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) {
      if (env[name] !== undefined) problem(name, 'is only used with NEO4J_URI, which is not set', { secret: true });
    }
    return undefined;
  }
  const before = problems.length;
  const uri = parseNeo4jUri(raw, problem, warnings);
  if (password === undefined || password === '') problem('NEO4J_PASSWORD', 'is required when NEO4J_URI is set', { secret: true });
  if (username === '') problem('NEO4J_USERNAME', 'must not be empty', { secret: true });
  if (database !== undefined && !/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) {
    problem('NEO4J_DATABASE', 'must be a Neo4j database name: 3 to 63 letters, digits, dots or dashes, starting with a letter');
  }
  if (problems.length > before || uri === undefined) return undefined;
  return { uri, username: username ?? 'neo4j', password: password!, database };
}

/**
 * NEO4J_URI without any user name or password written into it: the driver takes credentials only from
 * NEO4J_USERNAME and NEO4J_PASSWORD, and a URI is logged at start and may appear in the driver's errors.
 */
function parseNeo4jUri(raw: string, problem: Problem, warnings: string[]): string | undefined {
  const shown = withoutCredentials(raw);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return problem('NEO4J_URI', 'is not a URI; expected for example bolt://localhost:7687 or neo4j+s://host', { shown });
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!NEO4J_SCHEMES.includes(scheme)) return problem('NEO4J_URI', `must use one of the schemes ${NEO4J_SCHEMES.join(', ')}`, { shown });
  if (!url.hostname) return problem('NEO4J_URI', 'has no host', { shown });
  const hadCredentials = url.username !== '' || url.password !== '';
  url.username = '';
  url.password = '';
  const uri = hadCredentials ? url.href : raw;
  // An `@` left over is a password the URI parser took for something else (`bolt://user:#secret@host`).
  if (uri.includes('@')) return problem('NEO4J_URI', 'may hold an @ only between a user name and password and the host', { shown });
  if (hadCredentials) {
    warnings.push(
      `NEO4J_URI holds a user name or password, which the driver does not use: connecting to ${uri} with ` +
        'NEO4J_USERNAME and NEO4J_PASSWORD. Remove them from the URI.',
    );
  }
  return uri;
}

/**
 * A URI as it may be shown: anything before the last `@` after the scheme (a user name and password,
 * `bolt://user:secret@host`) becomes `***`. Works on text that does not parse as a URI too, which is
 * exactly when a mistyped one is quoted back; a password holding `/`, `:` or `@` is hidden whole.
 */
export function withoutCredentials(uri: string): string {
  const at = uri.lastIndexOf('@');
  if (at < 0) return uri;
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(uri)?.[0] ?? '';
  return `${scheme}***${uri.slice(at)}`;
}

function parseLocalHome(env: Env, problem: Problem): string | undefined {
  const raw = env.NEO4J_LOCAL_HOME;
  if (raw === undefined) return resolve(paths.localNeo4j, 'service');
  if (raw.trim() === '') return problem('NEO4J_LOCAL_HOME', 'must be a folder path');
  return isAbsolute(raw) ? raw : resolve(raw);
}

/** 10 s: the slowest research example takes about 0.1 s, so this only stops runaway traversals. */
export const DEFAULT_TRANSACTION_TIMEOUT_MS = 10_000;

function parseTransactionTimeout(env: Env, problem: Problem): number | undefined {
  const raw = env.NEO4J_TRANSACTION_TIMEOUT_MS;
  if (raw === undefined) return DEFAULT_TRANSACTION_TIMEOUT_MS;
  if (!/^\d+$/.test(raw) || Number(raw) < 100 || Number(raw) > 600_000) {
    return problem('NEO4J_TRANSACTION_TIMEOUT_MS', 'must be a whole number of milliseconds from 100 to 600000');
  }
  return Number(raw);
}

function parseAuth(env: Env, problem: Problem): AuthConfig | undefined {
  const keys = parseApiKeys(env.API_KEYS ?? '');
  // A token pasted here by mistake must not reach a log, so the value is not echoed.
  if (typeof keys === 'string') return problem('API_KEYS', keys, { secret: true });
  const readsRequireAuth = parseSwitch(env, 'READS_REQUIRE_AUTH', false, problem);
  if (readsRequireAuth === undefined) return undefined;
  if (readsRequireAuth && keys.length === 0) return problem('READS_REQUIRE_AUTH', 'is true but API_KEYS configures no key');
  return { keys, readsRequireAuth };
}

function parseSwitch(env: Env, name: string, fallback: boolean, problem: Problem): boolean | undefined {
  const raw = env[name];
  if (raw === undefined) return fallback;
  if (raw !== 'true' && raw !== 'false') return problem(name, 'must be true or false');
  return raw === 'true';
}

/** Each limit's variable, and the least and most it may be set to. */
const LIMIT_VARIABLES: [keyof Limits, string, number, number][] = [
  ['depth', 'GRAPHQL_MAX_DEPTH', 1, 1_000],
  ['cost', 'GRAPHQL_MAX_COST', 1, 1_000_000_000_000_000],
  ['aliases', 'GRAPHQL_MAX_ALIASES', 0, 10_000],
  ['directives', 'GRAPHQL_MAX_DIRECTIVES', 0, 10_000],
  ['tokens', 'GRAPHQL_MAX_TOKENS', 1, 1_000_000],
  ['requestBytes', 'MAX_REQUEST_BYTES', 1_000, 1_000_000_000],
];

function parseLimits(env: Env, problem: Problem): Limits | undefined {
  const limits = { ...DEFAULT_LIMITS };
  let valid = true;
  for (const [limit, name, least, most] of LIMIT_VARIABLES) {
    const raw = env[name];
    if (raw === undefined) continue;
    if (!/^\d+$/.test(raw) || Number(raw) < least || Number(raw) > most) {
      problem(name, `must be a whole number from ${least} to ${most}`);
      valid = false;
      continue;
    }
    limits[limit] = Number(raw);
  }
  return valid ? limits : undefined;
}

function parseCorsOrigins(env: Env, problem: Problem): string[] | undefined {
  const origins = (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  // Browsers send an origin as scheme://host[:port], exactly; anything else (a path, a slash, `*`) matches nothing.
  if (origins.every(isOrigin)) return origins;
  return problem('CORS_ORIGINS', 'must be origins separated by commas, each like https://app.example.org (scheme, host and port only)');
}

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

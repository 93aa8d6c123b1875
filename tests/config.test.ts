import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { spawnService } from './support/service-process.ts';

const server = { NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'secret' };

// Each case: the environment, and the one line the service must print before exiting with code 2.
const invalid: [string, Record<string, string>, string][] = [
  ['PORT not a number', { PORT: 'abc' }, 'PORT: must be a whole number from 0 to 65535 (got "abc")'],
  ['PORT too large', { PORT: '70000' }, 'PORT: must be a whole number from 0 to 65535 (got "70000")'],
  ['HOST with a space', { HOST: 'my host' }, 'HOST: must be a host name or an IP address (got "my host")'],
  ['LOG_LEVEL unknown', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
  ['NEO4J_URI malformed', { ...server, NEO4J_URI: 'not a uri' },
    'NEO4J_URI: is not a URI; expected for example bolt://localhost:7687 or neo4j+s://host (got "not a uri")'],
  ['NEO4J_URI wrong scheme', { ...server, NEO4J_URI: 'http://localhost:7474' },
    'NEO4J_URI: must use one of the schemes neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc (got "http://localhost:7474")'],
  ['NEO4J_PASSWORD missing', { NEO4J_URI: 'neo4j://db:7687' }, 'NEO4J_PASSWORD: is required when NEO4J_URI is set'],
  ['NEO4J_DATABASE invalid', { ...server, NEO4J_DATABASE: '1 graph' },
    'NEO4J_DATABASE: must be a Neo4j database name: 3 to 63 letters, digits, dots or dashes, starting with a letter (got "1 graph")'],
  ['NEO4J_PASSWORD without a URI', { NEO4J_PASSWORD: 'secret' }, 'NEO4J_PASSWORD: is only used with NEO4J_URI, which is not set'],
  ['NEO4J_LOCAL_HOME empty', { NEO4J_LOCAL_HOME: ' ' }, 'NEO4J_LOCAL_HOME: must be a folder path (got " ")'],
  ['NEO4J_TRANSACTION_TIMEOUT_MS too short', { NEO4J_TRANSACTION_TIMEOUT_MS: '5' },
    'NEO4J_TRANSACTION_TIMEOUT_MS: must be a whole number of milliseconds from 100 to 600000 (got "5")'],
  ['GRAPHQL_INTROSPECTION not a boolean', { GRAPHQL_INTROSPECTION: 'no' }, 'GRAPHQL_INTROSPECTION: must be true or false (got "no")'],
];

describe('bad configuration stops the service', () => {
  it.each(invalid)('%s: one line naming the variable, exit code 2', async (_case, env, line) => {
    const service = spawnService(env);
    const { code } = await service.exit;
    expect(code).toBe(2);
    expect(service.output()).toBe(`Invalid configuration: ${line}\n`);
  });

  it('names every bad variable, one line each', () => {
    expect(() => loadConfig({ PORT: '-1', LOG_LEVEL: 'x' })).toThrow(
      'PORT: must be a whole number from 0 to 65535 (got "-1")\nLOG_LEVEL: must be one of',
    );
  });
});

describe('good configuration', () => {
  it('has defaults for everything but a Neo4j server', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: undefined, logLevel: 'info', neo4j: undefined, transactionTimeoutMs: 10_000 });
    expect(config.localNeo4jHome).toMatch(/\.neo4j\/service$/);
    expect(config.disclosure).toEqual({ introspection: true, suggestions: false });
  });

  it('suggests field names only in development, and lets introspection be turned off', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).disclosure).toEqual({ introspection: true, suggestions: true });
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).disclosure).toEqual({ introspection: false, suggestions: false });
  });

  it('takes a Neo4j server from NEO4J_URI and its credentials', () => {
    const config = loadConfig({ ...server, NEO4J_USERNAME: 'reader', NEO4J_DATABASE: 'graph', PORT: '0', NEO4J_TRANSACTION_TIMEOUT_MS: '2500' });
    expect(config.port).toBe(0);
    expect(config.transactionTimeoutMs).toBe(2500);
    expect(config.neo4j).toEqual({ uri: server.NEO4J_URI, username: 'reader', password: 'secret', database: 'graph' });
  });
});

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { newApiKey } from '../src/auth.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { paths } from '../src/paths.ts';
import { noOwnNeo4j } from './support/own-neo4j.ts';
import { type ServiceProcess, spawnService as spawn } from './support/service-process.ts';

/*
 * No password, token or credential in any message or log line. A canary secret is put in every place a
 * secret can be given (NEO4J_PASSWORD, NEO4J_USERNAME, the user name and password of NEO4J_URI, an API
 * token) and then looked for, in every configuration error and in everything the service prints when it
 * starts, answers, fails and stops, at the most talkative log level.
 */

const CANARY = `canary${randomBytes(6).toString('hex')}`;
/** Each secret of its own, so a failure says which one leaked. */
const secret = (where: string) => `${CANARY}${where}`;

/** Every service this file started: one a failed test left running is stopped with the file. */
const services: ServiceProcess[] = [];
function spawnService(env: Record<string, string>): ServiceProcess {
  const service = spawn(env);
  services.push(service);
  return service;
}
async function stopServices(): Promise<void> {
  await Promise.all(
    services.map(async (service) => {
      if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGTERM');
      await service.exit;
    }),
  );
}
afterAll(stopServices);

/** A local Neo4j of its own takes a service a minute or more to start on a busy machine. */
const LOCAL_START_MS = 300_000;

function expectNoCanary(text: string) {
  // A failure shows the line that leaked, not the whole output.
  expect(text.split('\n').filter((line) => line.includes(CANARY))).toEqual([]);
}

/** Where a secret can be given, as the variables that give it. */
const SECRET_PLACES: [string, Record<string, string>][] = [
  ['NEO4J_PASSWORD alone', { NEO4J_PASSWORD: secret('password') }],
  ['NEO4J_USERNAME alone', { NEO4J_USERNAME: secret('username') }],
  ['NEO4J_DATABASE alone', { NEO4J_DATABASE: secret('database') }],
  ['NEO4J_PASSWORD with a URI', { NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: secret('password') }],
  ['NEO4J_USERNAME with a URI', { NEO4J_URI: 'bolt://db:7687', NEO4J_USERNAME: secret('username'), NEO4J_PASSWORD: 'x' }],
  ['a password in NEO4J_URI', { NEO4J_URI: `bolt://neo4j:${secret('uri')}@db:7687`, NEO4J_PASSWORD: 'x' }],
  ['a user name in NEO4J_URI', { NEO4J_URI: `neo4j+s://${secret('uri')}@db`, NEO4J_PASSWORD: 'x' }],
  ['a password holding / and @ in NEO4J_URI', { NEO4J_URI: `bolt://neo4j:a/b@${secret('uri')}@db:7687`, NEO4J_PASSWORD: 'x' }],
  ['a password after # in NEO4J_URI', { NEO4J_URI: `bolt://neo4j:#${secret('uri')}@db:7687`, NEO4J_PASSWORD: 'x' }],
  ['a token pasted into API_KEYS', { API_KEYS: `reader:reader:${secret('token')}` }],
];

/** Every way configuration can be wrong, each on top of every place above. */
const BAD_CONFIGURATIONS: [string, Record<string, string | undefined>][] = [
  ['nothing else wrong', {}],
  ['NEO4J_URI not a URI', { NEO4J_URI: `not a uri ${secret('uri')}@db` }],
  ['NEO4J_URI without a scheme', { NEO4J_URI: `neo4j:${secret('uri')}@db:7687` }],
  ['NEO4J_URI with another scheme', { NEO4J_URI: `http://neo4j:${secret('uri')}@db:7474` }],
  ['NEO4J_URI without a host', { NEO4J_URI: `bolt://neo4j:${secret('uri')}@` }],
  ['NEO4J_URI without NEO4J_PASSWORD', { NEO4J_PASSWORD: undefined }],
  ['NEO4J_PASSWORD empty', { NEO4J_PASSWORD: '' }],
  ['NEO4J_USERNAME empty', { NEO4J_USERNAME: '' }],
  ['NEO4J_DATABASE invalid', { NEO4J_DATABASE: '1 graph' }],
  ['PORT invalid', { PORT: 'abc' }],
  ['HOST invalid', { HOST: 'my host' }],
  ['LOG_LEVEL invalid', { LOG_LEVEL: 'loud' }],
  ['NEO4J_LOCAL_HOME empty', { NEO4J_LOCAL_HOME: ' ' }],
  ['NEO4J_TRANSACTION_TIMEOUT_MS invalid', { NEO4J_TRANSACTION_TIMEOUT_MS: '5' }],
  ['GRAPHQL_INTROSPECTION invalid', { GRAPHQL_INTROSPECTION: 'no' }],
  ['API_KEYS malformed', { API_KEYS: `x:editor:${secret('token')}` }],
  ['READS_REQUIRE_AUTH without keys', { READS_REQUIRE_AUTH: 'true' }],
  ['READS_REQUIRE_AUTH invalid', { READS_REQUIRE_AUTH: 'yes' }],
  ['a limit invalid', { GRAPHQL_MAX_DEPTH: '0' }],
  ['CORS_ORIGINS invalid', { CORS_ORIGINS: '*' }],
];

function combined(place: Record<string, string>, bad: Record<string, string | undefined>): Record<string, string> {
  const env: Record<string, string | undefined> = { ...place, ...bad };
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

describe('configuration errors', () => {
  const cases = SECRET_PLACES.flatMap(([place, placeEnv]) =>
    BAD_CONFIGURATIONS.map(([bad, badEnv]) => [`${place}, ${bad}`, combined(placeEnv, badEnv)] as const),
  );

  it.each(cases)('%s: no secret in the error or the warnings', (_case, env) => {
    let config: ReturnType<typeof loadConfig> | undefined;
    try {
      config = loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expectNoCanary((error as ConfigError).message);
      return;
    }
    expectNoCanary(config.warnings.join('\n'));
    // The URI the driver is given, and the service logs, has no credentials either.
    expectNoCanary(config.neo4j?.uri ?? '');
  });

  it('names the variable and hides the URI’s credentials', () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: secret('password') })).toThrow(
      new ConfigError(['NEO4J_PASSWORD: is only used with NEO4J_URI, which is not set']),
    );
    expect(() => loadConfig({ NEO4J_URI: `http://neo4j:${secret('uri')}@db:7474`, NEO4J_PASSWORD: 'x' })).toThrow(
      'NEO4J_URI: must use one of the schemes neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc (got "http://***@db:7474")',
    );
    const config = loadConfig({ NEO4J_URI: `bolt://neo4j:${secret('uri')}@db:7687`, NEO4J_PASSWORD: 'x' });
    expect(config.neo4j?.uri).toBe('bolt://db:7687');
    expect(config.warnings).toEqual([expect.stringContaining('NEO4J_URI holds a user name or password')]);
  });

  it.each([SECRET_PLACES[0]!, SECRET_PLACES[1]!, SECRET_PLACES[5]!, SECRET_PLACES[9]!])(
    'the service stopped by %s prints no secret',
    async (_place, env) => {
      const service = spawnService({ ...env, ...(env.NEO4J_URI ? { NEO4J_URI: `http://neo4j:${secret('uri')}@db` } : {}) });
      expect((await service.exit).code).toBe(2);
      expect(service.output()).toMatch(/^Invalid configuration: /);
      expectNoCanary(service.output());
    },
  );
});

/** Output as the most talkative log level writes it, with the service stopped by SIGTERM when still up. */
async function stopped(service: ServiceProcess): Promise<string> {
  service.child.kill('SIGTERM');
  await service.exit;
  return service.output();
}

describe('a service given a Neo4j by URI', () => {
  const target = inject('neo4j');
  const address = new URL(target.uri).host;
  // A Neo4j without authentication (the tests' throwaway one) takes any credentials: then canaries
  // stand in for them. One with authentication needs the real ones, and those must not leak either.
  const username = target.password === '' ? secret('username') : target.username;
  const password = target.password === '' ? secret('password') : target.password;
  const key = newApiKey('canary-editor', 'editor');
  const secrets = [username, password, key.token];

  it('prints no credential when it starts, answers, refuses and stops', async () => {
    const service = spawnService({
      PORT: '0',
      LOG_LEVEL: 'trace',
      NEO4J_URI: `bolt://${secret('uriuser')}:${secret('uri')}@${address}`,
      NEO4J_USERNAME: username,
      NEO4J_PASSWORD: password,
      API_KEYS: key.entry,
    });
    const [, port] = await service.waitFor(/GraphQL at http:\/\/localhost:(\d+)\/graphql/);
    const graphql = (authorization: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ service { neo4j { edition } } }' }),
      });
    expect((await graphql(`Bearer ${key.token}`)).status).toBe(200);
    const refused = await graphql(`Bearer ${secret('wrongtoken')}`);
    expect(refused.status).toBe(401);
    expectNoCanary(await refused.text());

    const output = await stopped(service);
    expect(output).toContain('NEO4J_URI holds a user name or password');
    expect(output).toContain(`Using Neo4j at bolt://${address}`);
    expectNoCanary(output);
    for (const value of secrets) expect(output).not.toContain(value);
  });

  it('prints no credential when Neo4j cannot be reached', async () => {
    // A port nothing listens on: the start fails and says so.
    const service = spawnService({
      PORT: '0',
      LOG_LEVEL: 'trace',
      NEO4J_URI: `neo4j://${secret('uriuser')}:${secret('uri')}@127.0.0.1:9`,
      NEO4J_USERNAME: secret('username'),
      NEO4J_PASSWORD: secret('password'),
    });
    expect((await service.exit).code).toBe(1);
    expect(service.output()).toMatch(/"level":60/);
    expectNoCanary(service.output());
  });
});

describe.skipIf(noOwnNeo4j)('a service with a local Neo4j of its own', () => {
  const homes: string[] = [];
  const newHome = async () => {
    const home = await mkdtemp(join(paths.localNeo4j, 'secrets-test-'));
    homes.push(home);
    return home;
  };
  afterAll(async () => {
    // Their Neo4j first: it writes into the home until it stops.
    await stopServices();
    await Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
  });

  it('never prints the password it generated for it, starting or stopping', async () => {
    const home = await newHome();
    const service = spawnService({ PORT: '0', LOG_LEVEL: 'trace', NEO4J_LOCAL_HOME: home });
    await service.waitFor(/GraphQL at http:\/\/localhost:(\d+)\/graphql/);
    const password = (await readFile(join(home, 'conf', 'password'), 'utf8')).trim();
    expect(password.length).toBeGreaterThan(10);
    const output = await stopped(service);
    expect(output).toContain('Stopped: local Neo4j');
    expect(output).not.toContain(password);
  }, LOCAL_START_MS);

  it('never prints it when Neo4j’s admin tool fails to set it', async () => {
    // A `java` that is the real one for `-version`, and otherwise fails repeating its arguments, as a
    // tool may; it keeps them, so the test knows the password it was given.
    const bin = await newHome();
    const argumentsFile = join(bin, 'arguments');
    const realJava = execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim();
    await writeFile(
      join(bin, 'java'),
      `#!/bin/sh\nif [ "$1" = "-version" ]; then exec '${realJava}' -version; fi\n` +
        `echo "$@" > '${argumentsFile}'\necho "refusing: $@" >&2\nexit 1\n`,
    );
    await chmod(join(bin, 'java'), 0o755);
    const service = spawnService({ PORT: '0', LOG_LEVEL: 'trace', NEO4J_LOCAL_HOME: await newHome(), PATH: `${bin}:${process.env.PATH}` });
    expect((await service.exit).code).toBe(1);
    const password = (await readFile(argumentsFile, 'utf8')).trim().split(' ').at(-1)!;
    expect(password.length).toBeGreaterThan(10);
    expect(service.output()).toContain("could not set the local server's password");
    expect(service.output()).toContain('refusing:');
    expect(service.output()).not.toContain(password);
  }, LOCAL_START_MS);
});

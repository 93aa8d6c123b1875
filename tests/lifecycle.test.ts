import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJava } from '../src/neo4j/local/toolchain.ts';
import { paths } from '../src/paths.ts';
import { type ServiceProcess, spawnService } from './support/service-process.ts';

const noJava = await checkJava().then(() => undefined, (error: Error) => error.message);

/** Processes whose command line mentions `text`, other than the `ps` looking for them. */
function processesMentioning(text: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(text) && !line.includes('ps -eo'));
}

/** A first start sets a password, starts Neo4j and loads the dataset: a minute or more on a busy machine. */
const FIRST_START_MS = 300_000;

describe.skipIf(noJava)('the service with a local Neo4j of its own', () => {
  let home: string;
  let service: ServiceProcess | undefined;
  afterAll(async () => {
    // A failed test may leave the service running: stop it before its Neo4j's files are removed.
    if (service && service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGTERM');
    await service?.exit;
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('loads the dataset into its empty graph, serves GraphQL once ready, and after SIGTERM exits 0 leaving no Neo4j process behind', async () => {
    home = await mkdtemp(join(paths.localNeo4j, 'lifecycle-test-'));
    service = spawnService({ PORT: '0', NEO4J_LOCAL_HOME: home, LOG_LEVEL: 'info' });
    const [, port] = await service.waitFor(/GraphQL at http:\/\/localhost:(\d+)\/graphql/);
    expect(service.output()).toMatch(/The graph was empty: loaded the dataset \(\d+ files\)/);
    expect(processesMentioning(home).some((line) => line.includes('CommunityEntryPoint'))).toBe(true);

    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ service { neo4j { edition } } }' }),
    });
    expect(await response.json()).toEqual({ data: { service: { neo4j: { edition: 'community' } } } });

    service.child.kill('SIGTERM');
    expect(await service.exit).toEqual({ code: 0, signal: null });
    expect(service.output()).toContain('Stopped: local Neo4j');
    expect(processesMentioning(home)).toEqual([]);
  }, FIRST_START_MS);
});

describe('without any way to get a Neo4j', () => {
  it('fails at once, naming the three ways to provide one', async () => {
    // A PATH holding only this Node: no java, no mvn.
    const service = spawnService({ PATH: dirname(process.execPath), NEO4J_LOCAL_HOME: join(paths.localNeo4j, 'unused') });
    expect((await service.exit).code).toBe(1);
    const output = service.output();
    expect(output).toContain('No Neo4j available (NEO4J_URI is not set; no `java` on PATH)');
    expect(output).toContain('(1) set NEO4J_URI');
    expect(output).toContain('(2) run Neo4j and the service with Docker: `docker compose up`');
    expect(output).toContain('(3) install Java 17+ and Maven');
  });
});

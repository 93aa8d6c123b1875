import { join } from 'node:path';
import { Neo4jUnavailableError, LocalNeo4jUnavailableError } from './errors.ts';
import { LocalNeo4j } from './local/local-neo4j.ts';
import { paths } from '../paths.ts';
import { NEO4J_IMAGE, NEO4J_VERSION } from './version.ts';

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database?: string | undefined;
}

/** A Neo4j to talk to, and how it was had. `stop()` stops it only if we started it. */
export interface ObtainedNeo4j extends Neo4jTarget {
  origin: 'uri' | 'container' | 'local';
  stop(): Promise<void>;
}

export interface ObtainOptions {
  /** From NEO4J_URI and friends, when set: used as it is. */
  configured?: Neo4jTarget | undefined;
  /** Tests only: start a container when a Docker engine answers. */
  allowContainer: boolean;
  /** The local server's home; a throwaway one under `.neo4j/throwaway/` when not given. */
  localHome?: string | undefined;
  log: (message: string) => void;
  /** Called as soon as a local server process exists, before it is ready, so a signal can stop it. */
  onLocalServer?: (server: LocalNeo4j) => void;
}

/**
 * The one way the service and the tests get a Neo4j, tried in order: a configured URI; a container (tests,
 * when Docker answers); a local server from Maven Central jars (Java 17+ and Maven). Fails at once, naming
 * every way, when none is possible.
 */
export async function obtainNeo4j(options: ObtainOptions): Promise<ObtainedNeo4j> {
  if (options.configured) return { ...options.configured, origin: 'uri', stop: async () => {} };

  const reasons: string[] = ['NEO4J_URI is not set'];
  if (options.allowContainer) {
    const container = await startContainer(options.log);
    if (typeof container === 'string') reasons.push(container);
    else return container;
  }
  try {
    return await startLocal(options);
  } catch (error) {
    if (!(error instanceof LocalNeo4jUnavailableError)) throw error;
    reasons.push(error.message);
    throw new Neo4jUnavailableError(reasons, { containersAllowed: options.allowContainer });
  }
}

async function startLocal(options: ObtainOptions): Promise<ObtainedNeo4j> {
  const persistent = options.localHome !== undefined;
  const home = options.localHome ?? (await LocalNeo4j.throwawayHome(join(paths.localNeo4j, 'throwaway')));
  const server = await LocalNeo4j.create({ version: NEO4J_VERSION, home, persistent, log: options.log });
  options.onLocalServer?.(server);
  await server.start();
  return {
    uri: server.uri,
    username: server.username,
    password: server.password,
    origin: 'local',
    stop: () => server.stop(),
  };
}

/** A started container, or why none could be started. */
async function startContainer(log: (message: string) => void): Promise<ObtainedNeo4j | string> {
  // Imported here: testcontainers is a dev dependency, absent from the service's production install.
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return 'no Docker engine answers';
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  log(`Starting container ${NEO4J_IMAGE}`);
  const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword('test-password').start();
  return {
    uri: container.getBoltUri(),
    username: container.getUsername(),
    password: container.getPassword(),
    origin: 'container',
    stop: async () => {
      await container.stop();
    },
  };
}

import { NEO4J_VERSION } from './version.ts';

/** This machine cannot run a local Neo4j (no Java 17+, no Maven): one reason among the ways tried. */
export class LocalNeo4jUnavailableError extends Error {
  override name = 'LocalNeo4jUnavailableError';
}

/** No Neo4j can be had: no URI was given and none could be started here. Names every way to provide one. */
export class Neo4jUnavailableError extends Error {
  override name = 'Neo4jUnavailableError';

  constructor(reasons: string[], { containersAllowed }: { containersAllowed: boolean }) {
    const ways = [
      '(1) set NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD) to a running Neo4j 5.26 server',
      containersAllowed
        ? `(2) run a Docker engine, and the tests start the container image neo4j:${NEO4J_VERSION}-community`
        : '(2) run Neo4j and the service with Docker: `docker compose up`',
      `(3) install Java 17+ and Maven, and a local Neo4j ${NEO4J_VERSION} is started from Maven Central jars`,
    ];
    super(`No Neo4j available (${reasons.join('; ')}). Provide one of: ${ways.join('; ')}.`);
  }
}

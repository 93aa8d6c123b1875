/**
 * The one pinned Neo4j version. The local server's Maven artifact and the tests' container image use it;
 * docker-compose.yml carries the same tag, and a test keeps the two in step.
 * 5.26 is the LTS line and the last one that runs on Java 17.
 */
export const NEO4J_VERSION = '5.26.31';
export const NEO4J_IMAGE = `neo4j:${NEO4J_VERSION}-community`;

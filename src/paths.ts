import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export const paths = {
  projectRoot,
  cypher: fileURLToPath(new URL('../cypher/', import.meta.url)),
  migrations: fileURLToPath(new URL('../cypher/migrations/', import.meta.url)),
  neo4jPom: fileURLToPath(new URL('../neo4j/pom.xml', import.meta.url)),
  /** Local Neo4j servers keep their files here (git-ignored). */
  localNeo4j: fileURLToPath(new URL('../.neo4j/', import.meta.url)),
  printedSchema: fileURLToPath(new URL('../schema/schema.graphql', import.meta.url)),
  dataset: fileURLToPath(new URL('../data/', import.meta.url)),
  /** The example operations GraphiQL opens with, one `.graphql` file each. */
  examples: fileURLToPath(new URL('../examples/', import.meta.url)),
  /** The explorer's and GraphiQL's built pages and assets (git-ignored; `npm run build:web`). */
  webDist: fileURLToPath(new URL('../web/dist/', import.meta.url)),
};

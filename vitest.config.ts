import { defineConfig } from 'vitest/config';

// Resolve packages as Node does. graphql 17 ships a separate `development` build; if Vite picked it for our
// code while Node loads the production build for Pothos and Yoga, there would be two graphql modules.
const nodeConditions = ['module-sync', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions: nodeConditions },
  ssr: { resolve: { conditions: nodeConditions, externalConditions: nodeConditions } },
  test: {
    include: ['tests/**/*.test.ts'],
    // One Neo4j for the whole run, obtained the same way the service obtains one.
    globalSetup: ['tests/support/global-neo4j.ts'],
    testTimeout: 60_000,
    // Starting a Neo4j of its own takes a test 10–20 s here; a cold Maven download, a minute more.
    hookTimeout: 300_000,
  },
});

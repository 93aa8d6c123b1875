import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.ts';

// A deep, wide query: events → participants → the posts they held and the other events they attended →
// where those were held; and events → agreements signed → commodities covered and parties; with citations
// and edge facts at every level. `$first` sets how wide each level is.
const deepQuery = /* GraphQL */ `
  query Deep($first: Int!) {
    events(first: $first) {
      nodes {
        key
        citations { source { title } paragraphs }
        place { nodes { key } }
        participants(first: $first) {
          edges {
            role
            citations { source { publisher } }
            node {
              key
              ... on Person {
                posts(first: $first) { edges { post node { key } } }
                events(first: $first) { nodes { key place { nodes { key } } } }
              }
            }
          }
        }
        agreementsSigned(first: $first) {
          nodes {
            key
            commodities(first: $first) { nodes { key category } }
            parties(first: $first) { nodes { key } }
          }
        }
      }
    }
  }
`;

let server: TestServer;
let statements: string[] = [];

beforeAll(async () => {
  server = await startTestServer(undefined, { onStatement: (statement) => statements.push(statement.name) });
});
afterAll(() => server.close());

/** Runs the deep query, and says how many entities came back and which statements it took. */
async function runDeepQuery(first: number) {
  statements = [];
  const response = await server.graphql(deepQuery, { first });
  expect(response.errors).toBeUndefined();
  const keys = new Set<string>();
  JSON.stringify(response.data, (name, value) => {
    if (name === 'key' && typeof value === 'string') keys.add(value);
    return value;
  });
  return { entities: keys.size, statements: [...statements] };
}

describe('a request’s Cypher statements do not grow with its result (no N+1)', () => {
  it('answers a deep, wide query in the same statements as a narrow one', async () => {
    // Narrow, yet with something at every level, so that both ask the same questions.
    const narrow = await runDeepQuery(2);
    const wide = await runDeepQuery(50);

    expect(wide.entities).toBeGreaterThanOrEqual(50);
    expect(wide.entities).toBeGreaterThan(narrow.entities * 4);
    // One statement per distinct question at each depth of the query, however many parents ask it. The wide
    // query may even need fewer: a question asked again deeper down finds its answers already loaded.
    expect(wide.statements.length).toBeLessThanOrEqual(narrow.statements.length);
    expect(new Set(wide.statements)).toEqual(new Set(narrow.statements));
    expect(wide.statements.length).toBeLessThanOrEqual(12);
    console.log(`deep query: ${wide.entities} entities in ${wide.statements.length} statements; ${narrow.entities} when narrow`);
  });
});

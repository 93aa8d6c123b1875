import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EntityType, RELATIONSHIPS, type RelationshipType } from '../../src/dataset/format.ts';
import { ask, askNode, keysOf, pageReader, readAll } from '../support/api.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Ends = Partial<Record<EntityType, string>>;

/**
 * The field that follows each relationship type from each type of node at its start (`out`) and at its
 * end (`in`). Typed over every relationship type, and checked below against every end the dataset format
 * allows, so a relationship type cannot be added without being exposed from both ends.
 */
const FIELDS: Record<RelationshipType, { out: Ends; in: Ends }> = {
  LOCATED_IN: {
    out: { City: 'locatedIn', Region: 'locatedIn', BorderCrossing: 'locatedIn', LogisticsHub: 'locatedIn' },
    in: { City: 'within', Region: 'within', Country: 'within' },
  },
  BASED_IN: { out: { Organization: 'basedIn' }, in: { Country: 'organizations', Region: 'organizations', City: 'organizations' } },
  PART_OF: { out: { Organization: 'partOf', Event: 'partOf' }, in: { Organization: 'parts', Event: 'parts' } },
  NATIONAL_OF: { out: { Person: 'nationality' }, in: { Country: 'nationals' } },
  HELD_POST: { out: { Person: 'posts' }, in: { Organization: 'postHolders', Country: 'postHolders', Region: 'postHolders' } },
  ATTENDED: { out: { Person: 'events', Organization: 'eventsAttended', Country: 'eventsAttended' }, in: { Event: 'participants' } },
  HELD_IN: { out: { Event: 'place' }, in: { City: 'eventsHeld', Region: 'eventsHeld', Country: 'eventsHeld' } },
  PARTY_TO: { out: { Organization: 'agreements', Country: 'agreements' }, in: { Agreement: 'parties' } },
  SIGNED: { out: { Person: 'agreementsSigned' }, in: { Agreement: 'signatories' } },
  SIGNED_AT: { out: { Agreement: 'signedAt' }, in: { Event: 'agreementsSigned' } },
  COVERS: { out: { Agreement: 'commodities' }, in: { Commodity: 'agreements' } },
  SERVES: { out: { BorderCrossing: 'routes', LogisticsHub: 'routes' }, in: { Route: 'servedBy' } },
  PARTICIPATES_IN: { out: { Country: 'routes' }, in: { Route: 'participants' } },
  EXPORTS: { out: { Country: 'exports' }, in: { Commodity: 'exporters' } },
  CONCERNS: {
    out: { Event: 'concerns', TradeFigure: 'concerns', Target: 'concerns', Agreement: 'concerns' },
    in: {
      Country: 'concernedBy',
      Region: 'concernedBy',
      City: 'concernedBy',
      Commodity: 'concernedBy',
      BorderCrossing: 'concernedBy',
      LogisticsHub: 'concernedBy',
      Route: 'concernedBy',
      Organization: 'concernedBy',
      Agreement: 'concernedBy',
      Event: 'concernedBy',
    },
  },
  STATED: { out: { Person: 'statements', Organization: 'statements' }, in: { TradeFigure: 'statedBy', Target: 'statedBy' } },
  STATED_AT: { out: { TradeFigure: 'statedAt', Target: 'statedAt' }, in: { Event: 'statements' } },
  SET: { out: { Person: 'targetsSet', Country: 'targetsSet', Organization: 'targetsSet' }, in: { Target: 'setBy' } },
};

const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];

/** The fields each type has, as the schema says over HTTP. */
async function fieldsOfTypes(types: readonly string[]): Promise<Map<string, string[]>> {
  const query = `{ ${types.map((type, index) => `t${index}: __type(name: "${type}") { fields { name } }`).join(' ')} }`;
  const data = await ask<Record<string, { fields: { name: string }[] } | null>>(server, query);
  return new Map(types.map((type, index) => [type, data[`t${index}`]?.fields.map((field) => field.name) ?? []]));
}

describe('every relationship type can be followed from both of its ends', () => {
  it('names a field, which the schema has, for every end the dataset format allows', async () => {
    const ends = RELATIONSHIP_TYPES.flatMap((type) => [
      ...RELATIONSHIPS[type].from.map((node) => ({ type, direction: 'out' as const, node })),
      ...RELATIONSHIPS[type].to.map((node) => ({ type, direction: 'in' as const, node })),
    ]);
    const fields = await fieldsOfTypes([...new Set(ends.map((end) => end.node))]);
    const missing = ends
      .map((end) => ({ ...end, field: FIELDS[end.type][end.direction][end.node] }))
      .filter((end) => end.field === undefined || !fields.get(end.node)?.includes(end.field));
    expect(missing).toEqual([]);
  });

  it('lists both ends of one relationship of every type, for every pair of node types the graph joins by it', async () => {
    const { records } = await server.db.driver.executeQuery(`
      MATCH (start:Entity)-[link]->(end:Entity)
      WHERE type(link) <> 'CITED_IN'
      WITH type(link) AS type, [label IN labels(start) WHERE label <> 'Entity'][0] AS startType,
           [label IN labels(end) WHERE label <> 'Entity'][0] AS endType, start.id AS startKey, end.id AS endKey
      ORDER BY startKey, endKey
      RETURN type, startType, endType, head(collect([startKey, endKey])) AS instance
      ORDER BY type, startType, endType`);
    const instances = records.map((record) => ({
      type: record.get('type') as RelationshipType,
      start: { type: record.get('startType') as EntityType, key: (record.get('instance') as string[])[0]! },
      end: { type: record.get('endType') as EntityType, key: (record.get('instance') as string[])[1]! },
    }));
    expect(new Set(instances.map((instance) => instance.type))).toEqual(new Set(RELATIONSHIP_TYPES));

    const unlisted: string[] = [];
    for (const { type, start, end } of instances) {
      for (const [from, to, direction] of [[start, end, 'out'], [end, start, 'in']] as const) {
        const field = FIELDS[type][direction][from.type];
        const listed = field
          ? keysOf((await readAll(pageReader(server, field, { on: from }))).map((edge) => edge.node))
          : [];
        if (!listed.includes(to.key)) unlisted.push(`${from.key} ${field ?? `(no field for ${type} ${direction})`} lacks ${to.key}`);
      }
    }
    expect(unlisted).toEqual([]);
  });

  it('carries the relationship’s own facts on the edge, the same from either end', async () => {
    type PostEdge = { post: string; asOf: { text: string } | null; node: { key: string } };
    const selection = (field: string) => `${field}(first: 100) { edges { post asOf { text } node { key } } }`;
    const person = await askNode<{ posts: { edges: PostEdge[] } }>(server, 'Person', 'person/serik-zhumangarin', selection('posts'));
    const government = await askNode<{ postHolders: { edges: PostEdge[] } }>(server, 'Organization', 'organization/kz-government', selection('postHolders'));
    expect(person.posts.edges).toEqual([
      { post: 'Deputy Prime Minister', asOf: { text: '2023-03-28' }, node: { key: 'organization/kz-government' } },
      { post: 'Minister of Trade and Integration', asOf: { text: '2023-03-28' }, node: { key: 'organization/kz-ministry-of-trade-and-integration' } },
    ]);
    expect(government.postHolders.edges).toContainEqual({
      post: 'Deputy Prime Minister',
      asOf: { text: '2023-03-28' },
      node: { key: 'person/serik-zhumangarin' },
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, askNode, ENTITY_TYPE_NAMES, type Keyed, keysListed, LIST_OF } from '../support/api.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Citation {
  source: Keyed & { kind: string; publisher: string; paragraphs: number | null };
  paragraphs: number[];
  sections: string[];
}
const CITATION_FIELDS = 'citations { source { key kind publisher paragraphs } paragraphs sections }';

/**
 * Why a citation does not show where its fact is stated, or null when it does: an article's paragraphs
 * (each one the article has), or a reference work's sections.
 */
function unsound({ source, paragraphs, sections }: Citation): string | null {
  if (source.publisher.trim() === '') return `${source.key} has no publisher`;
  if (source.kind === 'article') {
    if (paragraphs.length === 0 || sections.length > 0) return `${source.key} is cited without paragraphs`;
    const missing = paragraphs.filter((paragraph) => paragraph < 1 || paragraph > (source.paragraphs ?? 0));
    return missing.length > 0 ? `${source.key} has no paragraphs ${missing.join(', ')}` : null;
  }
  return sections.length === 0 || paragraphs.length > 0 ? `${source.key} is cited without sections` : null;
}

/** Each fact (`what`) with a problem in its citations, or without any. */
function uncited(facts: { what: string; citations: Citation[] }[]): string[] {
  return facts.flatMap(({ what, citations }) =>
    citations.length === 0 ? [`${what}: no citation`] : citations.map(unsound).flatMap((problem) => (problem ? [`${what}: ${problem}`] : [])),
  );
}

describe('provenance', () => {
  it('every entity of every list cites where it is stated: a publisher’s article paragraphs, or a reference’s sections', async () => {
    const lists = ENTITY_TYPE_NAMES.map((type) => LIST_OF[type]);
    const data = await ask<Record<string, { totalCount: number; nodes: (Keyed & { citations: Citation[] })[] }>>(
      server,
      `{ ${lists.map((list) => `${list}(first: 100) { totalCount nodes { key ${CITATION_FIELDS} } }`).join(' ')} }`,
    );
    const entities = lists.flatMap((list) => {
      expect(data[list]!.nodes).toHaveLength(data[list]!.totalCount);
      return data[list]!.nodes;
    });
    expect(entities).toHaveLength(161);
    expect(uncited(entities.map((entity) => ({ what: entity.key, citations: entity.citations })))).toEqual([]);
    // Both kinds of source are cited.
    const kinds = new Set(entities.flatMap((entity) => entity.citations.map((citation) => citation.source.kind)));
    expect(kinds).toEqual(new Set(['article', 'reference']));
  });

  it('every relationship of the graph cites where it is stated', async () => {
    type Link = { type: string; from: Keyed; to: Keyed; citations: Citation[] };
    // Three steps from Kazakhstan reach every entity but sugar, which has no relationship at all, so the
    // neighbourhood holds every relationship.
    const data = await ask<{ neighbourhood: { reachable: number; relationships: Link[] } }>(
      server,
      `{ neighbourhood(of: { key: "country/kazakhstan" }, depth: 3, limit: 500) { reachable relationships { type from { key } to { key } ${CITATION_FIELDS} } } }`,
    );
    const { records } = await server.db.driver.executeQuery("MATCH (:Entity)-[link]->(:Entity) WHERE type(link) <> 'CITED_IN' RETURN count(link) AS links");
    expect(data.neighbourhood.reachable).toBe(159);
    expect(data.neighbourhood.relationships).toHaveLength(Number(records[0]!.get('links')));
    const links = data.neighbourhood.relationships.map((link) => ({ what: `${link.from.key} ${link.type} ${link.to.key}`, citations: link.citations }));
    expect(uncited(links)).toEqual([]);
  });

  it('relationship edges of connections carry their citations', async () => {
    type Edges = { edges: { node: Keyed; citations: Citation[] }[] };
    const forum = await askNode<{ participants: Edges; place: Edges; concerns: Edges }>(
      server,
      'Event',
      'event/friendly-dialogue-cross-border-cooperation-2023',
      ['participants', 'place', 'concerns'].map((field) => `${field}(first: 100) { edges { node { ... on Entity { key } } ${CITATION_FIELDS} } }`).join(' '),
    );
    const edges = [...forum.participants.edges, ...forum.place.edges, ...forum.concerns.edges];
    expect(edges.length).toBeGreaterThan(20);
    expect(uncited(edges.map((edge) => ({ what: edge.node.key, citations: edge.citations })))).toEqual([]);
    const zhumangarin = forum.participants.edges.find((edge) => edge.node.key === 'person/serik-zhumangarin');
    expect(zhumangarin?.citations.map((citation) => citation.source.key)).toEqual(['source/2023-03-friendly-dialogue-contracts']);
  });
});

describe('dates', () => {
  interface PartialDate {
    text: string;
    precision: string;
    start: string;
    end: string;
    inferred: boolean;
    basis: string | null;
  }
  const DATE_FIELDS = '{ text precision start end inferred basis }';

  /** Why a date is not as precise as it says, or not explained when inferred; null when it is sound. */
  function unsoundDate(date: PartialDate): string | null {
    const lengths: Record<string, number> = { YEAR: 4, MONTH: 7, DAY: 10 };
    if (!date.text.split('/').every((part) => part.length === lengths[date.precision])) return `${date.text} is not of ${date.precision} precision`;
    if (!date.text.startsWith(date.start.slice(0, lengths[date.precision]))) return `${date.text} does not start on ${date.start}`;
    if (date.start > date.end) return `${date.text} ends before it starts`;
    if (date.inferred && !date.basis?.trim()) return `${date.text} is inferred without a basis`;
    return null;
  }

  it('carry their precision, whether they were inferred, and why, wherever they appear', async () => {
    type Dated = Keyed & Record<string, PartialDate | null>;
    const data = await ask<Record<string, { nodes: Dated[] }>>(
      server,
      `{
        events(first: 100) { nodes { key date ${DATE_FIELDS} } }
        agreements(first: 100) { nodes { key date ${DATE_FIELDS} } }
        tradeFigures(first: 100) { nodes { key period ${DATE_FIELDS} } }
        targets(first: 100) { nodes { key deadline ${DATE_FIELDS} } }
        borderCrossings(first: 100) { nodes { key statusDate ${DATE_FIELDS} } }
        logisticsHubs(first: 100) { nodes { key statusDate ${DATE_FIELDS} } }
        sources(first: 100) { nodes { key published ${DATE_FIELDS} } }
      }`,
    );
    const dates = Object.values(data).flatMap((list) =>
      list.nodes.flatMap(({ key, ...fields }) => Object.values(fields).flatMap((date) => (date ? [{ key, date }] : []))),
    );
    expect(dates.length).toBeGreaterThan(60);
    expect(dates.flatMap(({ key, date }) => (unsoundDate(date) ? [`${key}: ${unsoundDate(date)}`] : []))).toEqual([]);
    expect(new Set(dates.map(({ date }) => date.precision))).toEqual(new Set(['YEAR', 'MONTH', 'DAY']));
  });

  it('say the Almaty forum’s year was worked out, and how', async () => {
    const forum = await askNode<{ date: PartialDate }>(server, 'Event', 'event/friendly-dialogue-cross-border-cooperation-2023', `date ${DATE_FIELDS}`);
    expect(forum.date).toEqual({
      text: '2023-03-28',
      precision: 'DAY',
      start: '2023-03-28',
      end: '2023-03-28',
      inferred: true,
      basis: expect.stringMatching(/Belt and Road/),
    });
  });

  it('on relationships too: when a post was attested', async () => {
    const bektenov = await askNode<{ posts: { edges: { asOf: PartialDate }[] } }>(server, 'Person', 'person/olzhas-bektenov', `posts { edges { asOf ${DATE_FIELDS} } }`);
    expect(bektenov.posts.edges.map((edge) => [edge.asOf.text, edge.asOf.precision, edge.asOf.inferred])).toEqual([
      ['2024', 'YEAR', true],
      ['2024-03-13', 'DAY', true],
    ]);
  });
});

describe('sources', () => {
  it('are listed earliest published first, and narrow by kind, title and publication date', async () => {
    const all = await keysListed(server, 'sources');
    expect(all).toHaveLength(8);
    expect(all.slice(0, 2)).toEqual(['source/ref-wco-hs-2022', 'source/2023-03-friendly-dialogue-contracts']);
    expect(await keysListed(server, 'sources(orderBy: { field: DATE, direction: DESC })')).toEqual([...all].reverse());
    expect(await keysListed(server, 'sources(first: 2, orderBy: { field: NAME })')).toEqual([
      'source/ref-sco-astana-declaration-2024', // "Astana Declaration ..."
      'source/ref-wco-hs-2022', // "Harmonized Commodity ..."
    ]);
    expect(await keysListed(server, 'sources(filter: { kind: [REFERENCE] })')).toEqual([
      'source/ref-wco-hs-2022',
      'source/ref-xian-declaration-2023',
      'source/ref-sco-astana-declaration-2024',
    ]);
    expect(await keysListed(server, 'sources(filter: { name: "Astana Declaration" })')).toEqual(['source/ref-sco-astana-declaration-2024']);
    // An article known to be of March 2023 may have appeared on any day of it.
    expect(await keysListed(server, 'sources(filter: { from: "2023-03-31", to: "2023-04-30" })')).toEqual(['source/2023-03-friendly-dialogue-contracts']);
  });

  it('list the entities they are cited for, with the paragraphs that mention each', async () => {
    type Source = { kind: string; paragraphs: number; entities: { totalCount: number; edges: { paragraphs: number[]; node: Keyed }[] } };
    const article = await askNode<Source>(
      server,
      'Source',
      'source/2023-03-friendly-dialogue-contracts',
      'kind paragraphs entities(first: 100) { totalCount edges { paragraphs node { key } } }',
    );
    expect(article).toMatchObject({ kind: 'article', paragraphs: 14 });
    expect(article.entities.totalCount).toBe(75);
    expect(article.entities.edges).toContainEqual({ paragraphs: [1, 12], node: { key: 'agreement/friendly-dialogue-2023-commercial-contracts' } });
  });
});

import { describe, expect, it } from 'vitest';
import { tokens } from '../support/api-keys.ts';
import { ownSeededServer } from '../support/own-server.ts';

/*
 * Linking and unlinking entities over HTTP, on a Neo4j of this file's own (it writes). Xi Jinping did not
 * attend the Bektenov–Zhang Xiao meeting; the tests say he did, citing two articles, and take it back.
 */

const server = ownSeededServer();
const ZHANG_ARTICLE = 'source/times-of-central-asia-2024-03-bektenov-zhang-xiao';
const LI_ARTICLE = 'source/gulf-observer-2024-bektenov-li-qiang';
const MEETING = 'event/bektenov-zhang-xiao-meeting-2024-03-13';

const LINK = `mutation ($input: LinkEntitiesInput!) { linkEntities(input: $input) {
  created relationship { type from { key } to { key } role citations { source { key } paragraphs } }
  errors { field code message } } }`;
const UNLINK = 'mutation ($input: UnlinkEntitiesInput!) { unlinkEntities(input: $input) { removed withdrawn errors { field code message } } }';

interface Payload {
  created?: boolean;
  relationship?: { citations: unknown[] } | null;
  removed?: number;
  withdrawn?: number;
  errors: { field: string[]; code: string; message: string }[];
}

async function edit(mutation: string, input: Record<string, unknown>): Promise<Payload> {
  const response = await server().graphql<Record<string, Payload>>(mutation, { input }, { token: tokens.editor });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return Object.values(response.data!)[0]!;
}

const xiAttended = (source: string, paragraphs: number[]) => ({
  type: 'ATTENDED',
  from: { key: 'person/xi-jinping' },
  to: { key: MEETING },
  role: 'fixture role',
  provenance: { source: { key: source }, paragraphs },
});

async function participantsOfMeeting(): Promise<string[]> {
  const { data } = await server().graphql<{ node: { participants: { nodes: { key: string }[] } } }>(
    `{ events(filter: {name: "Zhang Xiao"}) { nodes { participants { nodes { key } } } } }`,
  );
  return (data as unknown as { events: { nodes: { participants: { nodes: { key: string }[] } }[] } }).events.nodes[0]!.participants.nodes.map((node) => node.key);
}

describe('linking', () => {
  it('creates the relationship with its citation, and a second source adds to it', async () => {
    expect(await edit(LINK, xiAttended(ZHANG_ARTICLE, [2]))).toEqual({
      created: true,
      relationship: {
        type: 'ATTENDED',
        from: { key: 'person/xi-jinping' },
        to: { key: MEETING },
        role: 'fixture role',
        citations: [{ source: { key: ZHANG_ARTICLE }, paragraphs: [2] }],
      },
      errors: [],
    });
    const again = await edit(LINK, xiAttended(LI_ARTICLE, [3]));
    expect(again.created).toBe(false);
    expect(again.relationship?.citations).toEqual([
      { source: { key: ZHANG_ARTICLE }, paragraphs: [2] },
      { source: { key: LI_ARTICLE }, paragraphs: [3] },
    ]);
    expect(await participantsOfMeeting()).toContain('person/xi-jinping');
  });

  it('makes one relationship of ten identical links sent at once', async () => {
    const link = { type: 'COVERS', from: { key: 'agreement/kz-cn-oilcake-sanitary-requirements-2023' }, to: { key: 'commodity/grain' }, provenance: { source: { key: LI_ARTICLE }, paragraphs: [4] } };
    const payloads = await Promise.all(Array.from({ length: 10 }, () => edit(LINK, link)));
    expect(payloads.map((payload) => payload.errors)).toEqual(Array.from({ length: 10 }, () => []));
    expect(payloads.filter((payload) => payload.created)).toHaveLength(1);
    const { data } = await server().graphql('{ commodities(filter: {name: "Grain"}) { nodes { key agreements { totalCount } } } }');
    expect(data).toEqual({ commodities: { nodes: [{ key: 'commodity/grain', agreements: { totalCount: 1 } }] } });
  });

  it('refuses what the graph’s rules do not allow, at the field at fault, and writes nothing', async () => {
    const cite = { source: { key: LI_ARTICLE }, paragraphs: [2] };
    const xiFacts = '{ people(filter: {name: "Xi Jinping"}) { nodes { posts { totalCount } events { totalCount } } } }';
    const before = (await server().graphql(xiFacts)).data;
    const refusals = await Promise.all([
      edit(LINK, { type: 'ATTENDED', from: { key: 'commodity/grain' }, to: { key: MEETING }, provenance: cite }),
      edit(LINK, { type: 'HELD_POST', from: { key: 'person/xi-jinping' }, to: { key: 'country/china' }, provenance: cite }),
      edit(LINK, { type: 'COVERS', from: { key: 'agreement/kz-cn-oilcake-sanitary-requirements-2023' }, to: { key: 'commodity/grain' }, role: 'x', provenance: cite }),
      edit(LINK, { type: 'EXPORTS', from: { key: 'country/kazakhstan' }, to: { key: 'commodity/grain' }, partner: { key: 'person/xi-jinping' }, status: 'TRADED', provenance: cite }),
      edit(LINK, { type: 'ATTENDED', from: { key: 'person/xi-jinping' }, to: { key: 'event/no-such-event' }, provenance: cite }),
      edit(LINK, { type: 'ATTENDED', from: { key: 'person/xi-jinping' }, to: { key: MEETING }, asOf: { date: '2024-13' }, provenance: { source: { key: LI_ARTICLE }, paragraphs: [99] } }),
    ]);
    expect(refusals.map((payload) => payload.errors.map((error) => [error.field.join('.'), error.code, error.message]))).toEqual([
      [['from', 'NOT_ALLOWED', 'ATTENDED goes from Person, Organization, Country, not Commodity']],
      [['post', 'NOT_ALLOWED', 'HELD_POST needs the post']],
      [['role', 'NOT_ALLOWED', 'COVERS has no role']],
      [['partner', 'NOT_ALLOWED', 'must be a country']],
      [['to', 'NOT_FOUND', 'names no entity in the graph']],
      [
        ['asOf.date', 'INVALID', 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD'],
        ['provenance.paragraphs.0', 'INVALID', 'paragraph 99 does not exist: the article has 8'],
      ],
    ]);
    expect(refusals.every((payload) => payload.relationship === null)).toBe(true);
    expect((await server().graphql(xiFacts)).data).toEqual(before);
  });
});

describe('unlinking', () => {
  it('withdraws one source’s word, then removes the relationship, then finds nothing to remove', async () => {
    const ends = { type: 'ATTENDED', from: { key: 'person/xi-jinping' }, to: { key: MEETING } };
    expect(await edit(UNLINK, { ...ends, source: LI_ARTICLE })).toEqual({ removed: 0, withdrawn: 1, errors: [] });
    expect(await participantsOfMeeting()).toContain('person/xi-jinping');
    expect(await edit(UNLINK, { ...ends, source: LI_ARTICLE })).toEqual({
      removed: 0,
      withdrawn: 0,
      errors: [{ field: [], code: 'NOT_FOUND', message: `there is no ATTENDED from person/xi-jinping to ${MEETING} stated by ${LI_ARTICLE} to remove` }],
    });
    expect(await edit(UNLINK, { ...ends, source: ZHANG_ARTICLE })).toEqual({ removed: 1, withdrawn: 0, errors: [] });
    expect(await participantsOfMeeting()).not.toContain('person/xi-jinping');
  });
});

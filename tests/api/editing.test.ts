import { describe, expect, it } from 'vitest';
import { tokens } from '../support/api-keys.ts';
import { ownSeededServer } from '../support/own-server.ts';

/*
 * Creating, changing and deleting entities over HTTP, on a Neo4j of this file's own (it writes). The
 * source cited is the 2024 article on Bektenov and Zhang Xiao: 9 paragraphs, 6 and 7 skipped.
 */

const server = ownSeededServer();
const ARTICLE = 'source/times-of-central-asia-2024-03-bektenov-zhang-xiao';
const cited = (paragraphs: number[] = [2]) => ({ source: { key: ARTICLE }, paragraphs });

interface InputError {
  field: string[];
  code: string;
  message: string;
}

/** Runs a mutation as an editor; fails the test on a GraphQL error (input problems come back as data). */
async function edit<Payload>(mutation: string, input: Record<string, unknown>): Promise<Payload> {
  const response = await server().graphql<Record<string, Payload>>(mutation, { input }, { token: tokens.editor });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return Object.values(response.data!)[0]!;
}

const PERSON = 'key name aliases note revision citations { source { key } paragraphs sections }';
const CREATE_PERSON = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { ${PERSON} } errors { field code message } } }`;
const UPDATE_PERSON = `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { person { ${PERSON} } errors { field code message } } }`;
const DELETE = 'mutation ($input: DeleteEntityInput!) { deleteEntity(input: $input) { deletedKey relationshipsRemoved dependants { relationship outgoing entity { key } } errors { field code message } } }';

type PersonPayload = { person: { key: string; name: string; aliases: string[]; note: string | null; revision: number; citations: unknown[] } | null; errors: InputError[] };

async function personCount(): Promise<number> {
  const { data } = await server().graphql<{ people: { totalCount: number } }>('{ people { totalCount } }');
  return data!.people.totalCount;
}

describe('creating an entity', () => {
  it('writes it with its citation, makes its key from the name, and a query right after sees it', async () => {
    const payload = await edit<PersonPayload>(CREATE_PERSON, { name: 'Älia Test-Nurova', aliases: ['A. Nurova'], provenance: cited([2, 3]) });
    expect(payload).toEqual({
      person: {
        key: 'person/alia-test-nurova',
        name: 'Älia Test-Nurova',
        aliases: ['A. Nurova'],
        note: null,
        revision: 1,
        citations: [{ source: { key: ARTICLE }, paragraphs: [2, 3], sections: [] }],
      },
      errors: [],
    });
    const { data } = await server().graphql<{ people: { nodes: { key: string }[] } }>('{ people(filter: {name: "Nurova"}) { nodes { key } } }');
    expect(data!.people.nodes).toEqual([{ key: 'person/alia-test-nurova' }]);
  });

  it('reports every problem of the input at its field, and writes nothing', async () => {
    const before = await personCount();
    const payload = await edit<PersonPayload>(CREATE_PERSON, { key: 'person/Bad Key', name: '', provenance: cited([4, 6, 12]) });
    expect(payload.person).toBeNull();
    expect(payload.errors).toEqual([
      { field: ['key'], code: 'INVALID', message: expect.stringMatching(/kind\/words-with-dashes/) },
      { field: ['name'], code: 'INVALID', message: expect.any(String) },
      { field: ['provenance', 'paragraphs', '1'], code: 'INVALID', message: 'paragraph 6 says nothing of the relationship (it is listed as skipped)' },
      { field: ['provenance', 'paragraphs', '2'], code: 'INVALID', message: 'paragraph 12 does not exist: the article has 9' },
    ]);
    expect(await personCount()).toBe(before);
  });

  it('refuses a key already taken, a source that does not exist, and a citation without a place', async () => {
    const taken = await edit<PersonPayload>(CREATE_PERSON, { key: 'person/xi-jinping', name: 'Someone Else', provenance: cited() });
    expect(taken.errors).toEqual([{ field: ['key'], code: 'ALREADY_EXISTS', message: 'person/xi-jinping is already in the graph' }]);
    const unknown = await edit<PersonPayload>(CREATE_PERSON, { name: 'Nobody Cited', provenance: { source: { key: 'source/nowhere' }, paragraphs: [1] } });
    expect(unknown.errors).toEqual([{ field: ['provenance', 'source'], code: 'NOT_FOUND', message: 'no source has the key source/nowhere' }]);
    const placeless = await edit<PersonPayload>(CREATE_PERSON, { name: 'Nobody Cited', provenance: { source: { key: ARTICLE } } });
    expect(placeless.errors).toEqual([{ field: ['provenance'], code: 'REQUIRED', message: 'cite at least one paragraph, section or quote' }]);
  });

  it('adds a new source with the entity, and checks it as the dataset does', async () => {
    const source = { key: 'source/fixture-2026-new-article', kind: 'ARTICLE', title: 'A fixture article', publisher: 'Fixture Press', paragraphs: 5 };
    const incomplete = await edit<PersonPayload>(CREATE_PERSON, { name: 'Fixture Person', provenance: { source: { new: source }, paragraphs: [1] } });
    expect(incomplete.errors).toEqual([{ field: ['provenance', 'source', 'new', 'url'], code: 'REQUIRED', message: 'an article needs the address it can be read at' }]);

    const withUrl = { ...source, url: 'https://example.org/fixture' };
    const created = await edit<PersonPayload>(CREATE_PERSON, { name: 'Fixture Person', provenance: { source: { new: withUrl }, quote: 'a few words' } });
    expect(created.errors).toEqual([]);
    const { data } = await server().graphql<{ node: unknown }>(
      '{ sources(filter: {name: "fixture article"}) { nodes { key paragraphs entities { nodes { key } } } } }',
    );
    expect(data).toEqual({ sources: { nodes: [{ key: 'source/fixture-2026-new-article', paragraphs: 5, entities: { nodes: [{ key: 'person/fixture-person' }] } }] } });
  });

  it('checks dates, amounts and codes by the dataset’s rules, at the input’s own field names', async () => {
    const mutation = `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { key value { amount currency bound } date { text start end } } errors { field code message } } }`;
    const bad = await edit<{ errors: InputError[] }>(mutation, {
      title: 'Fixture agreement',
      kind: 'PLAN',
      date: { date: '2023-02-30' },
      value: { amount: -5, currency: 'usd' },
      provenance: cited(),
    });
    expect(bad.errors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['date.date', 'INVALID'],
      ['value.amount', 'INVALID'],
      ['value.currency', 'INVALID'],
    ]);
    const good = await edit(mutation, {
      title: 'Fixture agreement',
      kind: 'PLAN',
      date: { date: '2024-03', end: '2024-04' },
      value: { amount: 1500000, currency: 'USD', bound: 'MORE_THAN' },
      provenance: cited(),
    });
    expect(good).toEqual({
      agreement: {
        key: 'agreement/fixture-agreement',
        value: { amount: 1500000, currency: 'USD', bound: 'MORE_THAN' },
        date: { text: '2024-03/2024-04', start: '2024-03-01', end: '2024-04-30' },
      },
      errors: [],
    });
    const commodity = `mutation ($input: CreateCommodityInput!) { createCommodity(input: $input) { commodity { key hsCodes } errors { field code } } }`;
    expect(await edit(commodity, { name: 'Fixture flax', category: 'AGRICULTURAL', hsCodes: ['1204', '12x'], provenance: cited() })).toEqual({
      commodity: null,
      errors: [{ field: ['hsCodes', '1'], code: 'INVALID' }],
    });
  });
});

describe('updating an entity', () => {
  it('changes what is given, keeps the rest, removes what is null, and raises the revision', async () => {
    await edit(CREATE_PERSON, { key: 'person/fixture-updated', name: 'Fixture Updated', aliases: ['F. U.'], note: 'first note', provenance: cited([2]) });
    const changed = await edit<PersonPayload>(UPDATE_PERSON, {
      entity: { key: 'person/fixture-updated' },
      expectedRevision: 1,
      name: 'Fixture Renamed',
      note: null,
      provenance: cited([3]),
    });
    expect(changed).toEqual({
      person: {
        key: 'person/fixture-updated',
        name: 'Fixture Renamed',
        aliases: ['F. U.'],
        note: null,
        revision: 2,
        citations: [{ source: { key: ARTICLE }, paragraphs: [2, 3], sections: [] }],
      },
      errors: [],
    });
  });

  it('leaves the revision alone when nothing changes', async () => {
    const again = await edit<PersonPayload>(UPDATE_PERSON, { entity: { key: 'person/fixture-updated' }, name: 'Fixture Renamed', provenance: cited([3]) });
    expect(again.person?.revision).toBe(2);
  });

  it('refuses a stale revision, a required field set to null, and an entity of another type', async () => {
    const stale = await edit<PersonPayload>(UPDATE_PERSON, { entity: { key: 'person/fixture-updated' }, expectedRevision: 1, name: 'Late', provenance: cited() });
    expect(stale.errors).toEqual([
      { field: ['expectedRevision'], code: 'CONFLICT', message: 'person/fixture-updated is at revision 2, not 1: someone changed it since; read it again' },
    ]);
    const unnamed = await edit<PersonPayload>(UPDATE_PERSON, { entity: { key: 'person/fixture-updated' }, name: null, provenance: cited() });
    expect(unnamed.errors).toEqual([{ field: ['name'], code: 'REQUIRED', message: 'is required' }]);
    const country = await edit<PersonPayload>(UPDATE_PERSON, { entity: { key: 'country/china' }, name: 'China', provenance: cited() });
    expect(country.errors).toEqual([{ field: ['entity'], code: 'NOT_FOUND', message: 'country/china is a Country, not a Person' }]);
    const { data } = await server().graphql<{ node: unknown }>('{ people(filter: {name: "Fixture"}) { nodes { name revision } } }');
    expect(data).toEqual({ people: { nodes: [{ name: 'Fixture Person', revision: 1 }, { name: 'Fixture Renamed', revision: 2 }] } });
  });
});

describe('deleting an entity', () => {
  it('refuses while others depend on it, listing them, and removes it with its relationships on cascade', async () => {
    const refused = await edit<{ deletedKey: string | null; dependants: { relationship: string; outgoing: boolean; entity: { key: string } }[]; errors: InputError[] }>(
      DELETE,
      { entity: { key: 'person/serik-zhumangarin' } },
    );
    expect(refused.deletedKey).toBeNull();
    expect(refused.errors).toEqual([{ field: ['cascade'], code: 'HAS_DEPENDANTS', message: expect.stringMatching(/^\d+ relationship\(s\) link other entities to person\/serik-zhumangarin/) }]);
    expect(refused.dependants).toContainEqual({ relationship: 'NATIONAL_OF', outgoing: true, entity: { key: 'country/kazakhstan' } });
    const linked = refused.dependants.length;

    const cascaded = await edit(DELETE, { entity: { key: 'person/serik-zhumangarin' }, cascade: true });
    expect(cascaded).toEqual({ deletedKey: 'person/serik-zhumangarin', relationshipsRemoved: expect.any(Number), dependants: [], errors: [] });
    expect((cascaded as { relationshipsRemoved: number }).relationshipsRemoved).toBeGreaterThanOrEqual(linked);
    const { data } = await server().graphql('{ countries(filter: {name: "Kazakhstan"}) { nodes { nationals { nodes { key } } } } }');
    expect(JSON.stringify(data)).not.toContain('serik-zhumangarin');
  });

  it('deletes an entity nothing depends on', async () => {
    expect(await edit(DELETE, { entity: { key: 'person/fixture-updated' } })).toEqual({
      deletedKey: 'person/fixture-updated',
      relationshipsRemoved: 0,
      dependants: [],
      errors: [],
    });
    expect((await edit<{ errors: InputError[] }>(DELETE, { entity: { key: 'person/fixture-updated' } })).errors).toEqual([
      { field: ['entity'], code: 'NOT_FOUND', message: 'names no entity in the graph' },
    ]);
  });
});

describe('concurrent edits of one entity', () => {
  it('makes one node of ten creates of one key sent at once; the others are told it exists', async () => {
    const payloads = await Promise.all(
      Array.from({ length: 10 }, (_, index) => edit<PersonPayload>(CREATE_PERSON, { key: 'person/fixture-race', name: `Racer ${index}`, provenance: cited() })),
    );
    expect(payloads.filter((payload) => payload.person !== null)).toHaveLength(1);
    expect(payloads.filter((payload) => payload.errors[0]?.code === 'ALREADY_EXISTS')).toHaveLength(9);
    const { data } = await server().graphql<{ people: { totalCount: number } }>('{ people(filter: {name: "Racer"}) { totalCount } }');
    expect(data!.people.totalCount).toBe(1);
  });

  it('lets exactly one of two editors who read the same revision write; the other gets CONFLICT', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { data } = await server().graphql<{ people: { nodes: { revision: number }[] } }>('{ people(filter: {name: "Racer"}) { nodes { revision } } }');
      const read = data!.people.nodes[0]!.revision;
      const change = (name: string, token: string) =>
        server().graphql<{ updatePerson: PersonPayload }>(UPDATE_PERSON, { input: { entity: { key: 'person/fixture-race' }, expectedRevision: read, name, provenance: cited() } }, { token });
      const outcomes = await Promise.all([change(`Racer A${round}`, tokens.editor), change(`Racer B${round}`, tokens.otherEditor)]);
      const payloads = outcomes.map((outcome) => outcome.data!.updatePerson);
      expect(payloads.filter((payload) => payload.person?.revision === read + 1)).toHaveLength(1);
      expect(payloads.filter((payload) => payload.errors[0]?.code === 'CONFLICT')).toHaveLength(1);
    }
  });

  it('applies twenty unconditional edits sent at once one after the other: none is lost', async () => {
    const { data: before } = await server().graphql<{ people: { nodes: { revision: number }[] } }>('{ people(filter: {name: "Racer"}) { nodes { revision } } }');
    const start = before!.people.nodes[0]!.revision;
    const payloads = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        edit<PersonPayload>(UPDATE_PERSON, { entity: { key: 'person/fixture-race' }, note: `edit ${index}`, provenance: cited([index % 5 + 1]) }),
      ),
    );
    expect(payloads.flatMap((payload) => payload.errors)).toEqual([]);
    // Each edit saw the one before it: the revisions they wrote are 20 distinct steps.
    expect(payloads.map((payload) => payload.person!.revision).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => start + index + 1));
    const { data: after } = await server().graphql<{ people: { nodes: { revision: number; citations: { paragraphs: number[] }[] }[] } }>(
      '{ people(filter: {name: "Racer"}) { nodes { revision citations { paragraphs } } } }',
    );
    const [racer] = after!.people.nodes;
    expect(racer!.revision).toBe(start + 20);
    // Every edit's citation joined the others, in whatever order the edits ran.
    expect(racer!.citations.map((citation) => [...citation.paragraphs].sort())).toEqual([[1, 2, 3, 4, 5]]);
  });
});

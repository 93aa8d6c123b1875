import { request as httpRequest } from 'node:http';
import {
  getNamedType,
  getNullableType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { plainProperties } from '../../src/db/values.ts';
import { ENTITY_TYPES, type EntityType } from '../../src/dataset/format.ts';
import type { Neo4jTarget } from '../../src/neo4j/obtain.ts';

/*
 * What tests/hostile-input.test.ts needs beyond the usual test server: a fingerprint of everything in the
 * graph, to prove a refused request wrote nothing (and a written one nothing but what it was asked to); the
 * hostile strings and every route into the schema that takes a string, found by walking the schema; inputs
 * the graph accepts, to put them into; and raw HTTP, for bodies and headers `fetch` would not send as they are.
 */

/**
 * Every node and relationship with all its labels, type, ends and properties, one line each, sorted. Two
 * fingerprints are equal only when nothing was added, removed or changed, down to a revision or a date.
 * Lines start with the element id, so `restore` can remove what a test added.
 */
export type Fingerprint = string[];

export class GraphInspector {
  private readonly driver: Driver;

  constructor(target: Neo4jTarget) {
    this.driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  }

  async fingerprint(): Promise<Fingerprint> {
    return this.linesOfAllBut([]);
  }

  /** The lines of the elements `baseline` does not have: what was written since, as it is now. */
  addedSince(baseline: Fingerprint): Promise<string[]> {
    return this.linesOfAllBut(baseline.map(elementOf));
  }

  private async linesOfAllBut(kept: string[]): Promise<string[]> {
    const [nodes, relationships] = await Promise.all([
      this.driver.executeQuery(
        'MATCH (n) WHERE NOT elementId(n) IN $kept RETURN elementId(n) AS element, labels(n) AS labels, properties(n) AS properties',
        { kept },
        { routing: 'READ' },
      ),
      this.driver.executeQuery(
        'MATCH (a)-[r]->(b) WHERE NOT elementId(r) IN $kept RETURN elementId(r) AS element, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties',
        { kept },
        { routing: 'READ' },
      ),
    ]);
    const lines = [
      ...nodes.records.map((row) => `${row.get('element')} (${[...row.get('labels')].sort().join(':')}) ${canonical(row.get('properties'))}`),
      ...relationships.records.map(
        (row) => `${row.get('element')} (${row.get('from')})-[${row.get('type')}]->(${row.get('to')}) ${canonical(row.get('properties'))}`,
      ),
    ];
    return lines.sort();
  }

  /**
   * Deletes every node and relationship that `baseline` does not have: what a test wrote on purpose, to
   * check it, and must take away again. A change to an element the baseline has cannot be undone here;
   * the fingerprint taken afterwards shows it.
   */
  async restore(baseline: Fingerprint): Promise<void> {
    const kept = baseline.map(elementOf);
    await this.driver.executeQuery(
      'MATCH ()-[r]->() WHERE NOT elementId(r) IN $kept DELETE r WITH count(*) AS done MATCH (n) WHERE NOT elementId(n) IN $kept DETACH DELETE n',
      { kept },
      { routing: 'WRITE' },
    );
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** Lines in one fingerprint and not the other: what a request added (or changed, as a new line), and removed. */
export function difference(before: Fingerprint, after: Fingerprint): { added: string[]; removed: string[] } {
  const had = new Set(before);
  const has = new Set(after);
  return { added: after.filter((line) => !had.has(line)), removed: before.filter((line) => !has.has(line)) };
}

function elementOf(line: string): string {
  return line.slice(0, line.indexOf(' '));
}

/** Properties as JSON with sorted keys, Neo4j's integers and dates as plain values. */
function canonical(properties: Record<string, unknown>): string {
  const plain = plainProperties(properties);
  return JSON.stringify(Object.fromEntries(Object.keys(plain).sort().map((key) => [key, plain[key]])));
}

export interface Injection {
  name: string;
  text: string;
}

/** Hostile strings, each to be taken as nothing but text wherever a string goes. */
export const INJECTIONS: readonly Injection[] = [
  { name: 'Cypher that closes a map and deletes everything', text: '"}) MATCH (n) DETACH DELETE n //' },
  { name: 'quote, OR 1=1 and a comment', text: "' OR 1=1 //" },
  { name: 'a NUL character', text: 'a\u0000b' },
  { name: 'a parameter and a shell substitution', text: '$(label) ${label} $label' },
  { name: 'backticks around a label', text: '`Person`) DETACH DELETE n //' },
  { name: 'Lucene match-all', text: '*:*' },
  { name: 'Lucene field, group and fuzzy syntax', text: 'name:(a OR b)~ AND id:[* TO *]' },
];

/** Every hostile string in one, for a field read by the same code as another that was sent each of them. */
export const ALL_AT_ONCE: Injection = { name: 'every hostile string at once', text: INJECTIONS.map((injection) => injection.text).join(' ') };

/**
 * What to send through each route: every hostile string, one by one, through the first route to a kind of
 * field, and all of them at once, as one string, through the others of that kind, which the same code
 * reads: the same argument of another field (`after` of every list), the same input field of another
 * list's filter (`name`), or of another type's create or update input.
 */
export function injectionPlan(routes: readonly StringRoute[]): { route: StringRoute; injections: readonly Injection[] }[] {
  const tried = new Set<string>();
  return routes.map((route) => {
    const kind = kindOf(route);
    const first = !tried.has(kind);
    tried.add(kind);
    return { route, injections: first ? INJECTIONS : [ALL_AT_ONCE] };
  });
}

function kindOf(route: StringRoute): string {
  const [type, field] = route.owner.split('.');
  if (field === undefined) return `argument ${route.path[0]}`;
  return `${type!.replace(/^(Create|Update)\w+Input$/, '$1Input').replace(/^\w+Filter$/, 'Filter')}.${field}`;
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

/**
 * One HTTP request with exactly the method, headers and body given, through node:http: a body may be any
 * bytes and any size. The answer counts even when the server stops reading the body and closes the
 * connection before it was all sent (as it does past the size limit).
 */
export function sendRaw(
  url: string,
  { method = 'POST', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = httpRequest(url, { method, headers }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: RawAnswer['json'];
        try {
          json = JSON.parse(text) as RawAnswer['json'];
        } catch {
          json = undefined;
        }
        request.destroy();
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
      });
    });
    request.on('error', (error) => (answered ? undefined : reject(error)));
    request.end(body);
  });
}

/** A string argument or input field, reached from a root field: `people` → `filter.country.key`. */
export interface StringRoute {
  root: 'query' | 'mutation';
  field: string;
  /** Argument, then input fields; list items are passed through. */
  path: string[];
  /** The input type and field the string goes into, such as `EntityReference.key`; the argument for a root argument. */
  owner: string;
}

/**
 * Every String and ID a client can send: each argument of each root field, and each field of each input
 * type it takes, through nested input objects. With `oncePerInputField`, a field of an input type several
 * root fields share (EntityReference.key, PartialDateInput.date) is reached through the first of them only,
 * in the schema's (alphabetical) order: it is read by the same code whichever mutation carries it.
 */
export function stringRoutes(schema: GraphQLSchema, root: 'query' | 'mutation', { oncePerInputField = false } = {}): StringRoute[] {
  const rootType = root === 'query' ? schema.getQueryType() : schema.getMutationType();
  if (!rootType) return [];
  const routes: StringRoute[] = [];
  const reached = new Set<string>();
  const walk = (field: string, path: string[], type: GraphQLInputType, owner: string, inside: readonly string[]) => {
    const named = getNamedType(type);
    if (named.name === 'String' || named.name === 'ID') {
      if (oncePerInputField && reached.has(owner)) return;
      reached.add(owner);
      routes.push({ root, field, path, owner });
    } else if (isInputObjectType(named) && !inside.includes(named.name)) {
      for (const inner of Object.values(named.getFields())) {
        walk(field, [...path, inner.name], inner.type, `${named.name}.${inner.name}`, [...inside, named.name]);
      }
    }
  };
  for (const field of Object.values(rootType.getFields())) {
    for (const argument of field.args) walk(field.name, [argument.name], argument.type, `${field.name}(${argument.name})`, []);
  }
  return routes;
}

/** Values of input objects a route must create on its way to a string: a valid one, so only the string is new. */
const VALID_INPUT_OBJECTS: Record<string, Record<string, unknown>> = {
  PartialDateInput: { date: '2024-03', inferred: true, basis: 'a fixture basis' },
  MoneyInput: { amount: 1, currency: 'USD' },
  EntityReference: { key: 'country/kazakhstan' },
};

/**
 * `value` (of `type`) with `text` put at `path`: input objects on the way are kept, or made valid when
 * missing; a one-of input object keeps only the field chosen; a list gets the text (or object) as its one item.
 */
export function withText(value: unknown, type: GraphQLInputType, path: readonly string[], text: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [withText(Array.isArray(value) ? value[0] : undefined, nullable.ofType, path, text)];
  if (path.length === 0) return text;
  if (!isInputObjectType(nullable)) throw new Error(`${String(type)} has no field ${path.join('.')}`);
  const [name, ...rest] = path as [string, ...string[]];
  const field = nullable.getFields()[name];
  if (!field) throw new Error(`${nullable.name} has no field ${name}`);
  const given = (value as Record<string, unknown> | undefined) ?? VALID_INPUT_OBJECTS[nullable.name] ?? {};
  const inner = given[name] ?? VALID_INPUT_OBJECTS[getNamedType(field.type).name];
  return { ...(nullable.isOneOf ? {} : given), [name]: withText(inner, field.type, rest, text) };
}

/** What a request sets for a required argument it does not aim at, by the argument's type. */
const REQUIRED_ARGUMENTS: Record<string, unknown> = {
  EntityReference: { key: 'country/kazakhstan' },
  String: 'Almaty',
  ID: Buffer.from('Country:country/kazakhstan').toString('base64'),
  Date: '2024-03-13',
  TradeMeasure: 'TURNOVER',
};

/**
 * A query that sends `text` through a route of the Query type, with its required arguments set: every
 * argument as a variable, so the text reaches the service as sent. It asks for `totalCount` where there is
 * one, else only `__typename`: the resolver runs either way.
 */
export function queryThrough(schema: GraphQLSchema, route: StringRoute, text: string): { query: string; variables: Record<string, unknown> } {
  const field = schema.getQueryType()?.getFields()[route.field];
  if (!field) throw new Error(`Query has no field ${route.field}`);
  const [target, ...rest] = route.path as [string, ...string[]];
  const variables: Record<string, unknown> = {};
  for (const argument of field.args) {
    if (argument.name === target) variables[argument.name] = withText(undefined, argument.type, rest, text);
    else if (isNonNullType(argument.type)) variables[argument.name] = requiredValue(argument.type);
  }
  const used = field.args.filter((argument) => argument.name in variables);
  const declarations = used.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
  const passed = used.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  return { query: `query Hostile(${declarations}) { ${field.name}(${passed}) { ${selectionOf(getNamedType(field.type))} } }`, variables };
}

function requiredValue(type: GraphQLInputType): unknown {
  if (isListType(getNullableType(type))) return [];
  const value = REQUIRED_ARGUMENTS[getNamedType(type).name];
  if (value === undefined) throw new Error(`No value for a required argument of type ${String(type)}`);
  return value;
}

function selectionOf(type: GraphQLNamedType): string {
  return isObjectType(type) && 'totalCount' in type.getFields() ? 'totalCount' : '__typename';
}

/** The fields a mutation's payload reports problems in: its input errors, or an import's problems. */
export function payloadSelection(type: GraphQLObjectType): string {
  const fields = type.getFields();
  if ('errors' in fields) return 'errors { field code message }';
  if ('problems' in fields) return 'summary { dryRun } problems { file entry field message }';
  return '__typename';
}

/*
 * Inputs for every mutation that the graph accepts as they are (the suite checks so): the starting point
 * each hostile string is put into, and what a request without the right token would have written.
 */

export const ARTICLE = 'source/times-of-central-asia-2024-03-bektenov-zhang-xiao';
/** A reference work: cited by section, not by paragraph. */
export const REFERENCE = 'source/ref-wco-hs-2022';
export const MEETING = 'event/bektenov-zhang-xiao-meeting-2024-03-13';
const CITED = { source: { key: ARTICLE }, paragraphs: [2] };

/** The required facts of a new entity of each type, citation aside. */
const NEW_ENTITIES: Record<EntityType, Record<string, unknown>> = {
  Agreement: { title: 'Fixture agreement', kind: 'PLAN' },
  BorderCrossing: { name: 'Fixture crossing', modes: ['ROAD'], status: 'PLANNED' },
  City: { name: 'Fixture City' },
  Commodity: { name: 'Fixture flax', category: 'AGRICULTURAL' },
  Country: { name: 'Fixture Land', iso2: 'XF' },
  Event: { title: 'Fixture talks', kind: 'TALKS', date: { date: '2024-03-13' } },
  LogisticsHub: { name: 'Fixture hub', kind: 'DRY_PORT', status: 'PLANNED' },
  Organization: { name: 'Fixture Office', kind: 'OTHER' },
  Person: { name: 'Fixture Person' },
  Region: { name: 'Fixture Oblast', kind: 'OBLAST' },
  Route: { name: 'Fixture corridor', kind: 'CORRIDOR' },
  Target: { description: 'Fixture target', measure: 'turnover', unit: 'USD', value: 1 },
  TradeFigure: { description: 'Fixture figure', measure: 'TURNOVER', unit: 'USD', value: 1, period: { date: '2023' } },
};

/** An entity of each type the seeded graph has. */
export const SEEDED_ENTITIES: Record<EntityType, string> = {
  Agreement: 'agreement/kz-cn-oilcake-sanitary-requirements-2023',
  BorderCrossing: 'crossing/bakhty-tacheng',
  City: 'city/almaty',
  Commodity: 'commodity/grain',
  Country: 'country/kazakhstan',
  Event: MEETING,
  LogisticsHub: 'hub/aktau-container-hub',
  Organization: 'organization/kz-government',
  Person: 'person/xi-jinping',
  Region: 'region/abai',
  Route: 'route/belt-and-road-initiative',
  Target: 'target/central-asia-china-trade-100-billion-2030',
  TradeFigure: 'figure/kz-rail-transit-2022-2023-03-friendly-dialogue-contracts',
};

/** The entity type a create or update mutation is for: `updateBorderCrossing` → BorderCrossing. */
export function entityTypeOf(mutation: string): EntityType | undefined {
  const type = /^(?:create|update)(\w+)$/.exec(mutation)?.[1];
  return type !== undefined && type in NEW_ENTITIES ? (type as EntityType) : undefined;
}

/** A dataset file of one invented source and one entity: valid, and new to the graph. */
export const DATASET_FILE = `source:
  id: source/fixture-hostile-input
  kind: article
  title: "Fixture: an invented article for the hostile-input tests"
  publisher: Fixture Gazette
  seedFile: 998_0000000000000000.txt
  published: { date: 2025-01-15 }
  paragraphs: 2
entities:
  - id: person/fixture-hostile-input
    type: Person
    name: Fixture Hostile Person
    cites: [1]
`;

/** The fields an entity's key is made from when none is given. */
const NAMING_FIELDS = ['name', 'title', 'description'];

/**
 * A valid input for `mutation`. `entity` is the entity an update changes; `owner` the input field a hostile
 * string will go into, for the few that only count in some inputs (a role only on ATTENDED, sections only
 * when citing a reference work, a new source's fields only when there is one); `dryRun` keeps an import from
 * writing. A `variant` gives a new entity and a new source keys of their own, so that several creates can
 * run side by side; a new entity keeps making its key from its name when the hostile text is the name.
 */
export function validInput(
  mutation: string,
  { entity, owner = '', dryRun = true, variant }: { entity?: string; owner?: string; dryRun?: boolean; variant?: number } = {},
): Record<string, unknown> | undefined {
  const type = entityTypeOf(mutation);
  const provenance = provenanceFor(owner, variant);
  if (type && mutation.startsWith('create')) {
    const [inputType, field = ''] = owner.split('.');
    const ownKey = variant === undefined || field === 'key' || (inputType === `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input` && NAMING_FIELDS.includes(field));
    return { ...NEW_ENTITIES[type], ...(ownKey ? {} : { key: `${ENTITY_TYPES[type]}/fixture-hostile-${variant}` }), provenance };
  }
  if (type) return { entity: { key: entity ?? SEEDED_ENTITIES[type] }, note: 'A fixture note', provenance };
  switch (mutation) {
    case 'deleteEntity':
      return { entity: { key: entity ?? SEEDED_ENTITIES.Commodity }, cascade: true };
    case 'linkEntities':
      return owner === 'LinkEntitiesInput.role'
        ? { type: 'ATTENDED', from: { key: 'person/xi-jinping' }, to: { key: MEETING }, role: 'a fixture role', provenance }
        : { type: 'HELD_POST', from: { key: 'person/xi-jinping' }, to: { key: 'country/kazakhstan' }, post: 'Fixture post', provenance };
    case 'unlinkEntities':
      // Bektenov's post as of the day of the meeting: a relationship the seeded graph has.
      return { type: 'HELD_POST', from: { key: 'person/olzhas-bektenov' }, to: { key: 'organization/kz-government' }, post: 'Prime Minister', asOf: '2024-03-13' };
    case 'importDataset':
      return { dryRun, files: [{ name: 'fixture-hostile-input.yaml', content: DATASET_FILE }] };
    default:
      return undefined;
  }
}

function provenanceFor(owner: string, variant = 0): Record<string, unknown> {
  if (owner === 'ProvenanceInput.sections') return { source: { key: REFERENCE }, sections: ['chapter 10'] };
  if (!owner.startsWith('NewSourceInput.')) return CITED;
  const source = { key: `source/fixture-hostile-new-${variant}`, kind: 'ARTICLE', title: 'A fixture article', publisher: 'Fixture Press', url: 'https://example.org/fixture', paragraphs: 5 };
  return { source: { new: source }, paragraphs: [2] };
}

/** The mutation document for `mutation`, with its input as the variable `$input` when it takes one. */
export function mutationDocument(schema: GraphQLSchema, mutation: string): string {
  const field = schema.getMutationType()?.getFields()[mutation];
  if (!field) throw new Error(`Mutation has no field ${mutation}`);
  const input = field.args.find((argument) => argument.name === 'input');
  const selection = payloadSelection(getNamedType(field.type) as GraphQLObjectType);
  return input
    ? `mutation Hostile($input: ${String(input.type)}) { ${mutation}(input: $input) { ${selection} } }`
    : `mutation Hostile { ${mutation} { ${selection} } }`;
}

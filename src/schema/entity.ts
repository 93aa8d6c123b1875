import { decodeGlobalId } from '../data/global-id.ts';
import { citationsOf, degreeOf, loadNodes, MAX_KEYS, resolveReference } from '../data/entity.ts';
import type { GraphNode, PlainProperties } from '../db/values.ts';
import type { GraphQLContext } from '../context.ts';
import { MAX_PAGE_SIZE } from '../data/page.ts';
import { BadUserInput } from '../errors.ts';
import { ENTITY_TYPES, valuesOf } from '../dataset/format.ts';
import { revisionOf } from '../dataset/stored.ts';
import type { ObjectFieldsShape } from '@pothos/core';
import { builder, type Types } from './builder.ts';
import { CitationRef } from './source.ts';

/*
 * What every entity type shares: the `Entity` interface (a Relay `Node` with a key, a name and the sources
 * it is cited in), dates as precise as the sources give them, and how clients name an entity in arguments.
 * Each entity type has a file of its own beside this one.
 */

export type EntityTypeName = keyof typeof ENTITY_TYPES;
export const ENTITY_TYPE_NAMES = Object.keys(ENTITY_TYPES) as EntityTypeName[];

export const NodeRef = builder.nodeInterfaceRef();

export const EntityRef = builder.interfaceRef<GraphNode>('Entity').implement({
  description:
    'Anything in the graph that the sources speak of: a person, organisation, place, event, agreement, crossing, ' +
    'hub, commodity, figure, target or route. Every entity cites the sources it comes from.',
  interfaces: [NodeRef],
  fields: (t) => ({
    key: t.string({
      description: 'The readable, stable id from the dataset, such as `person/olzhas-bektenov`. Arguments accept it too.',
      resolve: (entity) => entity.id,
    }),
    name: t.string({
      description: 'What to call it: the name, the title of an event or agreement, or the description of a figure or target.',
      resolve: (entity) => displayName(entity.properties),
    }),
    aliases: t.stringList({
      description: 'Other names and spellings the sources use ("Ma Xinzhui" for Ma Xingrui, "Chuguchak" for Tacheng).',
      resolve: (entity) => (entity.properties.aliases ?? []) as string[],
    }),
    note: t.string({
      nullable: true,
      description: 'The curator’s note: what is assumed or uncertain, and why.',
      resolve: (entity) => text(entity.properties, 'note'),
    }),
    citations: t.field({
      type: [CitationRef],
      description: 'The sources this entity is taken from, with the paragraphs or sections that state it.',
      resolve: (entity, _args, { loaders }) => citationsOf(loaders, entity.id),
    }),
    degree: t.int({
      description: 'How many relationships join it to other entities, in either direction; its citations of sources are not counted.',
      resolve: (entity, _args, { loaders }) => degreeOf(loaders, entity.id),
    }),
    revision: t.int({
      description: 'How many times it has been written, from 1. Give it as `expectedRevision` to change it only if no one else has since.',
      resolve: (entity) => revisionOf(entity.properties),
    }),
  }),
});

const DatePrecisionRef = builder.enumType('DatePrecision', {
  description: 'How precise a source is about a date.',
  values: {
    YEAR: { value: 'year', description: 'Only the year is known.' },
    MONTH: { value: 'month', description: 'The year and month are known.' },
    DAY: { value: 'day', description: 'The day is known.' },
  } as const,
});

export interface PartialDate {
  text: string;
  precision: 'year' | 'month' | 'day';
  start: string;
  end: string;
  inferred: boolean;
  basis: string | null;
}

export const PartialDateRef = builder.objectRef<PartialDate>('PartialDate').implement({
  description:
    'A date as precise as its source: a year, a month or a day, or a range of them. `start` and `end` are the ' +
    'first and last days it can mean, for comparing and sorting.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'As given: `2023`, `2023-05`, `2023-05-18`, or a range such as `2024-01/2024-09`.' }),
    precision: t.expose('precision', { type: DatePrecisionRef, description: 'Year, month or day.' }),
    start: t.expose('start', { type: 'Date', description: 'The first day the date can mean.' }),
    end: t.expose('end', { type: 'Date', description: 'The last day the date can mean.' }),
    inferred: t.exposeBoolean('inferred', { description: 'True when no source states the date and it was worked out.' }),
    basis: t.exposeString('basis', { nullable: true, description: 'How an inferred date was worked out.' }),
  }),
});

/** The date stored under `prefix` (date, period, deadline, asOf, ...), or null when there is none. */
export function partialDate(properties: PlainProperties, prefix: string): PartialDate | null {
  const value = properties[prefix];
  if (typeof value !== 'string') return null;
  return {
    text: value,
    precision: properties[`${prefix}Precision`] as PartialDate['precision'],
    start: String(properties[`${prefix}From`]),
    end: String(properties[`${prefix}To`]),
    inferred: properties[`${prefix}Inferred`] === true,
    basis: text(properties, `${prefix}Basis`),
  };
}

export function text(properties: PlainProperties, name: string): string | null {
  const value = properties[name];
  return typeof value === 'string' ? value : null;
}

export function number(properties: PlainProperties, name: string): number | null {
  const value = properties[name];
  return typeof value === 'number' ? value : null;
}

export function displayName(properties: PlainProperties): string {
  return text(properties, 'name') ?? text(properties, 'title') ?? text(properties, 'description') ?? String(properties.id);
}

export const EntityTypeRef = builder.enumType('EntityType', {
  description: 'The kinds of entity in the graph.',
  values: Object.fromEntries(
    ENTITY_TYPE_NAMES.map((name) => [screamingCase(name), { value: name, description: `A ${name}.` }]),
  ) as Record<string, { value: EntityTypeName; description: string }>,
});

export function screamingCase(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/-/g, '_').toUpperCase();
}

export interface EntityReferenceInput {
  id?: string | null | undefined;
  key?: string | null | undefined;
  name?: string | null | undefined;
}

export const EntityReferenceRef = builder.inputType('EntityReference', {
  isOneOf: true,
  description: 'Names one entity, by exactly one of its global id, its key, or a name (any spelling, any case).',
  fields: (t) => ({
    id: t.id({ description: 'The global id, as `Node.id` gives it.' }),
    key: t.string({ description: 'The readable key, such as `person/olzhas-bektenov`.' }),
    name: t.string({ description: 'A name, title or alias, matched whole and ignoring case, such as "Ma Xinzhui".' }),
  }),
});

/**
 * The key of the entity a reference names, or null when it names none. `argument` names the argument in
 * error messages.
 */
export function referencedKey(
  { loaders }: GraphQLContext,
  reference: EntityReferenceInput,
  argument: string,
): Promise<string | null> {
  const id = reference.id != null ? decodeGlobalId(String(reference.id), argument) : { key: reference.key, typename: null };
  return resolveReference(loaders, { ...id, name: reference.name }, argument);
}

/** References that are optional filters: undefined when not given, and a key that matches nothing when unknown. */
export async function filterKey(context: GraphQLContext, reference: EntityReferenceInput | null | undefined, argument: string) {
  if (reference == null) return null;
  return (await referencedKey(context, reference, argument)) ?? '(no such entity)';
}

/**
 * Declares an entity type: a Relay node implementing `Entity`, recognised by its Neo4j label and loaded by
 * id through the request's batch loader.
 */
export function entityType(
  name: EntityTypeName,
  options: { description: string; fields: ObjectFieldsShape<Types, GraphNode> },
) {
  const ref = builder.objectRef<GraphNode>(name);
  builder.node(ref, {
    description: options.description,
    interfaces: [EntityRef],
    isTypeOf: (value) => (value as GraphNode).label === name,
    id: { resolve: (entity) => entity.id },
    loadMany: async (ids, { loaders }) => (await loadNodes(loaders, ids)).map((node) => (node?.label === name ? node : null)),
    fields: options.fields,
  });
  return ref;
}

builder.queryFields((t) => ({
  node: t.field({
    type: NodeRef,
    nullable: true,
    description: 'Any entity or source by its global id; null when nothing has that id.',
    args: { id: t.arg.id({ required: true, description: 'A global id, as `Node.id` gives it.' }) },
    resolve: async (_root, { id }, { loaders }) => {
      const [node] = await nodesByGlobalId(loaders, [String(id)], 'id');
      return node ?? null;
    },
  }),
  nodes: t.field({
    type: [NodeRef],
    nullable: { list: false, items: true },
    description: 'Entities and sources by their global ids, in the order asked; null for each id that matches nothing.',
    args: { ids: t.arg.idList({ required: true, description: 'Global ids, as `Node.id` gives them.' }) },
    resolve: (_root, { ids }, { loaders }) => nodesByGlobalId(loaders, ids.map(String), 'ids'),
  }),
  entitiesByKey: t.field({
    type: [EntityRef],
    nullable: { list: false, items: true },
    description:
      'Entities by their keys, in the order asked; null for each key that names no entity. Up to ' +
      `${MAX_KEYS} at once, so a client can reopen a saved view of many entities in one request.`,
    args: {
      keys: t.arg.stringList({ required: true, description: `Keys, as \`Entity.key\` gives them (\`person/olzhas-bektenov\`); at most ${MAX_KEYS}.` }),
    },
    resolve: async (_root, { keys }, { loaders }) => {
      if (keys.length > MAX_KEYS) throw new BadUserInput(`\`keys\` may hold at most ${MAX_KEYS} keys; it held ${keys.length}.`, 'keys');
      // Sources have keys too, but they are not entities.
      return (await loadNodes(loaders, keys)).map((node) => (node && node.label in ENTITY_TYPES ? node : null));
    },
  }),
}));

/** `argument` is the argument the ids came in, for error messages: `id`, or `ids` (then named with the index). */
async function nodesByGlobalId(loaders: GraphQLContext['loaders'], globalIds: string[], argument: 'id' | 'ids') {
  if (globalIds.length > MAX_PAGE_SIZE) throw new BadUserInput(`\`ids\` may hold at most ${MAX_PAGE_SIZE} ids; it held ${globalIds.length}.`, 'ids');
  const decoded = globalIds.map((globalId, index) => decodeGlobalId(globalId, argument === 'ids' ? `ids[${index}]` : 'id'));
  const nodes = await loadNodes(loaders, decoded.map(({ key }) => key));
  return nodes.map((node, index) => (node && node.label === decoded[index]?.typename ? node : null));
}


/**
 * A GraphQL enum of the values the dataset format allows for a field ('b2b-negotiations' becomes
 * B2B_NEGOTIATIONS); resolvers and filters see the dataset's own values.
 */
export function datasetEnum(name: string, type: EntityTypeName, field: string, description: string) {
  return builder.enumType(name, {
    description,
    // The dataset's own word, spelled out, is the clearest description: UNDER_CONSTRUCTION is "under construction".
    values: Object.fromEntries(
      valuesOf(type, field).map((value) => [screamingCase(value), { value, description: value.replaceAll('-', ' ') }]),
    ) as Record<string, { value: string; description: string }>,
  });
}

/** The nodes with these ids, in order, leaving out any that has gone since the ids were read. */
export async function presentNodes(loaders: GraphQLContext['loaders'], ids: readonly string[]): Promise<GraphNode[]> {
  return (await loadNodes(loaders, ids)).filter((node): node is GraphNode => node !== null);
}

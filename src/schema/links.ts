import type { InterfaceRef, ObjectRef } from '@pothos/core';
import { citationsOfRelationship, type LinkedEdge, type LinkOrder, linkedEntities, loadNode } from '../data/entity.ts';
import type { GraphNode, GraphRelationship } from '../db/values.ts';
import { exportStatus, type RelationshipType } from '../dataset/format.ts';
import { builder, type Types } from './builder.ts';
import { EntityRef, type EntityTypeName, EntityTypeRef, PartialDateRef, partialDate, screamingCase, text } from './entity.ts';
import { EntityOrderRef, orderOf } from './ordering.ts';
import { CitationRef } from './source.ts';

/*
 * Relationship fields: every relationship type can be followed from both of its ends, as a Relay
 * connection whose edges carry the relationship's own facts (a participant's role, a post and when it was
 * held) and the sources that state it. Parents asking the same thing share one statement per request.
 */

export type EntityFields = PothosSchemaTypes.ObjectFieldBuilder<Types, GraphNode>;

export interface Link {
  /** The relationship to follow, and whether the parent is its start ('out') or its end ('in'). */
  relationship: RelationshipType | 'CITED_IN';
  direction: 'out' | 'in';
  /** What the edges lead to; an interface when they may lead to several types. */
  to: ObjectRef<Types, GraphNode> | InterfaceRef<Types, GraphNode>;
  /** The labels the linked nodes may have; a `types` argument narrows them when there are several. */
  labels: readonly EntityTypeName[] | readonly ['Entity'];
  description: string;
  /** The order when the client gives none: chronological for events and agreements, else by name. */
  order?: LinkOrder;
}

export function linkField(t: EntityFields, link: Link) {
  // Only links that may lead to several types of entity can be narrowed to some of them.
  const narrowable = link.labels.length > 1 || link.labels[0] === 'Entity';
  return t.connection(
    {
      type: link.to,
      description: link.description,
      args: {
        orderBy: t.arg({ type: EntityOrderRef, description: `Sort order; by ${(link.order ?? 'NAME').toLowerCase()} when not given.` }),
        ...(narrowable ? { types: t.arg({ type: [EntityTypeRef], description: 'Only links to entities of these types.' }) } : {}),
      },
      resolve: (parent, args, { loaders }) =>
        linkedEntities(
          loaders,
          parent.id,
          {
            type: link.relationship,
            direction: link.direction,
            labels: narrowed(link.labels, (args as { types?: readonly string[] | null }).types),
            ...orderOf(args.orderBy, link.order ?? 'NAME'),
          },
          args,
        ),
    },
    {},
    { description: `One ${link.relationship} relationship and the entity at its other end.`, fields: edgeFacts(link.relationship) },
  );
}

/** The labels a link may lead to, narrowed to those the client asked for (never widened beyond them). */
function narrowed(labels: Link['labels'], asked: readonly string[] | null | undefined): readonly string[] {
  if (!asked?.length) return labels;
  return labels[0] === 'Entity' ? asked : asked.filter((label) => (labels as readonly string[]).includes(label));
}

type EdgeFields = PothosSchemaTypes.ObjectFieldBuilder<Types, { cursor: string; node: GraphNode }>;

/** Edges are built by linkedEntities(), which gives each the relationship it follows. */
function linkOf(edge: { node: GraphNode }): GraphRelationship {
  return (edge as LinkedEdge).link;
}

/** Which facts a relationship type carries beyond its citations and note. */
const FACTS_OF: Partial<Record<Link['relationship'], readonly FactName[]>> = {
  ATTENDED: ['role'],
  CONCERNS: ['role'],
  HELD_POST: ['post', 'asOf', 'since', 'until'],
  EXPORTS: ['status', 'partner'],
};

/** The fields of an edge: the facts of its relationship type, or where a source mentions the entity. */
function edgeFacts(relationship: Link['relationship']) {
  return (t: EdgeFields) => {
    if (relationship === 'CITED_IN') {
      const located = (edge: { node: GraphNode }) => (linkOf(edge).properties.locators ?? []) as string[];
      return {
        paragraphs: t.intList({
          description: 'The paragraphs that mention the entity (articles).',
          resolve: (edge) => paragraphsOf(located(edge)),
        }),
        sections: t.stringList({
          description: 'The sections that mention the entity (reference works).',
          resolve: (edge) => sectionsOf(located(edge)),
        }),
      };
    }
    const facts = relationshipFacts(t, linkOf);
    return { citations: facts.citations, note: facts.note, ...pick(facts, FACTS_OF[relationship] ?? []) };
  };
}

export const ExportStatusRef = builder.enumType('ExportStatus', {
  description: 'How far an export between the countries has got.',
  values: Object.fromEntries(exportStatus.options.map((value) => [screamingCase(value), { value, description: value.replaceAll('-', ' ') }])) as Record<
    string,
    { value: string; description: string }
  >,
});

type FactName = 'role' | 'post' | 'asOf' | 'since' | 'until' | 'status' | 'partner';

/**
 * Fields for the facts a relationship can carry, for any parent that leads to one: a connection's edge,
 * or a relationship on a path.
 */
export function relationshipFacts<Parent extends object>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  get: (parent: Parent) => GraphRelationship,
) {
  const date = (prefix: string, description: string) =>
    t.field({ type: PartialDateRef, nullable: true, description, resolve: (parent) => partialDate(get(parent).properties, prefix) });
  const fact = (name: string, description: string) =>
    t.string({ nullable: true, description, resolve: (parent) => text(get(parent).properties, name) });
  return {
    citations: t.field({
      type: [CitationRef],
      description: 'The sources that state this relationship, with their paragraphs.',
      resolve: (parent) => citationsOfRelationship(get(parent)),
    }),
    note: fact('note', 'The curator’s note on this relationship.'),
    role: fact('role', 'Attendance: the part played (host, head of delegation, ...). Concerns: how (reporter, partner, exporter, ...).'),
    post: fact('post', 'A post held, as the source names it.'),
    asOf: date('asOf', 'When a source attests the post was held.'),
    since: date('since', 'When the post was taken up, where known.'),
    until: date('until', 'When the post was left, where known.'),
    status: t.field({
      type: ExportStatusRef,
      nullable: true,
      description: 'An export’s status: traded, offered, ready to supply, planned or permitted.',
      resolve: (parent) => text(get(parent).properties, 'status'),
    }),
    partner: t.field({
      type: EntityRef,
      nullable: true,
      description: 'An export’s importing country.',
      resolve: (parent, _args, { loaders }) => {
        const partner = text(get(parent).properties, 'partner');
        return partner ? loadNode(loaders, partner) : null;
      },
    }),
  };
}

function pick<Fields extends Record<string, unknown>>(fields: Fields, names: readonly (keyof Fields)[]) {
  return Object.fromEntries(names.map((name) => [name, fields[name]])) as Partial<Fields>;
}

export function paragraphsOf(locators: string[]): number[] {
  return locators.filter((locator) => /^\d+$/.test(locator)).map(Number);
}

/** A quote is stored in curly quotes (“…”), as the API's writes cite one. */
const QUOTE = /^“(.*)”$/s;

export function sectionsOf(locators: string[]): string[] {
  return locators.filter((locator) => !/^\d+$/.test(locator) && !QUOTE.test(locator));
}

export function quotesOf(locators: string[]): string[] {
  return locators.flatMap((locator) => QUOTE.exec(locator)?.slice(1, 2) ?? []);
}

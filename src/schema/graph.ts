import { primeNodes, loadNode, type RelationshipCount, relationshipCountsOf } from '../data/entity.ts';
import {
  type GraphPath,
  getNeighbourhood,
  getRelationshipsAmong,
  getShortestPaths,
  MAX_AMONG,
  MAX_DEPTH,
  MAX_NEIGHBOURHOOD,
  MAX_PATH_LENGTH,
  MAX_PATHS,
  type Route,
  search,
  SEARCH_TEXT_LIMIT,
  type Subgraph,
} from '../data/graph.ts';
import { relationshipGlobalId } from '../data/global-id.ts';
import type { GraphRelationship } from '../db/values.ts';
import { RELATIONSHIPS } from '../dataset/format.ts';
import { builder } from './builder.ts';
import { EntityReferenceRef, EntityRef, EntityTypeRef, NodeRef, referencedKey } from './entity.ts';
import { relationshipFacts } from './links.ts';

/*
 * Questions about the shape of the graph rather than one type: how two entities are connected, what
 * surrounds one, and finding an entity by a name half remembered.
 */

export const RelationshipTypeRef = builder.enumType('RelationshipType', {
  description: 'The kinds of relationship between entities.',
  values: Object.fromEntries(
    Object.entries(RELATIONSHIPS).map(([type, ends]) => [type, { value: type, description: `From ${ends.from.join(', ')} to ${ends.to.join(', ')}.` }]),
  ) as Record<string, { value: string; description: string }>,
});

export const RelationshipRef = builder.objectRef<GraphRelationship>('Relationship').implement({
  description: 'A relationship between two entities, with its facts and the sources that state it.',
  fields: (t) => ({
    id: t.id({
      description: 'An opaque id, the same in every answer and across restarts and re-imports, for merging answers; not accepted by `node`.',
      resolve: (link) => relationshipGlobalId(link),
    }),
    type: t.field({ type: RelationshipTypeRef, description: 'What kind of relationship it is.', resolve: (link) => link.type }),
    from: t.field({ type: EntityRef, description: 'Where it starts (the attendee of ATTENDED, the signer of SIGNED).', resolve: (link, _args, { loaders }) => required(loadNode(loaders, link.from)) }),
    to: t.field({ type: EntityRef, description: 'Where it ends.', resolve: (link, _args, { loaders }) => required(loadNode(loaders, link.to)) }),
    ...relationshipFacts(t, (link) => link),
  }),
});

const RelationshipDirectionRef = builder.enumType('RelationshipDirection', {
  description: 'Which way a relationship points, seen from one of its ends.',
  values: {
    OUTGOING: { value: 'OUTGOING', description: 'From this entity to the other (a person ATTENDED an event).' },
    INCOMING: { value: 'INCOMING', description: 'From the other entity to this one (an event was ATTENDED by a person).' },
  } as const,
});

const RelationshipCountRef = builder.objectRef<RelationshipCount>('RelationshipCount').implement({
  description: 'How many relationships of one type, pointing one way, an entity has: what expanding it by that type would add.',
  fields: (t) => ({
    type: t.field({ type: RelationshipTypeRef, description: 'The kind of relationship.', resolve: (counted) => counted.type }),
    direction: t.field({ type: RelationshipDirectionRef, description: 'Which way they point, from this entity’s side.', resolve: (counted) => counted.direction }),
    count: t.int({ description: 'How many there are, at least 1.', resolve: (counted) => counted.count }),
  }),
});

// Declared here rather than with the interface because they speak of relationship types, which are this file's.
builder.interfaceFields(EntityRef, (t) => ({
  relationshipCounts: t.field({
    type: [RelationshipCountRef],
    description:
      'Its relationships to other entities counted by type and direction, by type name then outgoing first; ' +
      'a type it has none of is left out. They add up to `degree`.',
    resolve: (entity, _args, { loaders }) => relationshipCountsOf(loaders, entity.id),
  }),
}));

const PathRef = builder.objectRef<GraphPath>('Path').implement({
  description: 'A path through the graph: its entities in order, and the relationship between each one and the next.',
  fields: (t) => ({
    length: t.int({ description: 'How many relationships the path has.', resolve: (path) => path.relationships.length }),
    nodes: t.field({ type: [EntityRef], description: 'The entities, from the start to the end.', resolve: (path) => path.nodes }),
    relationships: t.field({
      type: [RelationshipRef],
      description: 'The relationships; the i-th joins nodes i and i+1, in whichever direction it points.',
      resolve: (path) => path.relationships,
    }),
  }),
});

const SubgraphRef = builder.objectRef<Subgraph>('Subgraph').implement({
  description: 'Entities and the relationships among them, for drawing as a graph.',
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], description: 'The entities, the centre first, then nearest first.', resolve: (subgraph) => subgraph.nodes }),
    relationships: t.field({ type: [RelationshipRef], description: 'Every relationship between two of the entities.', resolve: (subgraph) => subgraph.relationships }),
    reachable: t.int({ description: 'How many entities lie within the depth in all, the centre not counted.', resolve: (subgraph) => subgraph.reachable }),
    truncated: t.boolean({ description: 'True when the limit left some of them out.', resolve: (subgraph) => subgraph.reachable > subgraph.nodes.length - 1 }),
  }),
});

async function required<T>(value: Promise<T | null>): Promise<T> {
  const resolved = await value;
  if (resolved === null) throw new Error('A relationship leads to a node that is not there');
  return resolved;
}


builder.queryFields((t) => {
  const route = {
    follow: t.arg({ type: [RelationshipTypeRef], description: 'Follow only these kinds of relationship.' }),
    avoid: t.arg({ type: [RelationshipTypeRef], description: 'Never follow these kinds of relationship.' }),
  };
  return {
    shortestPaths: t.field({
      type: [PathRef],
      nullable: true,
      description:
        'The shortest paths between two entities, along relationships in either direction (never through the ' +
        'sources they cite). Empty when none is short enough; null when either entity is unknown.',
      args: {
        from: t.arg({ type: EntityReferenceRef, required: true, description: 'Where paths start.' }),
        to: t.arg({ type: EntityReferenceRef, required: true, description: 'Where paths end.' }),
        maxLength: t.arg.int({ defaultValue: 4, description: `The longest path to consider, 1 to ${MAX_PATH_LENGTH}.` }),
        limit: t.arg.int({ defaultValue: 10, description: `How many paths at most, 1 to ${MAX_PATHS}, when several are equally short.` }),
        ...route,
      },
      resolve: async (_root, args, context) => {
        const [from, to] = await Promise.all([referencedKey(context, args.from, 'from'), referencedKey(context, args.to, 'to')]);
        if (!from || !to) return null;
        const paths = await getShortestPaths(context.db, { from, to, maxLength: args.maxLength ?? 4, limit: args.limit ?? 10, ...routeOf(args) });
        primeNodes(context.loaders, paths.flatMap((path) => path.nodes));
        return paths;
      },
    }),
    neighbourhood: t.field({
      type: SubgraphRef,
      nullable: true,
      description: 'The entities around one, to a depth, and the relationships among them; null when the entity is unknown.',
      args: {
        of: t.arg({ type: EntityReferenceRef, required: true, description: 'The entity at the centre.' }),
        depth: t.arg.int({ defaultValue: 1, description: `How many steps out, 1 to ${MAX_DEPTH}.` }),
        limit: t.arg.int({ defaultValue: 100, description: `How many entities at most besides the centre, nearest first, 1 to ${MAX_NEIGHBOURHOOD}.` }),
        ...route,
      },
      resolve: async (_root, args, context) => {
        const id = await referencedKey(context, args.of, 'of');
        if (!id) return null;
        const subgraph = await getNeighbourhood(context.db, { id, depth: args.depth ?? 1, limit: args.limit ?? 100, ...routeOf(args) });
        primeNodes(context.loaders, subgraph.nodes);
        return subgraph;
      },
    }),
    relationshipsAmong: t.field({
      type: [RelationshipRef],
      description:
        'Every relationship both of whose ends are among these entities (never their citations of sources), ' +
        'to redraw a saved view: the client has the entities and needs the relationships between them.',
      args: {
        ids: t.arg.idList({
          required: true,
          description: `The entities’ global ids, as \`Node.id\` gives them; at most ${MAX_AMONG}. Ids that name no entity are ignored.`,
        }),
      },
      resolve: (_root, { ids }, { db }) => getRelationshipsAmong(db, ids.map(String)),
    }),
    search: t.connection(
      {
        type: NodeRef,
        description:
          'Entities and sources by name, title, description or alias, best match first. Every word must match, ' +
          'whole, as the start of a word, or with a letter or two wrong ("Bektenof", "Khorgoz").',
        args: {
          text: t.arg.string({ required: true, description: `The words to look for, at most ${SEARCH_TEXT_LIMIT} characters.` }),
          types: t.arg({ type: [EntityTypeRef], description: 'Only entities of these types (sources are then left out).' }),
        },
        resolve: (_root, args, { db }) => search(db, { text: args.text, labels: args.types ?? null }, args),
      },
      { name: 'SearchConnection', description: 'A page of search hits.' },
      {
        name: 'SearchHit',
        description: 'One hit, and how well it matched.',
        fields: (edge) => ({
          score: edge.float({ description: 'Relevance; higher is better. Comparable only within one search.', resolve: (hit) => (hit as { score: number }).score }),
        }),
      },
    ),
  };
});

function routeOf(args: { follow?: string[] | null | undefined; avoid?: string[] | null | undefined }): Route {
  return { follow: args.follow, avoid: args.avoid };
}

import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError, Kind, print, type ValueNode } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { writeRefused } from '../auth.ts';
import type { GraphQLContext } from '../context.ts';
import { encodeGlobalId } from '../data/global-id.ts';

// Fields are non-null unless marked `nullable: true`: a client can rely on what is always there, and
// optional facts say so in the SDL. The same holds for connection edges and their nodes.
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
  /** `editor`: the request carries an editor's API key. Every mutation asks for it. */
  AuthScopes: { editor: boolean };
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  defaultFieldNullability: false,
  // Scope auth first, so no other plugin's wrapper runs for a request it refuses.
  plugins: [ScopeAuthPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (context) => ({ editor: context.viewer?.role === 'editor' }),
    unauthorizedError: (_parent, context) => writeRefused(context.viewer),
  },
  relay: {
    cursorType: 'String',
    encodeGlobalID: (typename, id) => encodeGlobalId(typename, String(id)),
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    idFieldOptions: { description: 'The opaque global id, for `node(id)` and for caching clients.' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Where this item stands in the order: pass it as `after` or `before` to page from here.' },
    pageInfoFieldOptions: { description: 'Whether there are more pages, and the cursors to reach them.' },
    hasNextPageFieldOptions: { description: 'True when items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items come before this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first item, or null on an empty page.' },
    endCursorFieldOptions: { description: 'The cursor of the last item, or null on an empty page.' },
    defaultConnectionTypeOptions: { description: 'A page of items, in the order asked for.' },
    defaultEdgeTypeOptions: { description: 'One item of a page, with its cursor.' },
    nodeTypeOptions: { description: 'Anything that can be fetched again by its opaque global `id`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection, and the cursors to move from it.' },
    firstArgOptions: { description: 'Page forward: how many items, at most 100; 20 when neither first nor last is given.' },
    afterArgOptions: { description: 'Page forward from this cursor (an `endCursor` or an edge’s `cursor`).' },
    lastArgOptions: { description: 'Page backward: how many items, at most 100.' },
    beforeArgOptions: { description: 'Page backward from this cursor (a `startCursor` or an edge’s `cursor`).' },
    nodesOnConnection: { description: 'The nodes of `edges`, for clients that need no cursors or edge facts.' },
  },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the connection holds in all, across every page.',
    resolve: (connection) => connection.totalCount,
  }),
);

builder.queryType({ description: 'Questions to ask of the Kazakhstan–China graph.' });
builder.mutationType({ description: 'Changes to the graph.' });
builder.addScalarType('DateTime', DateTimeResolver, {});
builder.scalarType('Date', {
  description: 'A calendar day, written YYYY-MM-DD.',
  serialize: (value) => LocalDateResolver.serialize(value) as string,
  parseValue: (value) => parseDay(value),
  parseLiteral: (node) => parseDay(node.kind === Kind.STRING ? node.value : print(node), node),
});

/**
 * A real calendar day (2024-02-30 is refused), with a message that names the type a client sees; a value
 * written in the query is pointed at, as GraphQL does not locate errors a scalar raises itself.
 */
function parseDay(value: unknown, written?: ValueNode): string {
  try {
    return LocalDateResolver.parseValue(value) as string;
  } catch {
    throw new GraphQLError(`Date must be a real calendar day written YYYY-MM-DD; ${JSON.stringify(value)} is not.`, { nodes: written ?? null });
  }
}

/** The builder's type parameters, for helpers that build fields on its behalf. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

import type { InputRef, ObjectRef } from '@pothos/core';
import type { GraphQLContext } from '../context.ts';
import { type EntityFilter, type LinkOrder, listEntities } from '../data/entity.ts';
import type { GraphNode } from '../db/values.ts';
import { builder, type Types } from './builder.ts';
import type { EntityTypeName } from './entity.ts';
import { type EntityOrder, EntityOrderRef, orderOf } from './ordering.ts';

/**
 * A top-level list of one entity type: a connection with a filter input of the type's own and a sort
 * order. `toFilter` turns the client's filter into the data layer's, resolving entity references.
 */
export function entityListField<Filter extends object>(options: {
  field: string;
  type: ObjectRef<Types, GraphNode>;
  label: EntityTypeName | 'Source';
  description: string;
  filter: InputRef<Filter>;
  order: LinkOrder;
  toFilter: (filter: Filter, context: GraphQLContext) => EntityFilter | Promise<EntityFilter>;
}) {
  builder.queryField(options.field, (t) =>
    t.connection(
      {
      type: options.type,
      description: options.description,
      args: {
        filter: t.arg({ type: options.filter, description: 'Only the entities that pass every filter given.' }),
        orderBy: t.arg({ type: EntityOrderRef, description: `Sort order; by ${options.order.toLowerCase()} when not given.` }),
      },
      resolve: async (_root, args, context) => {
        // Pothos cannot infer a generic input's shape; these are the two arguments declared above.
        const { filter, orderBy } = args as typeof args & { filter?: Filter | null; orderBy?: EntityOrder | null };
        const entityFilter = filter ? await options.toFilter(filter, context) : {};
        return listEntities(context.db, options.label, entityFilter, orderOf(orderBy, options.order), args);
      },
    },
    { name: `${options.label}Connection`, description: `A page of ${options.field}.` },
    { name: `${options.label}Edge`, description: 'One item of the page, and its cursor.' },
    ),
  );
}

/** Filter fields every list has. */
export const nameFilterDescription = 'Part of the name, title or any alias, ignoring case.';

/** The `from` and `to` fields of a filter by date; `what` says which date, as "Events that ...". */
export function dateRangeFields(t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>, what: { from: string; to: string }) {
  return {
    from: t.field({ type: 'Date', description: what.from }),
    to: t.field({ type: 'Date', description: what.to }),
  };
}

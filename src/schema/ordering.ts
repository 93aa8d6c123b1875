import type { LinkOrder } from '../data/entity.ts';
import { builder } from './builder.ts';

const OrderFieldRef = builder.enumType('EntityOrderField', {
  description: 'What to sort entities by. Ties are broken by name, then key, so the order is total and cursors stay stable.',
  values: {
    DATE: { value: 'DATE', description: 'Earliest first: the date of an event or agreement, the period of a figure, the deadline of a target; undated ones first.' },
    NAME: { value: 'NAME', description: 'Alphabetically by name, title or description, ignoring case.' },
  } as const,
});

const OrderDirectionRef = builder.enumType('OrderDirection', {
  description: 'Ascending or descending.',
  values: {
    ASC: { value: 'ASC', description: 'Smallest, earliest or first in the alphabet first.' },
    DESC: { value: 'DESC', description: 'Largest, latest or last in the alphabet first.' },
  } as const,
});

export interface EntityOrder {
  field: LinkOrder;
  direction?: 'ASC' | 'DESC' | null | undefined;
}

export const EntityOrderRef = builder.inputType('EntityOrder', {
  description: 'A sort order for a list of entities.',
  fields: (t) => ({
    field: t.field({ type: OrderFieldRef, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: OrderDirectionRef, defaultValue: 'ASC', description: 'Ascending unless given.' }),
  }),
});

/** The order asked for, or the list's own default. */
export function orderOf(orderBy: EntityOrder | null | undefined, fallback: LinkOrder) {
  return { order: orderBy?.field ?? fallback, descending: orderBy?.direction === 'DESC' };
}

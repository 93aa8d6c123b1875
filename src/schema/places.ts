import { EntityRef } from './entity.ts';
import { EventRef } from './event.ts';
import { type EntityFields, linkField } from './links.ts';
import { OrganizationRef } from './organization.ts';
import { PersonRef } from './person.ts';

/**
 * What countries, regions and cities share: what lies within them, what is based and held there, who
 * holds posts in them, and what concerns them.
 */
export function placeLinks(t: EntityFields) {
  return {
    within: linkField(t, {
      relationship: 'LOCATED_IN',
      direction: 'in',
      to: EntityRef,
      labels: ['Region', 'City', 'BorderCrossing', 'LogisticsHub'],
      description: 'Regions, cities, crossings and hubs located directly in this place.',
    }),
    organizations: linkField(t, {
      relationship: 'BASED_IN',
      direction: 'in',
      to: OrganizationRef,
      labels: ['Organization'],
      description: 'Organisations based here.',
    }),
    eventsHeld: linkField(t, {
      relationship: 'HELD_IN',
      direction: 'in',
      to: EventRef,
      labels: ['Event'],
      order: 'DATE',
      description: 'Events held here (directly; events in a city are not repeated on its country).',
    }),
    postHolders: linkField(t, {
      relationship: 'HELD_POST',
      direction: 'in',
      to: PersonRef,
      labels: ['Person'],
      order: 'DATE',
      description: 'People holding posts of this place, such as a head of state.',
    }),
    concernedBy: concernedBy(t),
  };
}

/** Events, figures, targets and agreements that concern an entity. */
export function concernedBy(t: EntityFields) {
  return linkField(t, {
    relationship: 'CONCERNS',
    direction: 'in',
    to: EntityRef,
    labels: ['Event', 'TradeFigure', 'Target', 'Agreement'],
    order: 'DATE',
    description: 'Events, figures, targets and agreements that concern this, with how (its role).',
  });
}

/** The places something is located in. */
export function locatedIn(t: EntityFields) {
  return linkField(t, {
    relationship: 'LOCATED_IN',
    direction: 'out',
    to: EntityRef,
    labels: ['City', 'Region', 'Country'],
    description: 'The places this is located in (a crossing lies in both countries it joins).',
  });
}

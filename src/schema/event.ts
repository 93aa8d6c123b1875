import { AgreementRef } from './agreement.ts';
import { builder } from './builder.ts';
import { editableEntity, PartialDateInputRef } from './editing.ts';
import { datasetEnum, EntityReferenceRef, EntityRef, entityType, filterKey, partialDate, PartialDateRef, text } from './entity.ts';
import { linkField } from './links.ts';
import { dateRangeFields, entityListField, nameFilterDescription } from './lists.ts';
import { concernedBy } from './places.ts';

const EventKindRef = datasetEnum('EventKind', 'Event', 'kind', 'What sort of event: a summit, a bilateral meeting, a forum, an expo, talks, ...');

export const EventRef = entityType('Event', {
  description: 'A meeting, summit, forum, visit or ceremony, with who attended, where, and what came of it.',
  fields: (t) => ({
    title: t.string({ description: 'The event’s title.', resolve: (event) => String(text(event.properties, 'title')) }),
    kind: t.field({ type: EventKindRef, description: 'What sort of event it was.', resolve: (event) => String(text(event.properties, 'kind')) }),
    date: t.field({
      type: PartialDateRef,
      description: 'When it took place, as precisely as the sources say.',
      resolve: (event) => partialDate(event.properties, 'date') ?? missing(event.id, 'date'),
    }),
    place: linkField(t, { relationship: 'HELD_IN', direction: 'out', to: EntityRef, labels: ['City', 'Region', 'Country'], description: 'Where it was held, when the sources say.' }),
    participants: linkField(t, {
      relationship: 'ATTENDED',
      direction: 'in',
      to: EntityRef,
      labels: ['Person', 'Organization', 'Country'],
      description: 'People, delegations and countries that attended, with the part each played.',
    }),
    partOf: linkField(t, { relationship: 'PART_OF', direction: 'out', to: EventRef, labels: ['Event'], order: 'DATE', description: 'The larger event this was part of (talks on a summit’s sidelines).' }),
    parts: linkField(t, { relationship: 'PART_OF', direction: 'in', to: EventRef, labels: ['Event'], order: 'DATE', description: 'Events that were part of this one.' }),
    agreementsSigned: linkField(t, { relationship: 'SIGNED_AT', direction: 'in', to: AgreementRef, labels: ['Agreement'], description: 'Agreements signed at this event (not at its parts; see `parts`).' }),
    statements: linkField(t, { relationship: 'STATED_AT', direction: 'in', to: EntityRef, labels: ['TradeFigure', 'Target'], description: 'Figures and targets stated at the event.' }),
    concerns: linkField(t, {
      relationship: 'CONCERNS',
      direction: 'out',
      to: EntityRef,
      labels: ['Entity'],
      description: 'What the event concerned: countries, regions, crossings, hubs, commodities, ...',
    }),
    concernedBy: concernedBy(t),
  }),
});

/** A fact the dataset format requires; its absence means the graph was not loaded by this service. */
export function missing(id: string, field: string): never {
  throw new Error(`${id} has no ${field}, which the dataset requires`);
}

const EventFilterRef = builder.inputType('EventFilter', {
  description: 'Narrows a timeline of events.',
  fields: (t) => ({
    name: t.string({ description: nameFilterDescription }),
    kind: t.field({ type: [EventKindRef], description: 'Events of any of these kinds.' }),
    place: t.field({ type: EntityReferenceRef, description: 'Events held in this place or anywhere within it (Almaty is within Kazakhstan).' }),
    participant: t.field({ type: EntityReferenceRef, description: 'Events this person, organisation or country attended.' }),
    ...dateRangeFields(t, { from: 'Events that had not ended before this day.', to: 'Events that had begun by this day.' }),
  }),
});

entityListField({
  field: 'events',
  type: EventRef,
  label: 'Event',
  description: 'Events on a timeline, earliest first unless ordered otherwise.',
  filter: EventFilterRef,
  order: 'DATE',
  toFilter: async (filter, context) => ({
    name: filter.name,
    propertyIn: [{ property: 'kind', values: filter.kind ?? [] }],
    place: await filterKey(context, filter.place, 'filter.place'),
    participant: await filterKey(context, filter.participant, 'filter.participant'),
    from: filter.from,
    to: filter.to,
  }),
});

editableEntity(EventRef, 'Event', {
  fields: (t, required) => ({
    title: t.string({ required, description: 'The event’s title, or a short description of an unnamed one.' }),
    kind: t.field({ type: EventKindRef, required, description: 'What sort of event it was.' }),
    date: t.field({ type: PartialDateInputRef, required, description: 'When it took place.' }),
  }),
});

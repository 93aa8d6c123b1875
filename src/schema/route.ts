import { builder } from './builder.ts';
import { editableEntity } from './editing.ts';
import { datasetEnum, EntityRef, entityType, text } from './entity.ts';
import { CountryRef } from './country.ts';
import { linkField } from './links.ts';
import { entityListField, nameFilterDescription } from './lists.ts';
import { concernedBy } from './places.ts';

const RouteKindRef = datasetEnum('RouteKind', 'Route', 'kind', 'A transport corridor, or an initiative such as the Belt and Road.');

export const RouteRef = entityType('Route', {
  description: 'A transport corridor or a connectivity initiative that crossings and hubs serve.',
  fields: (t) => ({
    kind: t.field({ type: RouteKindRef, description: 'Corridor or initiative.', resolve: (route) => String(text(route.properties, 'kind')) }),
    servedBy: linkField(t, { relationship: 'SERVES', direction: 'in', to: EntityRef, labels: ['BorderCrossing', 'LogisticsHub'], description: 'Border crossings and hubs on the route.' }),
    participants: linkField(t, { relationship: 'PARTICIPATES_IN', direction: 'in', to: CountryRef, labels: ['Country'], description: 'Countries taking part.' }),
    concernedBy: concernedBy(t),
  }),
});

const RouteFilterRef = builder.inputType('RouteFilter', {
  description: 'Narrows a list of routes.',
  fields: (t) => ({
    name: t.string({ description: nameFilterDescription }),
    kind: t.field({ type: [RouteKindRef], description: 'Routes of any of these kinds.' }),
  }),
});

entityListField({
  field: 'routes',
  type: RouteRef,
  label: 'Route',
  description: 'Routes, by name unless ordered otherwise.',
  filter: RouteFilterRef,
  order: 'NAME',
  toFilter: (filter) => ({ name: filter.name, propertyIn: [{ property: 'kind', values: filter.kind ?? [] }] }),
});

editableEntity(RouteRef, 'Route', {
  fields: (t, required) => ({
    name: t.string({ required, description: 'The name the sources use most.' }),
    kind: t.field({ type: RouteKindRef, required, description: 'A corridor or an initiative.' }),
  }),
});

import { builder } from './builder.ts';
import { editableEntity } from './editing.ts';
import { EntityReferenceRef, entityType, filterKey } from './entity.ts';
import { entityListField, nameFilterDescription } from './lists.ts';
import { locatedIn, placeLinks } from './places.ts';

export const CityRef = entityType('City', {
  description: 'A city, such as Almaty, Urumqi or Lianyungang.',
  fields: (t) => ({
    locatedIn: locatedIn(t),
    ...placeLinks(t),
  }),
});

const CityFilterRef = builder.inputType('CityFilter', {
  description: 'Narrows a list of cities.',
  fields: (t) => ({
    name: t.string({ description: nameFilterDescription }),
    country: t.field({ type: EntityReferenceRef, description: 'Cities in this country.' }),
    region: t.field({ type: EntityReferenceRef, description: 'Cities in this region.' }),
  }),
});

entityListField({
  field: 'cities',
  type: CityRef,
  label: 'City',
  description: 'Cities, by name unless ordered otherwise.',
  filter: CityFilterRef,
  order: 'NAME',
  toFilter: async (filter, context) => ({
    name: filter.name,
    country: await filterKey(context, filter.country, 'filter.country'),
    place: await filterKey(context, filter.region, 'filter.region'),
  }),
});

editableEntity(CityRef, 'City', { fields: (t, required) => ({ name: t.string({ required, description: 'The name the sources use most.' }), }) });

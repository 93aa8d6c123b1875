import { builder } from './builder.ts';
import { editableEntity } from './editing.ts';
import { datasetEnum, EntityReferenceRef, entityType, filterKey, text } from './entity.ts';
import { entityListField, nameFilterDescription } from './lists.ts';
import { locatedIn, placeLinks } from './places.ts';

const RegionKindRef = datasetEnum('RegionKind', 'Region', 'kind', 'What sort of region: an oblast, an autonomous region, a macro-region such as Central Asia, or a border zone.');

export const RegionRef = entityType('Region', {
  description: 'A region: an oblast of Kazakhstan, Xinjiang, Central Asia as a whole, or a border zone.',
  fields: (t) => ({
    kind: t.field({ type: RegionKindRef, description: 'What sort of region it is.', resolve: (region) => String(text(region.properties, 'kind')) }),
    locatedIn: locatedIn(t),
    ...placeLinks(t),
  }),
});

const RegionFilterRef = builder.inputType('RegionFilter', {
  description: 'Narrows a list of regions.',
  fields: (t) => ({
    name: t.string({ description: nameFilterDescription }),
    kind: t.field({ type: [RegionKindRef], description: 'Regions of any of these kinds.' }),
    country: t.field({ type: EntityReferenceRef, description: 'Regions in this country.' }),
  }),
});

entityListField({
  field: 'regions',
  type: RegionRef,
  label: 'Region',
  description: 'Regions, by name unless ordered otherwise.',
  filter: RegionFilterRef,
  order: 'NAME',
  toFilter: async (filter, context) => ({
    name: filter.name,
    propertyIn: [{ property: 'kind', values: filter.kind ?? [] }],
    country: await filterKey(context, filter.country, 'filter.country'),
  }),
});

editableEntity(RegionRef, 'Region', {
  fields: (t, required) => ({
    name: t.string({ required, description: 'The name the sources use most.' }),
    kind: t.field({ type: RegionKindRef, required, description: 'What sort of region it is.' }),
  }),
});

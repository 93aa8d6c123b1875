import { builder } from './builder.ts';
import { editableEntity, PartialDateInputRef } from './editing.ts';
import { datasetEnum, EntityReferenceRef, entityType, filterKey, partialDate, PartialDateRef, text } from './entity.ts';
import { linkField } from './links.ts';
import { entityListField, nameFilterDescription } from './lists.ts';
import { concernedBy, locatedIn } from './places.ts';
import { RouteRef } from './route.ts';

const CrossingStatusRef = datasetEnum('BorderCrossingStatus', 'BorderCrossing', 'status', 'Whether a crossing operates, has reopened, is planned or is being built.');
export const TransportModeRef = datasetEnum('TransportMode', 'BorderCrossing', 'modes', 'Rail or road.');

export const BorderCrossingRef = entityType('BorderCrossing', {
  description: 'A checkpoint or crossing on the Kazakhstan–China border, with the routes it serves.',
  fields: (t) => ({
    kazakhSideName: t.string({ nullable: true, description: 'The name of the Kazakh side, when the sides are named apart.', resolve: (crossing) => text(crossing.properties, 'kazakhSideName') }),
    chineseSideName: t.string({ nullable: true, description: 'The name of the Chinese side.', resolve: (crossing) => text(crossing.properties, 'chineseSideName') }),
    modes: t.field({ type: [TransportModeRef], description: 'The traffic it handles.', resolve: (crossing) => (crossing.properties.modes ?? []) as string[] }),
    status: t.field({ type: CrossingStatusRef, description: 'Operating, reopened, planned or under construction.', resolve: (crossing) => String(text(crossing.properties, 'status')) }),
    statusDate: t.field({ type: PartialDateRef, nullable: true, description: 'When the status was reported or took effect.', resolve: (crossing) => partialDate(crossing.properties, 'statusDate') }),
    locatedIn: locatedIn(t),
    routes: linkField(t, { relationship: 'SERVES', direction: 'out', to: RouteRef, labels: ['Route'], description: 'Corridors and initiatives it serves.' }),
    concernedBy: concernedBy(t),
  }),
});

const CrossingFilterRef = builder.inputType('BorderCrossingFilter', {
  description: 'Narrows a list of border crossings.',
  fields: (t) => ({
    name: t.string({ description: nameFilterDescription }),
    status: t.field({ type: [CrossingStatusRef], description: 'Crossings with any of these statuses.' }),
    mode: t.field({ type: TransportModeRef, description: 'Crossings that handle this traffic.' }),
    region: t.field({ type: EntityReferenceRef, description: 'Crossings in this region, city or country, or anywhere within it.' }),
  }),
});

entityListField({
  field: 'borderCrossings',
  type: BorderCrossingRef,
  label: 'BorderCrossing',
  description: 'Border crossings, by name unless ordered otherwise.',
  filter: CrossingFilterRef,
  order: 'NAME',
  toFilter: async (filter, context) => ({
    name: filter.name,
    propertyIn: [{ property: 'status', values: filter.status ?? [] }],
    mode: filter.mode,
    place: await filterKey(context, filter.region, 'filter.region'),
  }),
});

editableEntity(BorderCrossingRef, 'BorderCrossing', {
  fields: (t, required) => ({
    name: t.string({ required, description: 'The name the sources use most.' }),
    kazakhSideName: t.string({ description: 'The name of the Kazakh side of the crossing.' }),
    chineseSideName: t.string({ description: 'The name of the Chinese side of the crossing.' }),
    modes: t.field({ type: [TransportModeRef], required, description: 'Rail, road, or both.' }),
    status: t.field({ type: CrossingStatusRef, required, description: 'Whether it operates, has reopened, is planned or being built.' }),
    statusDate: t.field({ type: PartialDateInputRef, description: 'When the status was reached or reported.' }),
  }),
});

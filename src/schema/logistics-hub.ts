import { builder } from './builder.ts';
import { editableEntity, PartialDateInputRef } from './editing.ts';
import { datasetEnum, EntityReferenceRef, entityType, filterKey, partialDate, PartialDateRef, text } from './entity.ts';
import { linkField } from './links.ts';
import { entityListField, nameFilterDescription } from './lists.ts';
import { concernedBy, locatedIn } from './places.ts';
import { RouteRef } from './route.ts';

const HubKindRef = datasetEnum('LogisticsHubKind', 'LogisticsHub', 'kind', 'What sort of hub: a dry port, a free economic zone, a terminal, a trade mission, ...');
const HubStatusRef = datasetEnum('LogisticsHubStatus', 'LogisticsHub', 'status', 'Whether a hub operates, has reopened, is planned, proposed or being built.');

export const LogisticsHubRef = entityType('LogisticsHub', {
  description: 'A dry port, free economic zone, terminal, seaport, trade hub or trade mission on the routes between the two countries.',
  fields: (t) => ({
    kind: t.field({ type: HubKindRef, description: 'What sort of hub it is.', resolve: (hub) => String(text(hub.properties, 'kind')) }),
    status: t.field({ type: HubStatusRef, description: 'Operating, reopened, planned, proposed or under construction.', resolve: (hub) => String(text(hub.properties, 'status')) }),
    statusDate: t.field({ type: PartialDateRef, nullable: true, description: 'When the status was reported or took effect.', resolve: (hub) => partialDate(hub.properties, 'statusDate') }),
    locatedIn: locatedIn(t),
    routes: linkField(t, { relationship: 'SERVES', direction: 'out', to: RouteRef, labels: ['Route'], description: 'Corridors and initiatives it serves.' }),
    concernedBy: concernedBy(t),
  }),
});

const HubFilterRef = builder.inputType('LogisticsHubFilter', {
  description: 'Narrows a list of logistics hubs.',
  fields: (t) => ({
    name: t.string({ description: nameFilterDescription }),
    kind: t.field({ type: [HubKindRef], description: 'Hubs of any of these kinds.' }),
    status: t.field({ type: [HubStatusRef], description: 'Hubs with any of these statuses.' }),
    region: t.field({ type: EntityReferenceRef, description: 'Hubs in this region, city or country, or anywhere within it.' }),
  }),
});

entityListField({
  field: 'logisticsHubs',
  type: LogisticsHubRef,
  label: 'LogisticsHub',
  description: 'Logistics hubs, by name unless ordered otherwise.',
  filter: HubFilterRef,
  order: 'NAME',
  toFilter: async (filter, context) => ({
    name: filter.name,
    propertyIn: [
      { property: 'kind', values: filter.kind ?? [] },
      { property: 'status', values: filter.status ?? [] },
    ],
    place: await filterKey(context, filter.region, 'filter.region'),
  }),
});

editableEntity(LogisticsHubRef, 'LogisticsHub', {
  fields: (t, required) => ({
    name: t.string({ required, description: 'The name the sources use most.' }),
    kind: t.field({ type: HubKindRef, required, description: 'What sort of hub it is.' }),
    status: t.field({ type: HubStatusRef, required, description: 'Whether it operates, is planned, proposed or being built.' }),
    statusDate: t.field({ type: PartialDateInputRef, description: 'When the status was reached or reported.' }),
  }),
});

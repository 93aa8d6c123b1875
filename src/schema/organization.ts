import { AgreementRef } from './agreement.ts';
import { builder } from './builder.ts';
import { editableEntity } from './editing.ts';
import { datasetEnum, EntityReferenceRef, EntityRef, entityType, filterKey, text } from './entity.ts';
import { EventRef } from './event.ts';
import { linkField } from './links.ts';
import { entityListField, nameFilterDescription } from './lists.ts';
import { PersonRef } from './person.ts';
import { concernedBy } from './places.ts';
import { TargetRef } from './target.ts';

const OrganizationKindRef = datasetEnum('OrganizationKind', 'Organization', 'kind', 'What sort of organisation it is.');

export const OrganizationRef = entityType('Organization', {
  description: 'A government, ministry, party body, company, association, embassy or international organisation.',
  fields: (t) => ({
    kind: t.field({ type: OrganizationKindRef, description: 'What sort of organisation it is.', resolve: (organization) => String(text(organization.properties, 'kind')) }),
    basedIn: linkField(t, { relationship: 'BASED_IN', direction: 'out', to: EntityRef, labels: ['Country', 'Region', 'City'], description: 'Where it is based.' }),
    partOf: linkField(t, { relationship: 'PART_OF', direction: 'out', to: OrganizationRef, labels: ['Organization'], description: 'The larger bodies it is part of.' }),
    parts: linkField(t, { relationship: 'PART_OF', direction: 'in', to: OrganizationRef, labels: ['Organization'], description: 'The bodies that are part of it.' }),
    postHolders: linkField(t, { relationship: 'HELD_POST', direction: 'in', to: PersonRef, labels: ['Person'], order: 'DATE', description: 'People holding posts in it, with the post and when.' }),
    eventsAttended: linkField(t, { relationship: 'ATTENDED', direction: 'out', to: EventRef, labels: ['Event'], order: 'DATE', description: 'Events it took part in.' }),
    agreements: linkField(t, { relationship: 'PARTY_TO', direction: 'out', to: AgreementRef, labels: ['Agreement'], order: 'DATE', description: 'Agreements it is party to.' }),
    statements: linkField(t, { relationship: 'STATED', direction: 'out', to: EntityRef, labels: ['TradeFigure', 'Target'], description: 'Figures and targets it stated.' }),
    targetsSet: linkField(t, { relationship: 'SET', direction: 'out', to: TargetRef, labels: ['Target'], description: 'Targets it set.' }),
    concernedBy: concernedBy(t),
  }),
});

const OrganizationFilterRef = builder.inputType('OrganizationFilter', {
  description: 'Narrows a list of organisations.',
  fields: (t) => ({
    name: t.string({ description: nameFilterDescription }),
    kind: t.field({ type: [OrganizationKindRef], description: 'Organisations of any of these kinds.' }),
    country: t.field({ type: EntityReferenceRef, description: 'Organisations based in this country (or in a place within it).' }),
  }),
});

entityListField({
  field: 'organizations',
  type: OrganizationRef,
  label: 'Organization',
  description: 'Organisations, by name unless ordered otherwise.',
  filter: OrganizationFilterRef,
  order: 'NAME',
  toFilter: async (filter, context) => ({
    name: filter.name,
    propertyIn: [{ property: 'kind', values: filter.kind ?? [] }],
    country: await filterKey(context, filter.country, 'filter.country'),
  }),
});

editableEntity(OrganizationRef, 'Organization', {
  fields: (t, required) => ({
    name: t.string({ required, description: 'The name the sources use most.' }),
    kind: t.field({ type: OrganizationKindRef, required, description: 'What sort of organisation it is.' }),
  }),
});

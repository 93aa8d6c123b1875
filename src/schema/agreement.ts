import { type AgreementAtEvents, getAgreementsSignedAtEventsAttendedBy } from '../data/agreement.ts';
import { builder } from './builder.ts';
import { editableEntity, PartialDateInputRef } from './editing.ts';
import { CommodityRef } from './commodity.ts';
import {
  datasetEnum,
  EntityReferenceRef,
  EntityRef,
  entityType,
  filterKey,
  number,
  partialDate,
  PartialDateRef,
  presentNodes,
  referencedKey,
  text,
} from './entity.ts';
import { EventRef } from './event.ts';
import { linkField } from './links.ts';
import { dateRangeFields, entityListField, nameFilterDescription } from './lists.ts';
import { PersonRef } from './person.ts';
import { concernedBy } from './places.ts';
import { BoundRef } from './trade-figure.ts';

const AgreementKindRef = datasetEnum('AgreementKind', 'Agreement', 'kind', 'What sort of agreement or package of documents it is.');

export interface Money {
  amount: number;
  currency: string;
  bound: string;
}

const MoneyRef = builder.objectRef<Money>('Money').implement({
  description: 'A sum of money, and how the source qualifies it ("more than $565 million" is a lower bound).',
  fields: (t) => ({
    amount: t.exposeFloat('amount', { description: 'The amount, in units of the currency.' }),
    currency: t.exposeString('currency', { description: 'The ISO 4217 code, such as USD.' }),
    bound: t.expose('bound', { type: BoundRef, description: 'Exact, approximate, or a lower or upper bound.' }),
  }),
});

export const AgreementRef = entityType('Agreement', {
  description: 'An agreement, or a package of contracts or documents signed together, with its parties and what it covers.',
  fields: (t) => ({
    title: t.string({ description: 'The agreement’s title, or a description of the package.', resolve: (agreement) => String(text(agreement.properties, 'title')) }),
    kind: t.field({ type: AgreementKindRef, description: 'What sort of agreement it is.', resolve: (agreement) => String(text(agreement.properties, 'kind')) }),
    date: t.field({ type: PartialDateRef, nullable: true, description: 'When it was signed, as precisely as the sources say.', resolve: (agreement) => partialDate(agreement.properties, 'date') }),
    value: t.field({
      type: MoneyRef,
      nullable: true,
      description: 'What it is worth, where a source says.',
      resolve: ({ properties }) => {
        const amount = number(properties, 'valueAmount');
        return amount === null ? null : { amount, currency: String(properties.valueCurrency), bound: String(properties.valueBound) };
      },
    }),
    documentCount: t.int({ nullable: true, description: 'How many documents a package holds.', resolve: (agreement) => number(agreement.properties, 'documentCount') }),
    sectors: t.stringList({ description: 'The sectors it covers, as the sources name them.', resolve: (agreement) => (agreement.properties.sectors ?? []) as string[] }),
    parties: linkField(t, { relationship: 'PARTY_TO', direction: 'in', to: EntityRef, labels: ['Country', 'Organization'], description: 'The countries and organisations party to it.' }),
    signatories: linkField(t, { relationship: 'SIGNED', direction: 'in', to: PersonRef, labels: ['Person'], description: 'The people who signed it.' }),
    signedAt: linkField(t, { relationship: 'SIGNED_AT', direction: 'out', to: EventRef, labels: ['Event'], order: 'DATE', description: 'The event it was signed at.' }),
    commodities: linkField(t, { relationship: 'COVERS', direction: 'out', to: CommodityRef, labels: ['Commodity'], description: 'The commodities it covers.' }),
    concerns: linkField(t, { relationship: 'CONCERNS', direction: 'out', to: EntityRef, labels: ['Entity'], description: 'What else it concerns: places, crossings, hubs, other agreements.' }),
    concernedBy: concernedBy(t),
  }),
});

const AgreementFilterRef = builder.inputType('AgreementFilter', {
  description: 'Narrows a list of agreements.',
  fields: (t) => ({
    name: t.string({ description: nameFilterDescription }),
    kind: t.field({ type: [AgreementKindRef], description: 'Agreements of any of these kinds.' }),
    country: t.field({ type: EntityReferenceRef, description: 'Agreements this country is party to or that concern it.' }),
    event: t.field({ type: EntityReferenceRef, description: 'Agreements signed at this event or at an event that was part of it.' }),
    ...dateRangeFields(t, {
      from: 'Agreements signed on or after this day (undated ones are left out when a range is given).',
      to: 'Agreements signed on or before this day.',
    }),
  }),
});

entityListField({
  field: 'agreements',
  type: AgreementRef,
  label: 'Agreement',
  description: 'Agreements, earliest first unless ordered otherwise.',
  filter: AgreementFilterRef,
  order: 'DATE',
  toFilter: async (filter, context) => ({
    name: filter.name,
    propertyIn: [{ property: 'kind', values: filter.kind ?? [] }],
    country: await filterKey(context, filter.country, 'filter.country'),
    event: await filterKey(context, filter.event, 'filter.event'),
    from: filter.from,
    to: filter.to,
  }),
});

builder.queryField('agreementsSignedAtEventsAttendedBy', (t) =>
  t.connection(
    {
      type: AgreementRef,
      nullable: true,
      description:
        'Agreements signed at events an entity attended (or at events that were part of them, such as talks on a ' +
        'summit’s sidelines), earliest first, each with those events. Null when the entity is unknown.',
      args: { attendee: t.arg({ type: EntityReferenceRef, required: true, description: 'A person, organisation or country.' }) },
      resolve: async (_root, args, context) => {
        const attendee = await referencedKey(context, args.attendee, 'attendee');
        return attendee ? getAgreementsSignedAtEventsAttendedBy(context.db, attendee, args) : null;
      },
    },
    { name: 'AgreementAtEventsConnection', description: 'A page of agreements, each with the attended events it was signed at.' },
    {
      name: 'AgreementAtEvents',
      description: 'An agreement, and the attended events it was signed at.',
      fields: (edge) => ({
        events: edge.field({
          type: [EventRef],
          description: 'The attended events it was signed at, or whose part it was signed at; earliest first.',
          resolve: (edge, _args, { loaders }) => presentNodes(loaders, (edge as AgreementAtEvents).events),
        }),
      }),
    },
  ),
);

const MoneyInputRef = builder.inputType('MoneyInput', {
  description: 'A sum of money, as a source gives it.',
  fields: (t) => ({
    amount: t.float({ required: true, description: 'The amount in units of the currency: $31.5 billion is 31500000000.' }),
    currency: t.string({ required: true, description: 'The ISO 4217 code, such as USD.' }),
    bound: t.field({ type: BoundRef, description: 'How the source qualifies it; exact when left out.' }),
  }),
});

editableEntity(AgreementRef, 'Agreement', {
  fields: (t, required) => ({
    title: t.string({ required, description: 'The agreement’s title, or a description of the package.' }),
    kind: t.field({ type: AgreementKindRef, required, description: 'What sort of agreement it is.' }),
    date: t.field({ type: PartialDateInputRef, description: 'When it was signed.' }),
    value: t.field({ type: MoneyInputRef, description: 'What it is worth, where a source says.' }),
    documentCount: t.int({ description: 'How many documents a package holds.' }),
    sectors: t.stringList({ description: 'The sectors it covers, as the sources name them.' }),
  }),
  // The format calls the amount `value`, as figures do; the API calls it `amount`, as Money does.
  toFormat: ({ value, ...fields }) => {
    if (value == null) return { ...fields, value };
    const { amount, ...money } = value as { amount: number };
    return { ...fields, value: { value: amount, ...money } };
  },
  toInputPath: (path) => (path[0] === 'value' && path[1] === 'value' ? ['value', 'amount', ...path.slice(2)] : path),
});

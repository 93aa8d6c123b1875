import { AgreementRef } from './agreement.ts';
import { type CoveredCommodity, getCommoditiesCoveredByAgreements } from '../data/commodity.ts';
import { builder } from './builder.ts';
import { editableEntity } from './editing.ts';
import { CountryRef } from './country.ts';
import { datasetEnum, EntityReferenceRef, entityType, filterKey, presentNodes, text } from './entity.ts';
import { linkField } from './links.ts';
import { entityListField, nameFilterDescription } from './lists.ts';
import { concernedBy } from './places.ts';

const CategoryRef = datasetEnum('CommodityCategory', 'Commodity', 'category', 'A broad class of goods.');

export const CommodityRef = entityType('Commodity', {
  description: 'A good traded between the countries, such as wheat, oilcake or vegetable oil.',
  fields: (t) => ({
    category: t.field({ type: CategoryRef, description: 'Its broad class.', resolve: (commodity) => String(text(commodity.properties, 'category')) }),
    hsCodes: t.stringList({ description: 'Harmonized System codes that classify it (HS 2022), where curated.', resolve: (commodity) => (commodity.properties.hsCodes ?? []) as string[] }),
    agreements: linkField(t, { relationship: 'COVERS', direction: 'in', to: AgreementRef, labels: ['Agreement'], order: 'DATE', description: 'Agreements that cover it.' }),
    exporters: linkField(t, { relationship: 'EXPORTS', direction: 'in', to: CountryRef, labels: ['Country'], description: 'Countries that export or offer it, with the partner and status.' }),
    concernedBy: concernedBy(t),
  }),
});

const CommodityFilterRef = builder.inputType('CommodityFilter', {
  description: 'Narrows a list of commodities.',
  fields: (t) => ({
    name: t.string({ description: nameFilterDescription }),
    category: t.field({ type: [CategoryRef], description: 'Commodities in any of these categories.' }),
  }),
});

entityListField({
  field: 'commodities',
  type: CommodityRef,
  label: 'Commodity',
  description: 'Commodities, by name unless ordered otherwise.',
  filter: CommodityFilterRef,
  order: 'NAME',
  toFilter: (filter) => ({ name: filter.name, propertyIn: [{ property: 'category', values: filter.category ?? [] }] }),
});

builder.queryField('commoditiesCoveredByAgreements', (t) =>
  t.connection(
    {
      type: CommodityRef,
      description: 'Commodities that agreements cover, by name, each with the agreements; narrowed by party, event or period.',
      args: {
        country: t.arg({ type: EntityReferenceRef, description: 'Only agreements this country is party to or that concern it.' }),
        event: t.arg({ type: EntityReferenceRef, description: 'Only agreements signed at this event or at an event that was part of it.' }),
        from: t.arg({ type: 'Date', description: 'Only agreements signed on or after this day (undated ones are then left out).' }),
        to: t.arg({ type: 'Date', description: 'Only agreements signed on or before this day.' }),
      },
      resolve: async (_root, args, context) => {
        const [country, event] = await Promise.all([filterKey(context, args.country, 'country'), filterKey(context, args.event, 'event')]);
        return getCommoditiesCoveredByAgreements(context.db, { country, event, from: args.from, to: args.to }, args);
      },
    },
    { name: 'CoveredCommodityConnection', description: 'A page of commodities, each with the agreements covering it.' },
    {
      name: 'CoveredCommodity',
      description: 'A commodity, and the agreements that cover it.',
      fields: (edge) => ({
        agreements: edge.field({
          type: [AgreementRef],
          description: 'The agreements covering it that pass the filters, earliest first.',
          resolve: (edge, _args, { loaders }) => presentNodes(loaders, (edge as CoveredCommodity).agreements),
        }),
      }),
    },
  ),
);

editableEntity(CommodityRef, 'Commodity', {
  fields: (t, required) => ({
    name: t.string({ required, description: 'The name the sources use most.' }),
    category: t.field({ type: CategoryRef, required, description: 'A broad class of goods.' }),
    hsCodes: t.stringList({ description: 'Harmonized System 2022 codes that classify it: 2, 4 or 6 digits (1201 or 1201.90).' }),
  }),
  toFormat: ({ hsCodes, ...fields }) =>
    hsCodes === undefined ? fields : { ...fields, hs: hsCodes === null ? null : (hsCodes as string[]).map((code) => ({ code, edition: 'HS2022' })) },
  toInputPath: (path) => (path[0] === 'hs' ? ['hsCodes', ...path.slice(1, 2)] : path),
});

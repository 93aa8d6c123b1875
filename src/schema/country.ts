import { builder } from './builder.ts';
import { editableEntity } from './editing.ts';
import { CommodityRef } from './commodity.ts';
import { entityType, text } from './entity.ts';
import { AgreementRef } from './agreement.ts';
import { EventRef } from './event.ts';
import { linkField } from './links.ts';
import { entityListField, nameFilterDescription } from './lists.ts';
import { PersonRef } from './person.ts';
import { placeLinks } from './places.ts';
import { RouteRef } from './route.ts';
import { TargetRef } from './target.ts';

export const CountryRef = entityType('Country', {
  description: 'A country: Kazakhstan and China, and the others the sources name.',
  fields: (t) => ({
    iso2: t.string({ description: 'The ISO 3166-1 alpha-2 code, such as KZ.', resolve: (country) => String(text(country.properties, 'iso2')) }),
    ...placeLinks(t),
    nationals: linkField(t, { relationship: 'NATIONAL_OF', direction: 'in', to: PersonRef, labels: ['Person'], description: 'People who are nationals of the country.' }),
    eventsAttended: linkField(t, {
      relationship: 'ATTENDED',
      direction: 'out',
      to: EventRef,
      labels: ['Event'],
      order: 'DATE',
      description: 'Events the country took part in as a party (its delegation, rather than named people).',
    }),
    agreements: linkField(t, { relationship: 'PARTY_TO', direction: 'out', to: AgreementRef, labels: ['Agreement'], order: 'DATE', description: 'Agreements the country is party to.' }),
    routes: linkField(t, { relationship: 'PARTICIPATES_IN', direction: 'out', to: RouteRef, labels: ['Route'], description: 'Corridors and initiatives the country takes part in.' }),
    exports: linkField(t, { relationship: 'EXPORTS', direction: 'out', to: CommodityRef, labels: ['Commodity'], description: 'Commodities the country exports or offers, with the partner and status.' }),
    targetsSet: linkField(t, { relationship: 'SET', direction: 'out', to: TargetRef, labels: ['Target'], description: 'Targets the country set.' }),
  }),
});

const CountryFilterRef = builder.inputType('CountryFilter', {
  description: 'Narrows a list of countries.',
  fields: (t) => ({ name: t.string({ description: nameFilterDescription }) }),
});

entityListField({
  field: 'countries',
  type: CountryRef,
  label: 'Country',
  description: 'Countries, by name unless ordered otherwise.',
  filter: CountryFilterRef,
  order: 'NAME',
  toFilter: (filter) => ({ name: filter.name }),
});

editableEntity(CountryRef, 'Country', {
  fields: (t, required) => ({
    name: t.string({ required, description: 'The name the sources use most.' }),
    iso2: t.string({ required, description: 'The ISO 3166 two-letter code, such as KZ.' }),
  }),
});

import { type Counterpart, getCounterparts, getPostHolders, type PostHolding } from '../data/person.ts';
import { builder } from './builder.ts';
import { editableEntity } from './editing.ts';
import { CountryRef } from './country.ts';
import { EntityReferenceRef, EntityRef, entityType, EntityTypeRef, filterKey, presentNodes, referencedKey } from './entity.ts';
import { AgreementRef } from './agreement.ts';
import { EventRef } from './event.ts';
import { linkField, relationshipFacts } from './links.ts';
import { entityListField, nameFilterDescription } from './lists.ts';
import { TargetRef } from './target.ts';

export const PersonRef = entityType('Person', {
  description: 'Someone the sources name: a head of state, minister, envoy or party official.',
  fields: (t) => ({
    nationality: linkField(t, {
      relationship: 'NATIONAL_OF',
      direction: 'out',
      to: CountryRef,
      labels: ['Country'],
      description: 'The country the person is a national of.',
    }),
    posts: linkField(t, {
      relationship: 'HELD_POST',
      direction: 'out',
      to: EntityRef,
      labels: ['Organization', 'Country', 'Region'],
      order: 'DATE',
      description: 'Posts held, each with the body it is held in and when the sources attest it.',
    }),
    events: linkField(t, {
      relationship: 'ATTENDED',
      direction: 'out',
      to: EventRef,
      labels: ['Event'],
      order: 'DATE',
      description: 'Events the person attended, with the part played.',
    }),
    agreementsSigned: linkField(t, {
      relationship: 'SIGNED',
      direction: 'out',
      to: AgreementRef,
      labels: ['Agreement'],
      order: 'DATE',
      description: 'Agreements the person signed.',
    }),
    statements: linkField(t, {
      relationship: 'STATED',
      direction: 'out',
      to: EntityRef,
      labels: ['TradeFigure', 'Target'],
      description: 'Figures and targets the person stated.',
    }),
    targetsSet: linkField(t, {
      relationship: 'SET',
      direction: 'out',
      to: TargetRef,
      labels: ['Target'],
      description: 'Targets the person set.',
    }),
  }),
});

const PersonFilterRef = builder.inputType('PersonFilter', {
  description: 'Narrows a list of people.',
  fields: (t) => ({
    name: t.string({ description: nameFilterDescription }),
    country: t.field({ type: EntityReferenceRef, description: 'Nationals of this country.' }),
  }),
});

entityListField({
  field: 'people',
  type: PersonRef,
  label: 'Person',
  description: 'People, by name unless ordered otherwise.',
  filter: PersonFilterRef,
  order: 'NAME',
  toFilter: async (filter, context) => ({
    name: filter.name,
    country: await filterKey(context, filter.country, 'filter.country'),
  }),
});

builder.queryField('counterparts', (t) =>
  t.connection(
    {
      type: EntityRef,
      nullable: true,
      description:
        'Who attended the same events as an entity, most shared events first, with those events; within a period ' +
        'when given. Null when the entity is unknown.',
      args: {
        of: t.arg({ type: EntityReferenceRef, required: true, description: 'A person (or organisation or country).' }),
        types: t.arg({ type: [EntityTypeRef], defaultValue: ['Person'], description: 'Which kinds of counterpart; people unless given.' }),
        from: t.arg({ type: 'Date', description: 'Only events that had not ended before this day.' }),
        to: t.arg({ type: 'Date', description: 'Only events that had begun by this day.' }),
      },
      resolve: async (_root, args, context) => {
        const entity = await referencedKey(context, args.of, 'of');
        if (!entity) return null;
        const labels = args.types?.length ? args.types : ['Person'];
        return getCounterparts(context.db, entity, { labels, from: args.from, to: args.to }, args);
      },
    },
    { name: 'CounterpartConnection', description: 'A page of counterparts.' },
    {
      name: 'Counterpart',
      description: 'Someone met at shared events.',
      fields: (edge) => ({
        sharedEventCount: edge.int({ description: 'How many events both attended.', resolve: (edge) => (edge as Counterpart).events.length }),
        sharedEvents: edge.field({
          type: [EventRef],
          description: 'The events both attended, earliest first.',
          resolve: (edge, _args, { loaders }) => presentNodes(loaders, (edge as Counterpart).events),
        }),
      }),
    },
  ),
);

builder.queryField('postHolders', (t) =>
  t.connection(
    {
      type: PersonRef,
      description:
        'Who held a post on a day. A holding counts when its known tenure covers the day, or when a source attests ' +
        'it for a period that covers the day (a post attested "as of 2024" covers every day of 2024). Posts are ' +
        'named as the sources name them, so `post` matches any post whose name contains it.',
      args: {
        post: t.arg.string({ required: true, description: 'Part of the post’s name, ignoring case: "Prime Minister", "ambassador".' }),
        on: t.arg({ type: 'Date', required: true, description: 'The day.' }),
        in: t.arg({ type: EntityReferenceRef, description: 'Only posts in this organisation, country or region.' }),
      },
      resolve: async (_root, args, context) => {
        const body = await filterKey(context, args.in, 'in');
        return getPostHolders(context.db, { post: args.post, on: args.on, body }, args);
      },
    },
    { name: 'PostHolderConnection', description: 'A page of post holders.' },
    {
      name: 'PostHolder',
      description: 'A person, the post held, and what shows it was held on the day.',
      fields: (edge) => ({
        in: edge.field({ type: EntityRef, description: 'The organisation, country or region the post is in.', resolve: (edge) => (edge as PostHolding).body }),
        ...relationshipFacts(edge, (edge) => (edge as PostHolding).post),
      }),
    },
  ),
);

editableEntity(PersonRef, 'Person', { fields: (t, required) => ({ name: t.string({ required, description: 'The name the sources use most.' }), }) });

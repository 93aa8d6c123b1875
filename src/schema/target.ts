import { builder } from './builder.ts';
import { editableEntity, PartialDateInputRef } from './editing.ts';
import { EntityReferenceRef, EntityRef, entityType, filterKey, number, partialDate, PartialDateRef, text } from './entity.ts';
import { linkField } from './links.ts';
import { entityListField } from './lists.ts';
import { BoundRef, statementLinks, UnitRef } from './trade-figure.ts';

export const TargetRef = entityType('Target', {
  description: 'A goal someone set or stated, such as $40 billion of bilateral trade, with its deadline where given.',
  fields: (t) => ({
    description: t.string({ description: 'What the target is, in the curator’s words.', resolve: (target) => String(text(target.properties, 'description')) }),
    measure: t.string({ description: 'What it measures, as a slug; the trade measure’s own name (such as `turnover`) where it is a trade measure.', resolve: (target) => String(text(target.properties, 'measure')) }),
    value: t.float({ description: 'The number aimed at, in `unit`.', resolve: (target) => number(target.properties, 'value') ?? 0 }),
    unit: t.field({ type: UnitRef, description: 'The unit of `value`.', resolve: (target) => String(text(target.properties, 'unit')) }),
    bound: t.field({ type: BoundRef, description: 'How the source qualifies the value.', resolve: (target) => String(text(target.properties, 'bound')) }),
    deadline: t.field({ type: PartialDateRef, nullable: true, description: 'When it is to be met, where given.', resolve: (target) => partialDate(target.properties, 'deadline') }),
    setBy: linkField(t, { relationship: 'SET', direction: 'in', to: EntityRef, labels: ['Person', 'Country', 'Organization'], description: 'Who set it.' }),
    ...statementLinks(t),
  }),
});

const TargetFilterRef = builder.inputType('TargetFilter', {
  description: 'Narrows a list of targets.',
  fields: (t) => ({
    name: t.string({ description: 'Part of the description or an alias, ignoring case.' }),
    country: t.field({ type: EntityReferenceRef, description: 'Targets that concern this country.' }),
  }),
});

entityListField({
  field: 'targets',
  type: TargetRef,
  label: 'Target',
  description: 'Targets, by description unless ordered otherwise.',
  filter: TargetFilterRef,
  order: 'NAME',
  toFilter: async (filter, context) => ({ name: filter.name, country: await filterKey(context, filter.country, 'filter.country') }),
});

editableEntity(TargetRef, 'Target', {
  fields: (t, required) => ({
    description: t.string({ required, description: 'What the target is, in the curator’s words.' }),
    measure: t.string({ required, description: 'What it measures, as words-with-dashes; a trade measure’s own name (turnover) where it is one.' }),
    value: t.float({ required, description: 'The number aimed at, in `unit`.' }),
    unit: t.field({ type: UnitRef, required, description: 'The unit of `value`.' }),
    bound: t.field({ type: BoundRef, description: 'How the source qualifies the number; exact when left out.' }),
    deadline: t.field({ type: PartialDateInputRef, description: 'When it is to be reached.' }),
  }),
});

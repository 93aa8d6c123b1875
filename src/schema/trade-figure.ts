import { figuresBeside, getTradeTimelines, type TradePeriod, type TradeTimeline } from '../data/trade-figure.ts';
import { builder } from './builder.ts';
import { editableEntity, PartialDateInputRef } from './editing.ts';
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
  text,
} from './entity.ts';
import { EventRef, missing } from './event.ts';
import { type EntityFields, linkField } from './links.ts';
import { dateRangeFields, entityListField } from './lists.ts';
import { TargetRef } from './target.ts';

export const TradeMeasureRef = datasetEnum('TradeMeasure', 'TradeFigure', 'measure', 'What a trade figure measures.');
export const UnitRef = datasetEnum('Unit', 'TradeFigure', 'unit', 'The unit a figure or target is given in.');
export const BoundRef = datasetEnum('Bound', 'TradeFigure', 'bound', 'How a source qualifies a number: exact, about, more than, less than, at least.');
const GrowthUnitRef = datasetEnum('GrowthUnit', 'TradeFigure', 'growth.unit', 'The unit a change is given in.');

interface Growth {
  value: number;
  unit: string;
  bound: string;
}

const GrowthRef = builder.objectRef<Growth>('Growth').implement({
  description: 'A change against the period before, as a source gives it.',
  fields: (t) => ({
    value: t.exposeFloat('value', { description: 'The change; negative for a fall.' }),
    unit: t.expose('unit', { type: GrowthUnitRef, description: 'Percent, fold, or an amount.' }),
    bound: t.expose('bound', { type: BoundRef, description: 'How the source qualifies it.' }),
  }),
});

export const TradeFigureRef = entityType('TradeFigure', {
  description:
    'A number one source reports for a period, such as the 2023 trade turnover. Where sources disagree, each ' +
    'reported value is a figure of its own, citing its source; `tradeTimeline` sets them side by side.',
  fields: (t) => ({
    measure: t.field({ type: TradeMeasureRef, description: 'What it measures.', resolve: (figure) => String(text(figure.properties, 'measure')) }),
    description: t.string({ description: 'What exactly is counted, in the curator’s words.', resolve: (figure) => String(text(figure.properties, 'description')) }),
    period: t.field({ type: PartialDateRef, description: 'The period it covers.', resolve: (figure) => partialDate(figure.properties, 'period') ?? missing(figure.id, 'period') }),
    value: t.float({ nullable: true, description: 'The number, in `unit`; null where the source gives only a change.', resolve: (figure) => number(figure.properties, 'value') }),
    unit: t.field({ type: UnitRef, description: 'The unit of `value`.', resolve: (figure) => String(text(figure.properties, 'unit')) }),
    bound: t.field({ type: BoundRef, description: 'How the source qualifies the value.', resolve: (figure) => String(text(figure.properties, 'bound')) }),
    growth: t.field({
      type: GrowthRef,
      nullable: true,
      description: 'The change against the period before, where given.',
      resolve: ({ properties }) => {
        const value = number(properties, 'growthValue');
        return value === null ? null : { value, unit: String(properties.growthUnit), bound: String(properties.growthBound) };
      },
    }),
    otherSourcesFigures: t.field({
      type: [TradeFigureRef],
      description:
        'The figures other sources give for the same measure, parties, unit and period: those `tradeTimelines` sets ' +
        'beside this one, so that values that disagree can be shown side by side. Empty when no other source gives one.',
      resolve: (figure, _args, { loaders }) => figuresBeside(loaders, figure),
    }),
    ...statementLinks(t),
  }),
});

/** What figures and targets share: who stated them, where, and what they concern. */
export function statementLinks(t: EntityFields) {
  return {
    statedBy: linkField(t, { relationship: 'STATED', direction: 'in', to: EntityRef, labels: ['Person', 'Organization'], description: 'Who stated it.' }),
    statedAt: linkField(t, { relationship: 'STATED_AT', direction: 'out', to: EventRef, labels: ['Event'], order: 'DATE', description: 'Where it was stated.' }),
    concerns: linkField(t, {
      relationship: 'CONCERNS',
      direction: 'out',
      to: EntityRef,
      labels: ['Entity'],
      description: 'The countries, regions and goods it concerns, with their roles (reporter, partner, exporter, ...).',
    }),
  };
}

const TradeFigureFilterRef = builder.inputType('TradeFigureFilter', {
  description: 'Narrows a list of trade figures.',
  fields: (t) => ({
    measure: t.field({ type: [TradeMeasureRef], description: 'Figures of any of these measures.' }),
    country: t.field({ type: EntityReferenceRef, description: 'Figures that concern this country.' }),
    ...dateRangeFields(t, { from: 'Figures whose period had not ended before this day.', to: 'Figures whose period had begun by this day.' }),
  }),
});

entityListField({
  field: 'tradeFigures',
  type: TradeFigureRef,
  label: 'TradeFigure',
  description: 'Trade figures, earliest period first unless ordered otherwise.',
  filter: TradeFigureFilterRef,
  order: 'DATE',
  toFilter: async (filter, context) => ({
    propertyIn: [{ property: 'measure', values: filter.measure ?? [] }],
    country: await filterKey(context, filter.country, 'filter.country'),
    from: filter.from,
    to: filter.to,
  }),
});

const TradePeriodRef = builder.objectRef<TradePeriod>('TradePeriod').implement({
  description: 'One period of a timeline, and every figure reported for it, side by side.',
  fields: (t) => ({
    period: t.field({ type: PartialDateRef, description: 'The period.', resolve: (period) => partialDate(firstOf(period).properties, 'period') ?? missing(firstOf(period).id, 'period') }),
    figures: t.field({ type: [TradeFigureRef], description: 'Each source’s figure for the period, with its value and citations.', resolve: (period) => period.figures }),
    values: t.floatList({ description: 'The distinct values reported, smallest first.', resolve: (period) => distinctValues(period) }),
    sourcesDisagree: t.boolean({
      description: 'True when the figures for the period give different values (or qualify the same value differently).',
      resolve: (period) => new Set(period.figures.map((figure) => `${figure.properties.value}|${figure.properties.bound}`)).size > 1,
    }),
  }),
});

const TradeTimelineRef = builder.objectRef<TradeTimeline>('TradeTimeline').implement({
  description: 'A measure between one set of parties, in one unit, period by period, with the targets set for it.',
  fields: (t) => ({
    measure: t.field({ type: TradeMeasureRef, description: 'What is measured.', resolve: (timeline) => timeline.measure }),
    parties: t.field({ type: [EntityRef], description: 'The countries and regions the figures concern.', resolve: (timeline, _args, { loaders }) => presentNodes(loaders, timeline.parties) }),
    unit: t.field({ type: UnitRef, description: 'The unit of every figure and target on it.', resolve: (timeline) => timeline.unit }),
    periods: t.field({ type: [TradePeriodRef], description: 'Earliest first.', resolve: (timeline) => timeline.periods }),
    targets: t.field({ type: [TargetRef], description: 'Targets for the same measure, in the same unit, that concern the same parties: what the figures are set against.', resolve: (timeline) => timeline.targets }),
  }),
});

builder.queryField('tradeTimelines', (t) =>
  t.field({
    type: [TradeTimelineRef],
    description:
      'Trade figures for a measure as timelines, one per set of parties and unit (Kazakhstan–China turnover in ' +
      'USD is one, Central Asia–China another), with every source’s value for a period side by side.',
    args: {
      measure: t.arg({ type: TradeMeasureRef, required: true, description: 'What to measure.' }),
      between: t.arg({ type: [EntityReferenceRef], description: 'Only figures that concern all of these countries or regions.' }),
      from: t.arg({ type: 'Date', description: 'Only periods that had not ended before this day.' }),
      to: t.arg({ type: 'Date', description: 'Only periods that had begun by this day.' }),
    },
    resolve: async (_root, args, context) => {
      const between = await Promise.all((args.between ?? []).map((party, index) => filterKey(context, party, `between[${index}]`)));
      return getTradeTimelines(context.db, { measure: args.measure, between: between.filter((key) => key !== null), from: args.from, to: args.to });
    },
  }),
);

function firstOf(period: TradePeriod) {
  const [first] = period.figures;
  if (!first) throw new Error('A trade period without figures');
  return first;
}

function distinctValues(period: TradePeriod): number[] {
  const values = period.figures.map((figure) => figure.properties.value).filter((value): value is number => typeof value === 'number');
  return [...new Set(values)].sort((a, b) => a - b);
}

const GrowthInputRef = builder.inputType('GrowthInput', {
  description: 'A change against the period before, as a source gives it.',
  fields: (t) => ({
    value: t.float({ required: true, description: 'The change; negative for a fall.' }),
    unit: t.field({ type: GrowthUnitRef, required: true, description: 'Percent, fold, or an amount.' }),
    bound: t.field({ type: BoundRef, description: 'How the source qualifies it; exact when left out.' }),
  }),
});

editableEntity(TradeFigureRef, 'TradeFigure', {
  fields: (t, required) => ({
    measure: t.field({ type: TradeMeasureRef, required, description: 'What it measures.' }),
    description: t.string({ required, description: 'What the figure is, in the curator’s words.' }),
    period: t.field({ type: PartialDateInputRef, required, description: 'The period it covers.' }),
    value: t.float({ description: 'The number, in `unit`; left out when a source gives only the change.' }),
    unit: t.field({ type: UnitRef, required, description: 'The unit of `value`.' }),
    bound: t.field({ type: BoundRef, description: 'How the source qualifies the number; exact when left out.' }),
    growth: t.field({ type: GrowthInputRef, description: 'The change against the period before.' }),
  }),
});

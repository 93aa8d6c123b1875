import type { TradeMeasure, TradeTimelinesQuery, Unit } from '../../api/generated.ts';
import type { CsvColumn } from '../export/csv.ts';
import { capitalised, dayAfter, dayStart, enumWords, formatFigure, formatValue, unitWords } from './format.ts';

/*
 * The trade timeline turned into what the chart, the table and the CSV draw: one row per source's figure and
 * per target, sources named and coloured once. DOM-free, so it can be checked without a browser.
 */

export type Timeline = TradeTimelinesQuery['tradeTimelines'][number];
type Figure = Timeline['periods'][number]['figures'][number];
type CitedSource = Figure['citations'][number]['source'];

export const TRADE_MEASURES: TradeMeasure[] = [
  'TURNOVER',
  'EXPORTS',
  'IMPORTS',
  'AGRICULTURAL_TRADE',
  'SHARE_OF_TURNOVER',
  'INVESTMENT',
  'CONTRACTS',
  'EXPORT_OFFER',
  'JOINT_PROJECTS',
  'JOINT_VENTURES',
  'CONTAINER_TRAFFIC',
  'ROAD_CARGO',
  'TRANSIT_VOLUME',
];

/** A colour per source: Observable's ten categorical colours, chosen to be told apart (colour-blind safe-ish). */
const SOURCE_COLOURS = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5', '#9c6b4e', '#9498a0'];

export interface ChartSource {
  id: string;
  /** Short, for the legend: the publisher, or the headline when the publisher is not known. */
  label: string;
  /** Everything known, for a tooltip: headline, publisher and date. */
  description: string;
  colour: string;
}

export interface FigureRow {
  kind: 'figure';
  id: string;
  key: string;
  name: string;
  periodText: string;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  display: string;
  source: ChartSource;
  /** Where the period's sources disagree: the other values, in words, for the tooltip and the table. */
  disagreesWith: string[];
  /** Position among the period's figures, so figures of one period stand side by side. */
  slot: number;
  slots: number;
}

export interface TargetRow {
  kind: 'target';
  id: string;
  key: string;
  name: string;
  value: number;
  display: string;
  deadlineText: string | null;
  deadlineEnd: string | null;
}

export interface TradeChartData {
  unit: Unit;
  title: string;
  sources: ChartSource[];
  figures: FigureRow[];
  targets: TargetRow[];
  /** Periods where the sources give different values. */
  disagreements: { periodText: string; start: string; end: string; values: string[] }[];
}

/** Publishers the dataset could not name are recorded as "Unknown (...)" or "Unnamed ..."; the headline says more. */
function sourceLabel(source: CitedSource): string {
  return /^(unknown|unnamed)\b/i.test(source.publisher) ? source.title : source.publisher;
}

const UNCITED: CitedSource = { __typename: 'Source', id: 'uncited', title: 'No source cited', publisher: 'No source cited', published: null };

function chartSources(timeline: Timeline): Map<string, ChartSource> {
  const sources = new Map<string, ChartSource>();
  for (const figure of timeline.periods.flatMap((period) => period.figures)) {
    const source = figure.citations[0]?.source ?? UNCITED;
    if (sources.has(source.id)) continue;
    const published = source.published ? `, ${source.published.text}` : '';
    sources.set(source.id, {
      id: source.id,
      label: sourceLabel(source),
      description: `${source.title} (${source.publisher}${published})`,
      colour: SOURCE_COLOURS[sources.size % SOURCE_COLOURS.length]!,
    });
  }
  // Two sources of one publisher would share a legend entry; their dates tell them apart.
  const labels = [...sources.values()].map((source) => source.label);
  for (const source of sources.values()) {
    if (labels.filter((label) => label === source.label).length > 1) source.label = source.description;
  }
  return sources;
}

/** Which timeline of a measure it is: "China–Kazakhstan, in US dollars". */
export function timelineParties(timeline: Timeline): string {
  const parties = timeline.parties.map((party) => party.name).join('–');
  return `${parties || 'All parties'}, in ${unitWords(timeline.unit)}`;
}

export function timelineTitle(timeline: Timeline): string {
  return `${capitalised(enumWords(timeline.measure))}: ${timelineParties(timeline)}`;
}

export function tradeChartData(timeline: Timeline): TradeChartData {
  const sources = chartSources(timeline);
  const figures = timeline.periods.flatMap((period) =>
    period.figures.map((figure, slot): FigureRow => {
      const display = formatFigure(figure.value, timeline.unit, figure.bound);
      const others = period.figures.filter((other) => other !== figure && other.value !== figure.value);
      return {
        kind: 'figure',
        id: figure.id,
        key: figure.key,
        name: figure.name,
        periodText: period.period.text,
        periodStart: period.period.start,
        periodEnd: period.period.end,
        value: figure.value,
        display,
        source: sources.get(figure.citations[0]?.source.id ?? UNCITED.id)!,
        disagreesWith: period.sourcesDisagree
          ? others.map((other) => `${formatFigure(other.value, timeline.unit, other.bound)} (${sources.get(other.citations[0]?.source.id ?? UNCITED.id)!.label})`)
          : [],
        slot,
        slots: period.figures.length,
      };
    }),
  );
  const targets = timeline.targets.map(
    (target): TargetRow => ({
      kind: 'target',
      id: target.id,
      key: target.key,
      name: target.name,
      value: target.value,
      display: formatFigure(target.value, timeline.unit, target.bound),
      deadlineText: target.deadline?.text ?? null,
      deadlineEnd: target.deadline?.end ?? null,
    }),
  );
  const disagreements = timeline.periods
    .filter((period) => period.sourcesDisagree)
    .map((period) => ({
      periodText: period.period.text,
      start: period.period.start,
      end: period.period.end,
      values: period.values.map((value) => formatValue(value, timeline.unit)),
    }));
  return { unit: timeline.unit, title: timelineTitle(timeline), sources: [...sources.values()], figures, targets, disagreements };
}

/** What a figure's dot says on hover: period, source, value, and the other sources' values where they disagree. */
export function figureTooltip(row: FigureRow): string {
  const lines = [`${row.periodText}: ${row.display}`, `Source: ${row.source.description}`];
  if (row.disagreesWith.length > 0) lines.push(`Sources disagree; also reported: ${row.disagreesWith.join('; ')}`);
  lines.push('Click to open it on the canvas.');
  return lines.join('\n');
}

export function targetCaption(row: TargetRow): string {
  return `Target ${row.display}${row.deadlineText ? ` by ${row.deadlineText}` : ', no deadline given'}`;
}

/**
 * Where a figure's dot goes on the time axis: the middle of its period, moved aside by its slot so that two
 * sources' figures for one period stand side by side (a tenth of the period each, at most two months).
 */
export function figureX(row: FigureRow): Date {
  const start = dayStart(row.periodStart).getTime();
  const end = dayAfter(row.periodEnd).getTime();
  const step = Math.min((end - start) / 10, 61 * 86_400_000);
  return new Date((start + end) / 2 + (row.slot - (row.slots - 1) / 2) * step);
}

/** The table's rows as CSV: figures first, period by period, then the targets. */
export function tradeCsvColumns(unit: Unit): CsvColumn<FigureRow | TargetRow>[] {
  return [
  { header: 'kind', value: (row) => row.kind },
  { header: 'period or deadline', value: (row) => (row.kind === 'figure' ? row.periodText : row.deadlineText) },
  { header: 'source', value: (row) => (row.kind === 'figure' ? row.source.description : null) },
  { header: 'value', value: (row) => row.value },
  { header: 'unit', value: () => unit },
  { header: 'as stated', value: (row) => row.display },
  { header: 'sources disagree', value: (row) => (row.kind === 'figure' ? row.disagreesWith.length > 0 : null) },
  { header: 'name', value: (row) => row.name },
  { header: 'key', value: (row) => row.key },
  ];
}

/** The timeline between Kazakhstan and China when there is one, since that is what the explorer is about. */
export function preferredTimeline(timelines: readonly Timeline[]): number {
  const index = timelines.findIndex((timeline) => {
    const names = timeline.parties.map((party) => party.name);
    return names.includes('Kazakhstan') && names.includes('China') && names.length === 2;
  });
  return Math.max(index, 0);
}

import type { Node } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { type GraphNode, toGraphNode } from '../db/values.ts';
import { dayRange } from './entity.ts';
import type { RequestLoaders } from './loaders.ts';

const figuresForMeasure = cypher('trade-figure/figures-for-measure');
const targetsForMeasure = cypher('trade-figure/targets-for-measure');

/** Figures of one measure for one set of parties, in one unit, period by period, with the targets for them. */
export interface TradeTimeline {
  measure: string;
  parties: string[];
  unit: string;
  periods: TradePeriod[];
  targets: GraphNode[];
}

/** Every figure reported for one period, side by side, one per source that reports it. */
export interface TradePeriod {
  figures: GraphNode[];
}

/**
 * Trade figures as timelines: one per set of parties and unit (Kazakhstan–China turnover in USD is one,
 * Central Asia–China another), so that figures in one period of a timeline disagree only when their
 * sources do. `between` keeps the timelines whose figures concern all of those parties.
 */
export async function getTradeTimelines(
  db: Database,
  query: { measure: string; between: string[]; from?: string | null | undefined; to?: string | null | undefined },
): Promise<TradeTimeline[]> {
  const [figures, targets] = await Promise.all([
    readFigures(db, { measures: [query.measure], between: query.between, from: query.from, to: query.to }),
    db.read<{ target: Node; parties: string[] }>(targetsForMeasure, { measure: query.measure, between: query.between }),
  ]);
  const timelines = timelinesOf(figures);
  for (const row of targets) {
    const target = toGraphNode(row.target);
    timelines.get(timelineKey(query.measure, row.parties, String(target.properties.unit)))?.targets.push(target);
  }
  return [...timelines.values()];
}

/**
 * The figures `tradeTimelines` sets in the same period beside this one: the other sources' figures for its
 * measure, parties, unit and period. Every figure of a request asking shares one statement.
 */
export async function figuresBeside(loaders: RequestLoaders, figure: GraphNode): Promise<GraphNode[]> {
  const timelines = await loaders
    .get('trade timelines of measures', async (db, measures) => {
      const all = [...timelinesOf(await readFigures(db, { measures, between: [] })).values()];
      return measures.map((measure) => all.filter((timeline) => timeline.measure === measure));
    })
    .load(String(figure.properties.measure));
  const period = timelines.flatMap((timeline) => timeline.periods).find((candidate) => candidate.figures.some(({ id }) => id === figure.id));
  return (period?.figures ?? []).filter(({ id }) => id !== figure.id);
}

interface FigureRow {
  figure: Node;
  parties: string[];
}

function readFigures(
  db: Database,
  query: { measures: readonly string[]; between: string[]; from?: string | null | undefined; to?: string | null | undefined },
): Promise<FigureRow[]> {
  return db.read<FigureRow>(figuresForMeasure, { measures: query.measures, between: query.between, ...dayRange(query.from, query.to) });
}

function timelineKey(measure: string, parties: string[], unit: string): string {
  return JSON.stringify([measure, parties, unit]);
}

/** Figures grouped into timelines by measure, parties and unit, and within each into periods. */
function timelinesOf(rows: FigureRow[]): Map<string, TradeTimeline> {
  const timelines = new Map<string, TradeTimeline>();
  for (const row of rows) {
    const figure = toGraphNode(row.figure);
    const measure = String(figure.properties.measure);
    const unit = String(figure.properties.unit);
    const key = timelineKey(measure, row.parties, unit);
    const timeline = timelines.get(key) ?? { measure, parties: row.parties, unit, periods: [], targets: [] };
    timelines.set(key, timeline);
    // Rows come ordered by period, so a period's figures are adjacent.
    const last = timeline.periods.at(-1);
    if (last && last.figures[0]?.properties.period === figure.properties.period) last.figures.push(figure);
    else timeline.periods.push({ figures: [figure] });
  }
  return timelines;
}

import type { Node } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { type GraphNode, toGraphNode } from '../db/values.ts';
import { dayRange } from './entity.ts';

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
    db.read<{ figure: Node; parties: string[] }>(figuresForMeasure, {
      measure: query.measure,
      between: query.between,
      ...dayRange(query.from, query.to),
    }),
    db.read<{ target: Node; parties: string[] }>(targetsForMeasure, { measure: query.measure, between: query.between }),
  ]);
  const timelines = new Map<string, TradeTimeline>();
  for (const row of figures) {
    const figure = toGraphNode(row.figure);
    const unit = String(figure.properties.unit);
    const key = JSON.stringify([row.parties, unit]);
    const timeline = timelines.get(key) ?? { measure: query.measure, parties: row.parties, unit, periods: [], targets: [] };
    timelines.set(key, timeline);
    // Rows come ordered by period, so a period's figures are adjacent.
    const last = timeline.periods.at(-1);
    if (last && last.figures[0]?.properties.period === figure.properties.period) last.figures.push(figure);
    else timeline.periods.push({ figures: [figure] });
  }
  for (const row of targets) {
    const target = toGraphNode(row.target);
    const timeline = timelines.get(JSON.stringify([row.parties, String(target.properties.unit)]));
    timeline?.targets.push(target);
  }
  return [...timelines.values()];
}

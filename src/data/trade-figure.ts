import neo4j from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';

const figuresForMeasureBetweenCountriesInYear = cypher('trade-figure/figures-for-measure-between-countries-in-year');

export interface ReportedFigure {
  id: string;
  value: number | null;
  unit: string;
  bound: string;
  period: string;
  periodInferred: boolean;
  sources: string[];
}

/** Every source's figure for a measure between two countries in a year, disagreements included. */
export function getFiguresInYear(
  db: Database,
  query: { measure: string; country: string; partner: string; year: number },
): Promise<ReportedFigure[]> {
  // A JavaScript number reaches Cypher as a float, and date() wants an integer year.
  return db.read<ReportedFigure>(figuresForMeasureBetweenCountriesInYear, { ...query, year: neo4j.int(query.year) });
}

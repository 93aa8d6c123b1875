import type { EventKind, EventsTimelineQuery } from '../../api/generated.ts';
import type { CsvColumn } from '../export/csv.ts';
import { enumWords } from './format.ts';

/** Events as the timeline, its list and its CSV show them. DOM-free. */

export interface EventRow {
  /** 1-based, as the list numbers it and the chart's axis labels it. */
  number: number;
  id: string;
  key: string;
  name: string;
  kind: EventKind;
  dateText: string;
  start: string;
  end: string;
  /** One day (as precise as a source gives it, or inferred to the day): a dot; otherwise a bar over the range. */
  singleDay: boolean;
  /** Known to the day at both ends (a two-day summit, say) rather than only to the month or year. */
  dayPrecise: boolean;
  inferred: boolean;
  basis: string | null;
  place: string;
}

/** A colour per kind of event, fixed, so a summit is the same colour whichever events are shown. */
export const EVENT_KIND_COLOURS: Record<EventKind, string> = {
  SUMMIT: '#4269d0',
  OFFICIAL_VISIT: '#efb118',
  BILATERAL_MEETING: '#ff725c',
  TALKS: '#6cc5b0',
  FORUM: '#3ca951',
  EXPO: '#ff8ab7',
  B2B_NEGOTIATIONS: '#a463f2',
  CEREMONY: '#9c6b4e',
};

export function eventRows(events: EventsTimelineQuery['events']['nodes']): EventRow[] {
  return events.map((event, index) => ({
    number: index + 1,
    id: event.id,
    key: event.key,
    name: event.name,
    kind: event.kind,
    dateText: event.date.text,
    start: event.date.start,
    end: event.date.end,
    singleDay: event.date.start === event.date.end,
    dayPrecise: event.date.precision === 'DAY',
    inferred: event.date.inferred,
    basis: event.date.basis,
    place: event.place.nodes.map((place) => place.name).join(', '),
  }));
}

/** When, as the list says it: the date as given, and the days it can mean when that is not plain. */
export function describeDate(row: EventRow): string {
  const when = row.singleDay || row.dayPrecise ? row.dateText : `${row.dateText} (between ${row.start} and ${row.end})`;
  return row.inferred ? `${when}, inferred` : when;
}

/** When, with how an inferred date was worked out, for a tooltip. */
export function explainDate(row: EventRow): string {
  return row.inferred && row.basis ? `${describeDate(row)}: ${row.basis}` : describeDate(row);
}

export const EVENT_CSV_COLUMNS: CsvColumn<EventRow>[] = [
  { header: 'name', value: (row) => row.name },
  { header: 'kind', value: (row) => enumWords(row.kind) },
  { header: 'date', value: (row) => row.dateText },
  { header: 'start', value: (row) => row.start },
  { header: 'end', value: (row) => row.end },
  { header: 'place', value: (row) => row.place },
  { header: 'key', value: (row) => row.key },
];

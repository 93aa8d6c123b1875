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
  /** Day-precise and stated by a source; otherwise the chart draws the range the date can mean. */
  exact: boolean;
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
    exact: event.date.precision === 'DAY' && event.date.start === event.date.end && !event.date.inferred,
    inferred: event.date.inferred,
    basis: event.date.basis,
    place: event.place.nodes.map((place) => place.name).join(', '),
  }));
}

/** How the list and the tooltip say when: "2023-05-18 to 2023-05-19", "sometime in 2024 (inferred: ...)". */
export function describeDate(row: EventRow): string {
  const range = row.start === row.end ? row.start : `between ${row.start} and ${row.end}`;
  const when = row.exact || row.dateText === row.start ? row.dateText : `${row.dateText} (${range})`;
  return row.inferred ? `${when}, inferred${row.basis ? `: ${row.basis}` : ''}` : when;
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

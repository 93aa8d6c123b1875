import * as Plot from '@observablehq/plot';
import { type JSX, useCallback, useMemo } from 'react';
import { type EventKind, EventsTimelineDocument, type EventsTimelineQuery } from '../../api/generated.ts';
import { useQuery } from '../../api/use-query.ts';
import { toCsv } from '../export/csv.ts';
import { downloadText } from '../export/download.ts';
import { slug } from '../export/file-names.ts';
import type { ViewFilters } from '../model/types.ts';
import { describeDate, EVENT_CSV_COLUMNS, EVENT_KIND_COLOURS, type EventRow, eventRows, explainDate } from './events-data.ts';
import { dayAfter, dayStart, enumWords } from './format.ts';
import { openHref, PlotFigure } from './PlotFigure.tsx';
import { Explanation, WithAnswer } from './Status.tsx';
import './views.css';

const PAGE = 100;

/**
 * Events across time within the canvas's date range: a bar over the days each date can mean (a month, a year
 * when the source says no more), a dot on the day where it is exact, coloured by kind; numbered, and listed
 * with the same numbers beside the chart.
 */
export function EventsView({ filters, onOpenEntity }: { filters: ViewFilters; onOpenEntity(id: string): void }): JSX.Element {
  const state = useQuery(EventsTimelineDocument, { from: filters.dateFrom, to: filters.dateTo, first: PAGE });
  const range = rangeInWords(filters);
  return (
    <section className="research-view events-view" aria-label="Events timeline">
      <p className="view-range">Events {range}.</p>
      <WithAnswer state={state} what="events">
        {(data) => <EventsAnswer events={data.events} filters={filters} range={range} onOpenEntity={onOpenEntity} />}
      </WithAnswer>
    </section>
  );
}

function EventsAnswer({
  events,
  filters,
  range,
  onOpenEntity,
}: {
  events: EventsTimelineQuery['events'];
  filters: ViewFilters;
  range: string;
  onOpenEntity(id: string): void;
}): JSX.Element {
  const rows = useMemo(() => eventRows(events.nodes), [events]);
  if (rows.length === 0) {
    return (
      <Explanation>
        <p>No event in the graph falls {range}. Widen the date range in the filters to see more.</p>
      </Explanation>
    );
  }
  return (
    <>
      <EventsChart rows={rows} dateFrom={filters.dateFrom} dateTo={filters.dateTo} onOpenEntity={onOpenEntity} />
      {events.totalCount > rows.length && (
        <p className="view-status">
          Showing the first {rows.length} of {events.totalCount} events; narrow the date range to see the rest.
        </p>
      )}
      <EventList rows={rows} range={range} onOpenEntity={onOpenEntity} />
    </>
  );
}

function rangeInWords({ dateFrom, dateTo }: ViewFilters): string {
  if (dateFrom && dateTo) return `from ${dateFrom} to ${dateTo}`;
  if (dateFrom) return `from ${dateFrom} on`;
  if (dateTo) return `up to ${dateTo}`;
  return 'at any date';
}

/** The events' own extent, cut to the filter's range: an event of a whole year need not stretch the axis. */
function timeDomain(rows: EventRow[], dateFrom: string | null, dateTo: string | null): [Date, Date] {
  const start = Math.min(...rows.map((row) => dayStart(row.start).getTime()));
  const end = Math.max(...rows.map((row) => dayAfter(row.end).getTime()));
  const from = dateFrom ? Math.max(start, dayStart(dateFrom).getTime()) : start;
  const to = dateTo ? Math.min(end, dayAfter(dateTo).getTime()) : end;
  return [new Date(from), new Date(Math.max(to, from + 86_400_000))];
}

function drawEventsChart(rows: EventRow[], dateFrom: string | null, dateTo: string | null, width: number): Element {
  const kinds = [...new Set(rows.map((row) => row.kind))];
  const y = (row: EventRow) => String(row.number);
  const ranges = rows.filter((row) => !row.singleDay);
  const days = rows.filter((row) => row.singleDay);
  const common = {
    y,
    title: (row: EventRow) =>
      `${row.number}. ${row.name}\n${enumWords(row.kind)}, ${explainDate(row)}${row.place ? `\n${row.place}` : ''}\nClick to open it on the canvas.`,
    href: (row: EventRow) => openHref(row.id),
    ariaLabel: (row: EventRow) => `${row.number}. ${row.name}, ${describeDate(row)}. Open on the canvas.`,
  };
  const domain = timeDomain(rows, dateFrom, dateTo);
  // A range of a day or two is narrower than a pixel on an axis of years: every bar is drawn at least 8 px wide.
  const minimum = ((domain[1].getTime() - domain[0].getTime()) / Math.max(width - 44, 1)) * 8;
  const x1 = (row: EventRow) => dayStart(row.start);
  const x2 = (row: EventRow) => new Date(Math.max(dayAfter(row.end).getTime(), dayStart(row.start).getTime() + minimum));
  return Plot.plot({
    width,
    height: 40 + rows.length * 24,
    marginLeft: 32,
    marginRight: 20,
    style: { fontSize: '12px' },
    x: { type: 'utc', domain, label: null, grid: true },
    y: { domain: rows.map(y), label: null, tickSize: 0 },
    color: { domain: kinds, range: kinds.map((kind) => EVENT_KIND_COLOURS[kind]) },
    marks: [
      // A range: solid where the source gives both days (a two-day summit), pale where only a month or year.
      Plot.barX(ranges, {
        ...common,
        x1,
        x2,
        fill: 'kind',
        fillOpacity: (row: EventRow) => (row.dayPrecise ? 0.9 : 0.35),
        insetTop: 3,
        insetBottom: 3,
        clip: true,
        className: 'event-bar',
      }),
      // Dates worked out rather than stated: a dashed outline (Plot takes one dash pattern per mark).
      Plot.barX(
        ranges.filter((row) => row.inferred),
        { y, x1, x2, stroke: 'kind', strokeDasharray: '3,2', fill: 'none', insetTop: 3, insetBottom: 3, clip: true },
      ),
      // A single day would be a sliver on an axis of months: a dot, hollow when the day was inferred.
      Plot.dot(days, {
        ...common,
        x: (row: EventRow) => new Date((dayStart(row.start).getTime() + dayAfter(row.end).getTime()) / 2),
        // Colours as values rather than through the scale: a hollow dot's white is no kind.
        fill: (row: EventRow) => (row.inferred ? 'white' : EVENT_KIND_COLOURS[row.kind]),
        stroke: (row: EventRow) => EVENT_KIND_COLOURS[row.kind],
        strokeWidth: 2,
        r: 5,
        className: 'event-dot',
      }),
    ],
  });
}

function EventsChart({
  rows,
  dateFrom,
  dateTo,
  onOpenEntity,
}: {
  rows: EventRow[];
  dateFrom: string | null;
  dateTo: string | null;
  onOpenEntity(id: string): void;
}): JSX.Element {
  // Redrawn when the events or the range change, not whenever the App renders with an equal filter object.
  const draw = useCallback((width: number) => drawEventsChart(rows, dateFrom, dateTo, width), [rows, dateFrom, dateTo]);
  const kinds = useMemo(() => [...new Set(rows.map((row) => row.kind))], [rows]);
  return (
    <figure className="view-chart">
      <figcaption>Timeline</figcaption>
      <KindLegend kinds={kinds} />
      <PlotFigure draw={draw} label="Timeline of the events, numbered as in the list" onOpen={onOpenEntity} className="events-chart" />
    </figure>
  );
}

function KindLegend({ kinds }: { kinds: EventKind[] }): JSX.Element {
  return (
    <ul className="view-legend" aria-label="Kinds of event">
      {kinds.map((kind) => (
        <li key={kind}>
          <span className="swatch" style={{ background: EVENT_KIND_COLOURS[kind] }} aria-hidden="true" />
          {enumWords(kind)}
        </li>
      ))}
      <li>pale bar: known only to the month or year; dashed or hollow: inferred</li>
    </ul>
  );
}

function EventList({ rows, range, onOpenEntity }: { rows: EventRow[]; range: string; onOpenEntity(id: string): void }): JSX.Element {
  const exportCsv = () => downloadText(toCsv(rows, EVENT_CSV_COLUMNS), `events-${slug(range, 60)}.csv`, 'text/csv;charset=utf-8');
  return (
    <div className="view-table-block">
      <div className="view-table-head">
        <h3>{rows.length === 1 ? '1 event' : `${rows.length} events`}</h3>
        <button type="button" onClick={exportCsv} aria-label="Export the list of events as CSV">
          Export CSV
        </button>
      </div>
      <ol className="event-list" aria-label="Events, earliest first">
        {rows.map((row) => (
          <li key={row.id} data-key={row.key} title={row.inferred && row.basis ? `How the date was inferred: ${row.basis}` : undefined}>
            <span className="event-number" aria-hidden="true">
              {row.number}
            </span>
            <button type="button" className="link-button" onClick={() => onOpenEntity(row.id)} aria-label={`Open ${row.name} on the canvas`}>
              {row.name}
            </button>
            <span className="event-meta">
              <span className="swatch" style={{ background: EVENT_KIND_COLOURS[row.kind] }} aria-hidden="true" /> {enumWords(row.kind)} ·{' '}
              {describeDate(row)}
              {row.place && ` · ${row.place}`}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}


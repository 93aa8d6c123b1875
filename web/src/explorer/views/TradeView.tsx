import * as Plot from '@observablehq/plot';
import { type JSX, useCallback, useMemo, useState } from 'react';
import { type TradeMeasure, TradeTimelinesDocument } from '../../api/generated.ts';
import { useQuery } from '../../api/use-query.ts';
import { toCsv } from '../export/csv.ts';
import { downloadText } from '../export/download.ts';
import { slug } from '../export/file-names.ts';
import { ENTITY_STYLE } from '../model/styles.ts';
import { dayAfter, dayStart, enumWords, formatValue, unitWords } from './format.ts';
import { openHref, PlotFigure } from './PlotFigure.tsx';
import { Explanation, WithAnswer } from './Status.tsx';
import {
  type FigureRow,
  figureTooltip,
  figureX,
  preferredTimeline,
  type TargetRow,
  type Timeline,
  TRADE_MEASURES,
  targetCaption,
  timelineParties,
  timelineTitle,
  tradeChartData,
  type TradeChartData,
  tradeCsvColumns,
} from './trade-data.ts';
import './views.css';

/**
 * A trade measure over time: every source's figure for each period side by side, the periods where they
 * disagree marked, and the targets set for the measure drawn against them; the same as a table, and as CSV.
 */
export function TradeView({ onOpenEntity }: { onOpenEntity(id: string): void }): JSX.Element {
  const [measure, setMeasure] = useState<TradeMeasure>('TURNOVER');
  const state = useQuery(TradeTimelinesDocument, { measure });

  return (
    <section className="research-view trade-view" aria-label="Trade timeline">
      <div className="view-controls">
        <label>
          Measure{' '}
          <select value={measure} onChange={(event) => setMeasure(event.target.value as TradeMeasure)} aria-label="Trade measure">
            {TRADE_MEASURES.map((value) => (
              <option key={value} value={value}>
                {enumWords(value)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <WithAnswer state={state} what="trade figures">
        {(data) =>
          data.tradeTimelines.length === 0 ? (
            <Explanation>
              <p>No source in the graph gives a figure for {enumWords(measure)}. Choose another measure.</p>
            </Explanation>
          ) : (
            <Timelines key={measure} timelines={data.tradeTimelines} onOpenEntity={onOpenEntity} />
          )
        }
      </WithAnswer>
    </section>
  );
}

/** A measure can have several timelines (Kazakhstan–China, China–Central Asia, ...): one is shown at a time. */
function Timelines({ timelines, onOpenEntity }: { timelines: Timeline[]; onOpenEntity(id: string): void }): JSX.Element {
  const [chosen, setChosen] = useState(() => preferredTimeline(timelines));
  const timeline = timelines[chosen] ?? timelines[0]!;
  const data = useMemo(() => tradeChartData(timeline), [timeline]);
  return (
    <>
      {timelines.length > 1 && (
        <div className="view-controls">
          <label>
            Between{' '}
            <select value={chosen} onChange={(event) => setChosen(Number(event.target.value))} aria-label="Parties and unit of the timeline">
              {timelines.map((option, index) => (
                <option key={timelineTitle(option)} value={index}>
                  {timelineParties(option)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <TradeChart data={data} onOpenEntity={onOpenEntity} />
      <TradeTable data={data} onOpenEntity={onOpenEntity} />
    </>
  );
}

function Legend({ data }: { data: TradeChartData }): JSX.Element {
  return (
    <ul className="view-legend" aria-label="Sources">
      {data.sources.map((source) => (
        <li key={source.id} title={source.description}>
          <span className="swatch" style={{ background: source.colour }} aria-hidden="true" />
          {source.label}
        </li>
      ))}
      {data.targets.length > 0 && (
        <li>
          <span className="swatch swatch-rule" style={{ borderColor: ENTITY_STYLE.Target.colour }} aria-hidden="true" />
          Target
        </li>
      )}
      {data.disagreements.length > 0 && (
        <li>
          <span className="swatch swatch-disagree" aria-hidden="true" />
          Sources disagree
        </li>
      )}
    </ul>
  );
}

/** From the first period's start to the last period's end or the latest deadline, whichever is later. */
function timeDomain(data: TradeChartData): [Date, Date] {
  const starts = data.figures.map((row) => dayStart(row.periodStart).getTime());
  const ends = [
    ...data.figures.map((row) => dayAfter(row.periodEnd).getTime()),
    ...data.targets.flatMap((row) => (row.deadlineEnd ? [dayAfter(row.deadlineEnd).getTime()] : [])),
  ];
  return [new Date(Math.min(...starts)), new Date(Math.max(...ends))];
}

function drawTradeChart(data: TradeChartData, width: number): Element {
  const [from, to] = timeDomain(data);
  const plotted = data.figures.filter((row): row is FigureRow & { value: number } => row.value !== null);
  const targetEnd = (row: TargetRow) => (row.deadlineEnd ? dayAfter(row.deadlineEnd) : to);
  const targetColour = ENTITY_STYLE.Target.colour;
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 56,
    marginRight: 20,
    marginTop: 28,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { type: 'utc', domain: [from, to], label: null },
    y: { grid: true, zero: true, label: unitWords(data.unit), tickFormat: (value: number) => formatValue(value, data.unit) },
    color: { type: 'categorical', domain: data.sources.map((source) => source.id), range: data.sources.map((source) => source.colour) },
    marks: [
      // Where sources disagree: the whole period shaded, and said in words above it.
      Plot.rect(data.disagreements, {
        x1: (row) => dayStart(row.start),
        x2: (row) => dayAfter(row.end),
        fill: '#f4cccc',
        fillOpacity: 0.55,
        title: (row) => `${row.periodText}: sources disagree (${row.values.join(' vs ')})`,
        ariaLabel: (row) => `${row.periodText}: sources disagree`,
      }),
      // Said at the foot of the band, where no target's label (drawn at its value, near the top) can cover it.
      Plot.text(data.disagreements, {
        x: (row) => new Date((dayStart(row.start).getTime() + dayAfter(row.end).getTime()) / 2),
        frameAnchor: 'bottom',
        dy: -8,
        text: () => 'sources disagree',
        fill: '#a61b1b',
        className: 'disagreement-label',
      }),
      Plot.ruleY([0]),
      // Targets: a rule at the value up to the deadline (across the chart when none is given), labelled.
      Plot.ruleY(data.targets, {
        y: 'value',
        x1: from,
        x2: targetEnd,
        stroke: targetColour,
        strokeWidth: 2,
        strokeDasharray: '6,4',
        title: targetCaption,
        href: (row) => openHref(row.id),
        className: 'target-rule',
      }),
      Plot.text(data.targets, {
        x: targetEnd,
        y: 'value',
        text: targetCaption,
        textAnchor: 'end',
        dy: -8,
        fill: targetColour,
        fontWeight: 'bold',
        className: 'target-label',
      }),
      // Each figure's period as a faint line, so a nine-month figure is not read as a year's.
      Plot.ruleY(plotted, {
        y: 'value',
        x1: (row) => dayStart(row.periodStart),
        x2: (row) => dayAfter(row.periodEnd),
        stroke: (row) => row.source.id,
        strokeOpacity: 0.45,
        strokeWidth: 3,
      }),
      Plot.dot(plotted, {
        x: figureX,
        y: 'value',
        fill: (row) => row.source.id,
        r: 6,
        stroke: 'white',
        strokeWidth: 1.5,
        title: figureTooltip,
        href: (row) => openHref(row.id),
        ariaLabel: (row) => `${row.periodText}, ${row.source.label}: ${row.display}. Open on the canvas.`,
        className: 'figure-dot',
      }),
    ],
  });
}

function TradeChart({ data, onOpenEntity }: { data: TradeChartData; onOpenEntity(id: string): void }): JSX.Element {
  const draw = useCallback((width: number) => drawTradeChart(data, width), [data]);
  if (data.figures.every((row) => row.value === null)) {
    return (
      <Explanation>
        <p>The sources name {data.title} but give no number to draw; the table below lists what they say.</p>
      </Explanation>
    );
  }
  return (
    <figure className="view-chart">
      <figcaption>{data.title}</figcaption>
      <Legend data={data} />
      <PlotFigure draw={draw} label={`Chart of ${data.title}`} onOpen={onOpenEntity} className="trade-chart" />
    </figure>
  );
}

function TradeTable({ data, onOpenEntity }: { data: TradeChartData; onOpenEntity(id: string): void }): JSX.Element {
  const rows: (FigureRow | TargetRow)[] = [...data.figures, ...data.targets];
  const exportCsv = () =>
    downloadText(toCsv(rows, tradeCsvColumns(data.unit)), `trade-${slug(data.title, 60)}.csv`, 'text/csv;charset=utf-8');
  return (
    <div className="view-table-block">
      <div className="view-table-head">
        <h3>Figures and targets</h3>
        <button type="button" onClick={exportCsv} aria-label={`Export the table of ${data.title} as CSV`}>
          Export CSV
        </button>
      </div>
      <table className="view-table trade-table">
        <caption className="visually-hidden">{data.title}: each source’s figure by period, and the targets</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Source</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {data.figures.map((row) => (
            <tr key={row.id} className={row.disagreesWith.length > 0 ? 'disagrees' : undefined}>
              <th scope="row">{row.periodText}</th>
              <td>
                <span className="swatch" style={{ background: row.source.colour }} aria-hidden="true" /> {row.source.label}
              </td>
              <td>
                <button type="button" className="link-button" onClick={() => onOpenEntity(row.id)} aria-label={`Open the figure ${row.display} for ${row.periodText} from ${row.source.label} on the canvas`}>
                  {row.display}
                </button>
                {row.disagreesWith.length > 0 && <span className="disagree-note"> sources disagree: also {row.disagreesWith.join('; ')}</span>}
              </td>
            </tr>
          ))}
          {data.targets.map((row) => (
            <tr key={row.id} className="target-row">
              <th scope="row">{row.deadlineText ? `by ${row.deadlineText}` : 'no deadline'}</th>
              <td>Target</td>
              <td>
                <button type="button" className="link-button" onClick={() => onOpenEntity(row.id)} aria-label={`Open the target ${row.name} on the canvas`}>
                  {row.display}
                </button>{' '}
                <span className="target-name">{row.name}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

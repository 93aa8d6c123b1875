import type { JSX } from 'react';
import type { FigureValueFragment } from '../../api/generated.ts';
import { CitedPlaces } from './Citations.tsx';
import { DateText } from './DateText.tsx';
import { sayGrowth, sayQuantity } from './format.ts';

function sayValue(figure: FigureValueFragment): string {
  return figure.value === null ? 'no value given' : sayQuantity(figure.value, figure.unit, figure.bound);
}

/**
 * A figure beside the other sources' figures for the same measure, parties, unit and period, so a reader
 * sees at once where the sources disagree and who says what. The first figure is the selected one.
 */
export function FigureComparison({ figures }: { figures: readonly FigureValueFragment[] }): JSX.Element {
  const values = new Set(figures.map(sayValue));
  const verdict =
    figures.length === 1
      ? 'No other source gives this figure.'
      : values.size > 1
        ? `The sources disagree: ${[...values].join(' against ')}.`
        : `${figures.length} sources agree on ${[...values][0] ?? ''}.`;
  return (
    <section className="panel-figures" aria-label="The figure by source">
      <p className={values.size > 1 ? 'panel-disagree' : 'panel-muted'}>{verdict}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Value</th>
            <th scope="col">Period</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure, index) => (
            <tr key={`${index}-${figure.citations[0]?.source.id ?? ''}`} className={index === 0 ? 'panel-this-figure' : undefined}>
              <td className="panel-value">
                {sayValue(figure)}
                {figure.growth && <div className="panel-muted">{sayGrowth(figure.growth)}</div>}
              </td>
              <td>
                <DateText date={figure.period} compact />
              </td>
              <td>
                {figure.citations.map((citation) => (
                  <div key={citation.source.id}>
                    {citation.source.title} <CitedPlaces citation={citation} />
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

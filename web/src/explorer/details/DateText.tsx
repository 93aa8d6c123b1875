import type { JSX } from 'react';
import type { DateDetailsFragment } from '../../api/generated.ts';
import { sayDate, sayPrecision } from './format.ts';

/**
 * A date as precise as its source, saying how precise, and when no source states it, how it was worked out.
 * `compact` (for tables) keeps the basis to a tooltip.
 */
export function DateText({ date, compact = false }: { date: DateDetailsFragment; compact?: boolean }): JSX.Element {
  if (compact) {
    return (
      <span className="panel-date" title={date.inferred && date.basis ? `Inferred: ${date.basis}` : undefined}>
        <time dateTime={date.text.includes('/') ? date.start : date.text}>{sayDate(date)}</time>{' '}
        <span className="panel-precision">
          ({sayPrecision(date)}
          {date.inferred ? ', inferred' : ''})
        </span>
      </span>
    );
  }
  return (
    <span className="panel-date">
      <time dateTime={date.text.includes('/') ? date.start : date.text}>{sayDate(date)}</time>{' '}
      <span className="panel-precision">({sayPrecision(date)})</span>
      {date.inferred && (
        <span className="panel-inferred">
          {' '}
          <strong>inferred</strong>
          {date.basis ? `: ${date.basis}` : ''}
        </span>
      )}
    </span>
  );
}

import type { JSX } from 'react';

/** A few entities that open onto much of the graph, for a first look without knowing a name. */
export const STARTING_POINTS: { key: string; label: string; why: string }[] = [
  { key: 'person/olzhas-bektenov', label: 'Olzhas Bektenov', why: 'a person, the meetings he attended and who he met' },
  { key: 'event/central-asia-china-summit-2023', label: 'Central Asia–China summit, 2023', why: 'an event, who attended and what it concerned' },
  { key: 'crossing/bakhty-tacheng', label: 'Bakhty–Tacheng checkpoint', why: 'a border crossing, where it lies and what concerns it' },
  { key: 'country/kazakhstan', label: 'Kazakhstan', why: 'a country: much of the graph is linked to it (large)' },
];

export function EmptyCanvas({ onOpen }: { onOpen(key: string): void }): JSX.Element {
  return (
    <div className="empty-canvas">
      <h2>Start exploring</h2>
      <p>
        Search above for a person, place, event or agreement (press <kbd>/</kbd>), then double-click a node, or use its
        Expand button, to see what it is linked to. Or start from one of these:
      </p>
      <ul>
        {STARTING_POINTS.map((point) => (
          <li key={point.key}>
            <button type="button" onClick={() => onOpen(point.key)} aria-label={`Start from ${point.label}`}>
              {point.label}
            </button>{' '}
            <span className="muted">{point.why}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { JSX } from 'react';
import { countRelationshipTypes, isFiltering, monthsOfNodes, NO_FILTERS, toggleEntityType, toggleRelationshipType } from '../model/filters.ts';
import { countByType } from '../model/graph.ts';
import { ENTITY_STYLE, ENTITY_TYPES, relationshipLabel } from '../model/styles.ts';
import type { CanvasGraph, RelationshipType, ViewFilters } from '../model/types.ts';
import { RELATIONSHIP_TYPES } from '../model/url-state.ts';
import { TypeBadge } from '../search/SearchBox.tsx';

export interface FiltersPanelProps {
  graph: CanvasGraph;
  filters: ViewFilters;
  onChange(filters: ViewFilters): void;
  /** Shows again the nodes hidden one by one (the filters are undone with their own boxes). */
  onShowHidden?(): void;
}

/** The legend and the filters in one: each type with its colour, icon and count on the canvas, and a box to show it. */
export function FiltersPanel({ graph, filters, onChange, onShowHidden }: FiltersPanelProps): JSX.Element {
  const hidden = Object.values(graph.nodes).filter((node) => node.hidden).length;
  const typeCounts = countByType(graph);
  const relationshipCounts = countRelationshipTypes(graph);
  const presentTypes = ENTITY_TYPES.filter((type) => typeCounts[type]);
  const presentRelationships = RELATIONSHIP_TYPES.filter((type) => relationshipCounts[type]);
  if (presentTypes.length === 0) {
    return <p className="panel-note">The legend and filters appear once the canvas holds something.</p>;
  }
  return (
    <div className="filters">
      <fieldset>
        <legend>Entity types</legend>
        {presentTypes.map((type) => (
          <label key={type} className="filter-row">
            <input
              type="checkbox"
              checked={!filters.hiddenEntityTypes.includes(type)}
              onChange={() => onChange(toggleEntityType(filters, type))}
              aria-label={`Show ${ENTITY_STYLE[type].label} (${typeCounts[type]})`}
            />
            <TypeBadge type={type} />
            <span className="filter-name">{ENTITY_STYLE[type].label}</span>
            <span className="count">{typeCounts[type]}</span>
          </label>
        ))}
      </fieldset>
      {presentRelationships.length > 0 && (
        <fieldset>
          <legend>Relationship types</legend>
          {presentRelationships.map((type: RelationshipType) => (
            <label key={type} className="filter-row">
              <input
                type="checkbox"
                checked={!filters.hiddenRelationshipTypes.includes(type)}
                onChange={() => onChange(toggleRelationshipType(filters, type))}
                aria-label={`Show ${relationshipLabel(type)} (${relationshipCounts[type]})`}
              />
              <span className="filter-name">{relationshipLabel(type)}</span>
              <span className="count">{relationshipCounts[type]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <DateRange graph={graph} filters={filters} onChange={onChange} />
      {hidden > 0 && onShowHidden && (
        <p className="panel-note">
          {hidden} hidden by hand.{' '}
          <button type="button" className="link-button" onClick={onShowHidden} aria-label={`Show the ${hidden} entities hidden by hand`}>
            Show them
          </button>
        </p>
      )}
      {isFiltering(filters) && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)} aria-label="Clear all filters">
          Clear filters
        </button>
      )}
    </div>
  );
}

function lastDayOf(month: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * The dated entities on the canvas by month, as a small histogram over two range inputs: the months outside
 * the range are greyed, and entities dated outside it are not drawn (undated ones stay).
 */
function DateRange({ graph, filters, onChange }: FiltersPanelProps): JSX.Element {
  const months = [...monthsOfNodes(graph)];
  if (months.length === 0) return <p className="panel-note">No dated entities on the canvas: nothing to filter by date.</p>;
  const fromIndex = filters.dateFrom ? Math.max(0, months.findIndex(([month]) => lastDayOf(month) >= filters.dateFrom!)) : 0;
  const toIndexFound = filters.dateTo ? months.findLastIndex(([month]) => `${month}-01` <= filters.dateTo!) : months.length - 1;
  const toIndex = toIndexFound < 0 ? months.length - 1 : toIndexFound;
  const highest = Math.max(...months.map(([, count]) => count));
  const last = months.length - 1;
  const set = (from: number, to: number) => {
    const [lower, upper] = from <= to ? [from, to] : [to, from];
    const first = months[lower]?.[0];
    const end = months[upper]?.[0];
    onChange({
      ...filters,
      dateFrom: lower === 0 || !first ? null : `${first}-01`,
      dateTo: upper === last || !end ? null : lastDayOf(end),
    });
  };
  const label = (index: number) => months[index]?.[0] ?? '';
  return (
    <fieldset className="date-range">
      <legend>Dates</legend>
      <div className="histogram" aria-hidden="true">
        {months.map(([month, count], index) => (
          <span
            key={month}
            title={`${month}: ${count}`}
            className={index < fromIndex || index > toIndex ? 'out' : undefined}
            style={{ height: `${(count / highest) * 100}%` }}
          />
        ))}
      </div>
      {months.length > 1 && (
        <>
          <input
            type="range"
            min={0}
            max={last}
            value={fromIndex}
            onChange={(event) => set(Number(event.target.value), toIndex)}
            aria-label="From month"
            aria-valuetext={label(fromIndex)}
          />
          <input
            type="range"
            min={0}
            max={last}
            value={toIndex}
            onChange={(event) => set(fromIndex, Number(event.target.value))}
            aria-label="To month"
            aria-valuetext={label(toIndex)}
          />
        </>
      )}
      <p className="range-text">
        {label(fromIndex)} – {label(toIndex)} <span className="muted">(undated entities always shown)</span>
      </p>
    </fieldset>
  );
}

import { type JSX, type KeyboardEvent, useState } from 'react';
import { ENTITY_STYLE, relationshipLabel } from '../model/styles.ts';
import type { CanvasEdge, CanvasGraph, CanvasNode, Selection } from '../model/types.ts';
import { TypeBadge } from '../search/SearchBox.tsx';

export interface TableViewProps {
  graph: CanvasGraph;
  visible: { nodeIds: string[]; edgeIds: string[] };
  selection: Selection | null;
  onSelect(selection: Selection): void;
}

interface Column<Row> {
  name: string;
  value(row: Row): string | number;
  render?(row: Row): JSX.Element | string;
}

type Sort = { column: number; descending: boolean };

function sorted<Row>(rows: Row[], columns: Column<Row>[], sort: Sort): Row[] {
  const column = columns[sort.column];
  if (!column) return rows;
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [column.value(a), column.value(b)];
    return direction * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  });
}

/** Arrow keys move between rows, Home and End to the ends, Enter or Space selects: a list one can read without the picture. */
function moveFocus(event: KeyboardEvent<HTMLTableRowElement>, select: () => void) {
  const row = event.currentTarget;
  const rows = [...(row.parentElement?.querySelectorAll<HTMLTableRowElement>('tr') ?? [])];
  const index = rows.indexOf(row);
  const target = { ArrowDown: rows[index + 1], ArrowUp: rows[index - 1], Home: rows[0], End: rows.at(-1) }[event.key];
  if (target) {
    target.focus();
    event.preventDefault();
  } else if (event.key === 'Enter' || event.key === ' ') {
    select();
    event.preventDefault();
  }
}

function DataTable<Row extends { id: string }>(props: {
  caption: string;
  rows: Row[];
  columns: Column<Row>[];
  selectedId: string | null;
  onSelect(row: Row): void;
}): JSX.Element {
  const [sort, setSort] = useState<Sort>({ column: 0, descending: false });
  const rows = sorted(props.rows, props.columns, sort);
  return (
    <table className="data-table">
      <caption>
        {props.caption} ({props.rows.length})
      </caption>
      <thead>
        <tr>
          {props.columns.map((column, index) => {
            const active = sort.column === index;
            return (
              <th key={column.name} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button
                  type="button"
                  onClick={() => setSort({ column: index, descending: active ? !sort.descending : false })}
                  aria-label={`Sort by ${column.name}`}
                >
                  {column.name} {active ? (sort.descending ? '▼' : '▲') : ''}
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.id}
            tabIndex={0}
            aria-selected={row.id === props.selectedId}
            className={row.id === props.selectedId ? 'selected' : undefined}
            onClick={() => props.onSelect(row)}
            onKeyDown={(event) => moveFocus(event, () => props.onSelect(row))}
          >
            {props.columns.map((column) => (
              <td key={column.name}>{column.render ? column.render(row) : column.value(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const NODE_COLUMNS: Column<CanvasNode>[] = [
  {
    name: 'Name',
    value: (node) => node.label,
    render: (node) => (
      <>
        <TypeBadge type={node.type} /> {node.label}
      </>
    ),
  },
  { name: 'Type', value: (node) => ENTITY_STYLE[node.type].label },
  { name: 'Date', value: (node) => node.dateStart ?? '' },
  { name: 'Degree', value: (node) => node.degree },
  { name: 'Key', value: (node) => node.key },
];

function edgeColumns(graph: CanvasGraph): Column<CanvasEdge>[] {
  const name = (id: string) => graph.nodes[id]?.label ?? id;
  return [
    { name: 'From', value: (edge) => name(edge.source) },
    { name: 'Relationship', value: (edge) => relationshipLabel(edge.type) },
    { name: 'To', value: (edge) => name(edge.target) },
    {
      name: 'Facts',
      value: (edge) =>
        Object.entries(edge.facts)
          .map(([fact, value]) => `${fact}: ${value}`)
          .join('; '),
    },
  ];
}

/** What is on the canvas and shown by the filters, as two sortable tables: the accessible twin of the picture. */
export function TableView({ graph, visible, selection, onSelect }: TableViewProps): JSX.Element {
  const nodes = visible.nodeIds.flatMap((id) => graph.nodes[id] ?? []);
  const edges = visible.edgeIds.flatMap((id) => graph.edges[id] ?? []);
  if (nodes.length === 0) {
    return <p className="panel-note">The table lists what is on the canvas; it is empty. Search above to add an entity.</p>;
  }
  return (
    <div className="table-view" role="region" aria-label="Table view of the canvas">
      <DataTable
        caption="Entities"
        rows={nodes}
        columns={NODE_COLUMNS}
        selectedId={selection?.kind === 'node' ? selection.id : null}
        onSelect={(node) => onSelect({ kind: 'node', id: node.id })}
      />
      <DataTable
        caption="Relationships"
        rows={edges}
        columns={edgeColumns(graph)}
        selectedId={selection?.kind === 'edge' ? selection.id : null}
        onSelect={(edge) => onSelect({ kind: 'edge', id: edge.id })}
      />
    </div>
  );
}

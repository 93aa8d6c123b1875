import type { JSX, ReactNode } from 'react';
import type { EntityDetailsQuery, FigureValueFragment } from '../../api/generated.ts';
import { DateText } from './DateText.tsx';
import { sayEnum, sayGrowth, sayMoney, sayQuantity, sayUnit } from './format.ts';

type DetailsNode = NonNullable<EntityDetailsQuery['node']>;
/** Anything `node(id)` answers except a source: the entities the canvas holds. */
export type EntityNode = Exclude<DetailsNode, { __typename: 'Source' }>;

type Row = [label: string, value: ReactNode];

function dateRow(label: string, date: Parameters<typeof DateText>[0]['date'] | null): Row[] {
  return date ? [[label, <DateText date={date} />]] : [];
}

function listRow(label: string, values: readonly string[], say: (value: string) => string = (value) => value): Row[] {
  return values.length > 0 ? [[label, values.map(say).join(', ')]] : [];
}

/** A figure's or target's description, unless it is already its name, the panel's heading. */
function descriptionRow(node: { name: string; description: string }): Row[] {
  return node.description === node.name ? [] : [['Description', node.description]];
}

/** A figure's own facts; its value sits in the comparison with other sources' figures (FigureComparison). */
export function figureRows(figure: FigureValueFragment): Row[] {
  return [
    ['Measure', sayEnum(figure.measure)],
    ['Value', figure.value === null ? 'not given (only a change)' : sayQuantity(figure.value, figure.unit, figure.bound)],
    ['Bound', sayEnum(figure.bound)],
    ['Unit', sayUnit(figure.unit)],
    ['Period', <DateText date={figure.period} />],
    ...(figure.growth ? ([['Growth', sayGrowth(figure.growth)]] as Row[]) : []),
  ];
}

/** The properties only an entity of this type has, in the order a reader would ask for them. */
function typeRows(node: EntityNode): Row[] {
  switch (node.__typename) {
    case 'Person':
      return node.posts.edges.map((edge): Row => [
        'Post',
        <>
          {edge.post ?? 'a post'} in {edge.node.name}
          {edge.since && <> since <DateText date={edge.since} /></>}
          {edge.until && <> until <DateText date={edge.until} /></>}
          {edge.asOf && <> as of <DateText date={edge.asOf} /></>}
        </>,
      ]);
    case 'Organization':
      return [['Kind', sayEnum(node.orgKind)]];
    case 'Country':
      return [['ISO code', node.iso2]];
    case 'Region':
      return [['Kind', sayEnum(node.regionKind)]];
    case 'City':
      return [];
    case 'Event':
      return [['Kind', sayEnum(node.eventKind)], ...dateRow('Date', node.eventDate)];
    case 'Agreement':
      return [
        ['Kind', sayEnum(node.agreementKind)],
        ...dateRow('Signed', node.agreementDate),
        ...(node.money ? ([['Value', sayMoney(node.money)]] as Row[]) : []),
        ...(node.documentCount !== null ? ([['Documents', String(node.documentCount)]] as Row[]) : []),
        ...listRow('Sectors', node.sectors),
      ];
    case 'BorderCrossing':
      return [
        ['Status', sayEnum(node.crossingStatus)],
        ...dateRow('Status as of', node.statusDate),
        ...listRow('Modes', node.modes, sayEnum),
        ...(node.kazakhSideName ? ([['Kazakh side', node.kazakhSideName]] as Row[]) : []),
        ...(node.chineseSideName ? ([['Chinese side', node.chineseSideName]] as Row[]) : []),
      ];
    case 'LogisticsHub':
      return [['Kind', sayEnum(node.hubKind)], ['Status', sayEnum(node.hubStatus)], ...dateRow('Status as of', node.statusDate)];
    case 'Commodity':
      return [['Category', sayEnum(node.category)], ...listRow('HS codes', node.hsCodes)];
    case 'TradeFigure':
      return [...descriptionRow(node), ...figureRows(node)];
    case 'Target':
      return [
        ...descriptionRow(node),
        ['Measure', node.targetMeasure],
        ['Value', sayQuantity(node.targetValue, node.unit, node.bound)],
        ['Bound', sayEnum(node.bound)],
        ['Unit', sayUnit(node.unit)],
        ...dateRow('Deadline', node.deadline),
      ];
    case 'Route':
      return [['Kind', sayEnum(node.routeKind)]];
  }
}

/** Every property of the entity: its type's own, then the names it goes by and the curator's note. */
export function EntityProperties({ node }: { node: EntityNode }): JSX.Element {
  const rows: Row[] = [...typeRows(node), ...listRow('Also called', node.aliases), ...(node.note ? ([['Note', node.note]] as Row[]) : [])];
  if (rows.length === 0) return <p className="panel-muted">No properties beyond its name.</p>;
  return (
    <dl className="panel-properties">
      {rows.map(([label, value], index) => (
        <div key={`${label}-${index}`} className="panel-property">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

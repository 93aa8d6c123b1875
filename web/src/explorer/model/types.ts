/*
 * What the explorer keeps on its canvas, in the API's own words: the shared vocabulary of the canvas, the
 * panels, the URL and the exports. Logic lives beside it (model/*.ts) and stays free of the DOM, so the tests
 * can run it in Node.
 */
import type { EntityType, RelationshipType } from '../../api/generated.ts';

export type { EntityType, RelationshipType };

/** `__typename` of an entity, as the API names its types. */
export type EntityTypeName =
  | 'Person'
  | 'Organization'
  | 'Country'
  | 'Region'
  | 'City'
  | 'Event'
  | 'Agreement'
  | 'BorderCrossing'
  | 'LogisticsHub'
  | 'Commodity'
  | 'TradeFigure'
  | 'Target'
  | 'Route';

/** An entity on the canvas. `id` is the API's global id, the one key everything else uses. */
export interface CanvasNode {
  id: string;
  /** The readable key (`person/olzhas-bektenov`), used in shared URLs. */
  key: string;
  type: EntityTypeName;
  label: string;
  /** First and last day of its date (an event's, an agreement's, a figure's period), when it has one. */
  dateStart: string | null;
  dateEnd: string | null;
  /** Relationships to other entities in the whole graph (not only those drawn): sizes the node. */
  degree: number;
  /** Kept where the user dropped it; the layout does not move it. */
  pinned: boolean;
  /** On the canvas but not drawn until shown again. */
  hidden: boolean;
}

/** A relationship on the canvas, with its facts as the API gives them. */
export interface CanvasEdge {
  /** The API's `Relationship.id`: stable, so answers merge. */
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  /** The relationship's own facts, by field name: role, post, status, partner, since, until, asOf, note. */
  facts: Record<string, string>;
}

export interface CanvasGraph {
  nodes: Record<string, CanvasNode>;
  edges: Record<string, CanvasEdge>;
}

/** What is hidden from view and when; empty lists hide nothing. */
export interface ViewFilters {
  hiddenEntityTypes: EntityTypeName[];
  hiddenRelationshipTypes: RelationshipType[];
  /** Only entities whose date overlaps this range (undated entities always stay). YYYY-MM-DD. */
  dateFrom: string | null;
  dateTo: string | null;
}

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string };

/** A shortest-path question and what it avoids. */
export interface PathQuestion {
  from: string;
  to: string;
  avoid: RelationshipType[];
}

/** Everything a shared link restores. */
export interface ViewState {
  graph: CanvasGraph;
  filters: ViewFilters;
  selection: Selection | null;
  path: PathQuestion | null;
}

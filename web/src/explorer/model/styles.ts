/*
 * How each type of entity looks, in one place: the canvas, the legend, the charts and the exports all take
 * their colours and icons from here, so a type reads the same everywhere.
 */
import type { EntityTypeName, RelationshipType } from './types.ts';

export interface EntityStyle {
  /** A colour readable on white and distinct from the other types' (Tableau 20 and kin). */
  colour: string;
  /** An SVG path in a 24×24 box, drawn with `fill-rule="evenodd"` (holes are cut by inner sub-paths). */
  icon: string;
  /** The type in words, singular. */
  label: string;
}

export const ENTITY_STYLE: Record<EntityTypeName, EntityStyle> = {
  Person: {
    colour: '#1f77b4',
    icon: 'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zM4 21c0-4.4 3.6-7.5 8-7.5s8 3.1 8 7.5z',
    label: 'Person',
  },
  Organization: {
    colour: '#9467bd',
    icon: 'M4 21V6l8-4 8 4v15h-6v-5h-4v5zM8 8h2.5v2.5H8zm5.5 0H16v2.5h-2.5zM8 12.5h2.5V15H8zm5.5 0H16V15h-2.5z',
    label: 'Organisation',
  },
  Country: {
    colour: '#d62728',
    icon: 'M5 2h2v20H5zM8.5 3H20l-2.5 4.5L20 12H8.5z',
    label: 'Country',
  },
  Region: {
    colour: '#ff7f0e',
    icon: 'M2 6l6.5-3 7 3L22 3v15l-6.5 3-7-3L2 21zM8.5 5.5v10.3l7 3V8.5z',
    label: 'Region',
  },
  City: {
    colour: '#8c564b',
    icon: 'M2 21V11h5V3h10v8h5v10zM9.5 6h2v2h-2zm3.5 0h2v2h-2zm-3.5 4h2v2h-2zm3.5 0h2v2h-2zM4 13.5h1.5V15H4zm14.5 0H20V15h-1.5z',
    label: 'City',
  },
  Event: {
    colour: '#2ca02c',
    icon: 'M3 5h18v16H3zM5 10v9h14v-9zM7 2h2.5v5H7zm7.5 0H17v5h-2.5z',
    label: 'Event',
  },
  Agreement: {
    colour: '#e377c2',
    icon: 'M5 2h10l5 5v15H5zM8 11v1.8h9V11zm0 4v1.8h9V15zm0-8v1.8h5V7z',
    label: 'Agreement',
  },
  BorderCrossing: {
    colour: '#7f7f7f',
    icon: 'M2 9h20v5H2zM6.5 10.5l-2 2h3l2-2zm6 0l-2 2h3l2-2zM4 14h2.5v8H4zm13.5 0H20v8h-2.5z',
    label: 'Border crossing',
  },
  LogisticsHub: {
    colour: '#bcbd22',
    icon: 'M2 9l10-6 10 6v12h-3.5v-9h-13v9H2zm6.5 5h7v2.5h-7zm0 4h7v2.5h-7z',
    label: 'Logistics hub',
  },
  Commodity: {
    colour: '#17becf',
    icon: 'M12 2c4.5 4.5 7 8 7 12a7 7 0 0 1-14 0c0-4 2.5-7.5 7-12z',
    label: 'Commodity',
  },
  TradeFigure: {
    colour: '#393b79',
    icon: 'M3 21V11h4.5v10zm6.75 0V3h4.5v18zM16.5 21v-7H21v7z',
    label: 'Trade figure',
  },
  Target: {
    colour: '#ad494a',
    icon: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 3.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zm0 3.5a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
    label: 'Target',
  },
  Route: {
    colour: '#637939',
    icon: 'M2 18.5l7-7 4 4 6-6V13h2.5V5.5H14V8h3.6L13 12.6l-4-4-8.5 8.5z',
    label: 'Route',
  },
};

export const ENTITY_TYPES = Object.keys(ENTITY_STYLE) as EntityTypeName[];

/** A relationship type in words, for the legend, the filters and edge tooltips: `HELD_POST` → "held post". */
export function relationshipLabel(type: RelationshipType): string {
  return type.toLowerCase().replaceAll('_', ' ');
}

/** The icon as an image, for sigma's pictograms and for `<img>`: white on the node's own colour. */
export function iconDataUrl(type: EntityTypeName, fill = '#ffffff'): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="48" height="48"><path fill="${fill}" fill-rule="evenodd" d="${ENTITY_STYLE[type].icon}"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Node radius on screen by degree: leaves stay legible, hubs stand out without swallowing their neighbours. */
export function nodeSize(degree: number): number {
  return Math.min(24, 7 + 1.8 * Math.sqrt(Math.max(0, degree)));
}

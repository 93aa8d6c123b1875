/*
 * A view as a link: what is on the canvas (by key), pinned positions, hidden nodes, filters, the selection
 * and the path question, in a short query string a person can read and paste. Parsing never throws: a
 * garbled or partly understood link restores what it can and says what it dropped.
 *
 * Version 1:  ?v=1&n=person/a,b;event/c&p=0:12.5:-3&h=2&s=1&ft=City&fr=HELD_IN&d=2023-01-01~2024-12-31&q=from~to~AVOID
 *   n   keys, grouped by kind (`person/a,b` is person/a and person/b); the others refer to them by position
 *   p   pinned nodes: position:x:y        h   hidden nodes: positions
 *   s   selection: a node's position, or TYPE:from:to for a relationship
 *   ft  hidden entity types   fr  hidden relationship types   d  date range, either side may be empty
 *   q   path question: from~to~avoided types (from and to as the path finder names them)
 * Version 0 (links written by hand or by earlier tools): ?entity=person/a or ?entities=person/a,event/b.
 */
import { ENTITY_TYPES } from './styles.ts';
import type { EntityTypeName, PathQuestion, RelationshipType, ViewFilters } from './types.ts';

export const URL_VERSION = 1;

export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  'ATTENDED', 'BASED_IN', 'CONCERNS', 'COVERS', 'EXPORTS', 'HELD_IN', 'HELD_POST', 'LOCATED_IN', 'NATIONAL_OF',
  'PARTICIPATES_IN', 'PARTY_TO', 'PART_OF', 'SERVES', 'SET', 'SIGNED', 'SIGNED_AT', 'STATED', 'STATED_AT',
];

/** A relationship named by what it is, not by id, so a link survives ids it never saw. */
export type SharedSelection = { kind: 'node'; key: string } | { kind: 'edge'; type: RelationshipType; from: string; to: string };

export interface SharedView {
  keys: string[];
  pinned: Record<string, { x: number; y: number }>;
  hidden: string[];
  filters: ViewFilters;
  selection: SharedSelection | null;
  path: PathQuestion | null;
}

export interface ParsedView {
  view: SharedView;
  /** What could not be restored, in words; empty when the link was read in full. */
  problems: string[];
}

export const EMPTY_VIEW: SharedView = {
  keys: [],
  pinned: {},
  hidden: [],
  filters: { hiddenEntityTypes: [], hiddenRelationshipTypes: [], dateFrom: null, dateTo: null },
  selection: null,
  path: null,
};

const KEY = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_KEYS = 500;

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function groupKeys(keys: string[]): { ordered: string[]; text: string } {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const [kind = '', slug = ''] = key.split('/');
    groups.set(kind, [...(groups.get(kind) ?? []), slug]);
  }
  const ordered = [...groups].flatMap(([kind, slugs]) => slugs.map((slug) => `${kind}/${slug}`));
  const text = [...groups].map(([kind, slugs]) => `${kind}/${slugs.join(',')}`).join(';');
  return { ordered, text };
}

/** The query string (with its `?`, or empty for an empty view). Characters are all URL-safe, so none is escaped. */
export function serialiseView(view: SharedView): string {
  const keys = [...new Set(view.keys.filter((key) => KEY.test(key)))];
  const { ordered, text } = groupKeys(keys);
  const position = new Map(ordered.map((key, index) => [key, index]));
  const parts: string[] = [`v=${URL_VERSION}`];
  if (text) parts.push(`n=${text}`);
  const pins = ordered.flatMap((key) => {
    const at = view.pinned[key];
    return at ? [`${position.get(key)}:${round(at.x)}:${round(at.y)}`] : [];
  });
  if (pins.length) parts.push(`p=${pins.join(',')}`);
  const hidden = view.hidden.flatMap((key) => (position.has(key) ? [String(position.get(key))] : []));
  if (hidden.length) parts.push(`h=${hidden.join(',')}`);
  const selection = serialiseSelection(view.selection, position);
  if (selection) parts.push(`s=${selection}`);
  const { hiddenEntityTypes, hiddenRelationshipTypes, dateFrom, dateTo } = view.filters;
  if (hiddenEntityTypes.length) parts.push(`ft=${hiddenEntityTypes.join('.')}`);
  if (hiddenRelationshipTypes.length) parts.push(`fr=${hiddenRelationshipTypes.join('.')}`);
  if (dateFrom || dateTo) parts.push(`d=${dateFrom ?? ''}~${dateTo ?? ''}`);
  if (view.path) {
    const { from, to, avoid } = view.path;
    parts.push(`q=${encodeURIComponent(from)}~${encodeURIComponent(to)}~${avoid.join('.')}`);
  }
  return parts.length === 1 ? '' : `?${parts.join('&')}`;
}

function serialiseSelection(selection: SharedSelection | null, position: Map<string, number>): string | null {
  if (!selection) return null;
  if (selection.kind === 'node') return position.has(selection.key) ? String(position.get(selection.key)) : null;
  const from = position.get(selection.from);
  const to = position.get(selection.to);
  return from === undefined || to === undefined ? null : `${selection.type}:${from}:${to}`;
}

/** Splits a query string into its parameters without URLSearchParams' turning `+` into a space. */
function parameters(search: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    const equals = part.indexOf('=');
    if (equals < 1) continue;
    try {
      result.set(decodeURIComponent(part.slice(0, equals)), decodeURIComponent(part.slice(equals + 1)));
    } catch {
      // A malformed escape: the parameter is dropped and the rest still read.
    }
  }
  return result;
}

function parseKeys(text: string, problems: string[]): string[] {
  const keys: string[] = [];
  for (const group of text.split(';')) {
    const slash = group.indexOf('/');
    const kind = group.slice(0, slash);
    for (const slug of group.slice(slash + 1).split(',')) {
      const key = `${kind}/${slug}`;
      if (slash > 0 && KEY.test(key)) keys.push(key);
      else if (group) problems.push(`"${key}" is not an entity key.`);
    }
  }
  const unique = [...new Set(keys)];
  if (unique.length > MAX_KEYS) problems.push(`The link names ${unique.length} entities; the first ${MAX_KEYS} are restored.`);
  return unique.slice(0, MAX_KEYS);
}

function byPosition(keys: string[], text: string): string | null {
  if (!/^\d+$/.test(text)) return null;
  return keys[Number(text)] ?? null;
}

function parsePins(text: string | undefined, keys: string[]): Record<string, { x: number; y: number }> {
  const pinned: Record<string, { x: number; y: number }> = {};
  for (const pin of text?.split(',') ?? []) {
    const [index = '', x = '', y = ''] = pin.split(':');
    const key = byPosition(keys, index);
    const at = { x: Number(x), y: Number(y) };
    if (key && x !== '' && y !== '' && Number.isFinite(at.x) && Number.isFinite(at.y)) pinned[key] = at;
  }
  return pinned;
}

function parseSelection(text: string | undefined, keys: string[]): SharedSelection | null {
  if (!text) return null;
  const node = byPosition(keys, text);
  if (node) return { kind: 'node', key: node };
  const [type = '', fromIndex = '', toIndex = ''] = text.split(':');
  const from = byPosition(keys, fromIndex);
  const to = byPosition(keys, toIndex);
  if (!RELATIONSHIP_TYPES.includes(type as RelationshipType) || !from || !to) return null;
  return { kind: 'edge', type: type as RelationshipType, from, to };
}

function knownOnly<T extends string>(text: string | undefined, known: readonly T[]): T[] {
  return [...new Set((text?.split('.') ?? []).filter((item): item is T => known.includes(item as T)))];
}

function parseDay(text: string | undefined): string | null {
  if (!text || !DAY.test(text)) return null;
  // A day that does not exist (2023-02-30) would roll over to another; it is dropped instead.
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text) ? text : null;
}

function parseFilters(parameters: Map<string, string>): ViewFilters {
  const [from, to] = (parameters.get('d') ?? '').split('~');
  return {
    hiddenEntityTypes: knownOnly<EntityTypeName>(parameters.get('ft'), ENTITY_TYPES),
    hiddenRelationshipTypes: knownOnly(parameters.get('fr'), RELATIONSHIP_TYPES),
    dateFrom: parseDay(from),
    dateTo: parseDay(to),
  };
}

function parsePath(text: string | undefined): PathQuestion | null {
  if (!text) return null;
  const [from = '', to = '', avoid] = text.split('~');
  if (!from || !to) return null;
  try {
    return { from: decodeURIComponent(from), to: decodeURIComponent(to), avoid: knownOnly(avoid, RELATIONSHIP_TYPES) };
  } catch {
    return null;
  }
}

function parseVersion1(parameters: Map<string, string>, problems: string[]): SharedView {
  const keys = parseKeys(parameters.get('n') ?? '', problems);
  return {
    keys,
    pinned: parsePins(parameters.get('p'), keys),
    hidden: [...new Set((parameters.get('h')?.split(',') ?? []).flatMap((index) => byPosition(keys, index) ?? []))],
    filters: parseFilters(parameters),
    selection: parseSelection(parameters.get('s'), keys),
    path: parsePath(parameters.get('q')),
  };
}

/** Version 0: one entity or a list of them, selecting the first, as someone would write a link by hand. */
function parseVersion0(parameters: Map<string, string>, problems: string[]): SharedView {
  const keys = (parameters.get('entity') ?? parameters.get('entities') ?? '').split(',').filter((key) => {
    if (KEY.test(key)) return true;
    if (key) problems.push(`"${key}" is not an entity key.`);
    return false;
  });
  const first = keys[0];
  return { ...EMPTY_VIEW, keys: [...new Set(keys)], selection: first ? { kind: 'node', key: first } : null };
}

export function parseView(search: string): ParsedView {
  const problems: string[] = [];
  const found = parameters(search);
  const version = found.get('v');
  if (version === undefined) {
    if (found.has('entity') || found.has('entities')) return { view: parseVersion0(found, problems), problems };
    return { view: EMPTY_VIEW, problems: found.size > 0 ? ['The link holds no view this explorer knows.'] : [] };
  }
  if (!/^\d+$/.test(version)) return { view: EMPTY_VIEW, problems: [`The link's version "${version}" is not one this explorer knows.`] };
  if (Number(version) > URL_VERSION) {
    problems.push('The link was made by a newer explorer: what this one understands of it is restored.');
  }
  const view = parseVersion1(found, problems);
  return { view, problems };
}

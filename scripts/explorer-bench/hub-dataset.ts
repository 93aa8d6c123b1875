/**
 * A synthetic dataset file, in the format of data/*.yaml, with one hub: an event with more than 500
 * neighbours of mixed types and relationships, tied into the curated graph through a few of its entities.
 * The curated graph is too small to time a 500-node neighbourhood; this file makes one, and is written with
 * the project's own import so it passes the same rules as real data. Its source is a `reference` named as
 * synthetic, so nothing in it can be mistaken for a fact from the articles.
 */
import { stringify } from 'yaml';
import type { RelationshipType } from '../../src/dataset/format.ts';

export const HUB_KEY = 'event/bench-synthetic-hub-expo';
const SOURCE_ID = 'source/bench-synthetic-hub';
const CITES = ['synthetic section 1'];

type Entry = Record<string, unknown>;

/** One group of the hub's neighbours: how many, how each is defined, and how it is linked to the hub. */
interface NeighbourGroup {
  count: number;
  kind: string;
  define(n: number): Entry;
  type: RelationshipType;
  /** Whether the relationship points from the neighbour to the hub (ATTENDED) or from the hub out (CONCERNS). */
  towardsHub: boolean;
  facts?: Entry;
}

const GROUPS: NeighbourGroup[] = [
  { count: 140, kind: 'person', type: 'ATTENDED', towardsHub: true, facts: { role: 'delegate' }, define: (n) => ({ type: 'Person', name: `Synthetic Delegate ${n}` }) },
  {
    count: 70, kind: 'organization', type: 'ATTENDED', towardsHub: true,
    define: (n) => ({ type: 'Organization', name: `Synthetic Company ${n}`, kind: 'company' }),
  },
  {
    count: 70, kind: 'agreement', type: 'SIGNED_AT', towardsHub: true,
    define: (n) => ({ type: 'Agreement', title: `Synthetic Contract ${n}`, kind: 'commercial-contracts', date: { date: '2025-06-12' } }),
  },
  {
    count: 40, kind: 'event', type: 'PART_OF', towardsHub: true,
    define: (n) => ({ type: 'Event', title: `Synthetic Panel Session ${n}`, kind: 'b2b-negotiations', date: { date: '2025-06-12' } }),
  },
  {
    count: 40, kind: 'figure', type: 'STATED_AT', towardsHub: true,
    define: (n) => ({
      type: 'TradeFigure', measure: 'contracts', description: `Synthetic contract count ${n}`, period: { date: '2025' }, value: n, unit: 'count',
    }),
  },
  { count: 40, kind: 'city', type: 'CONCERNS', towardsHub: false, define: (n) => ({ type: 'City', name: `Synthetic City ${n}` }) },
  {
    count: 40, kind: 'commodity', type: 'CONCERNS', towardsHub: false,
    define: (n) => ({ type: 'Commodity', name: `Synthetic Commodity ${n}`, category: 'manufactured' }),
  },
  {
    count: 30, kind: 'crossing', type: 'CONCERNS', towardsHub: false,
    define: (n) => ({ type: 'BorderCrossing', name: `Synthetic Crossing ${n}`, modes: ['road'], status: 'planned' }),
  },
  {
    count: 30, kind: 'hub', type: 'CONCERNS', towardsHub: false,
    define: (n) => ({ type: 'LogisticsHub', name: `Synthetic Terminal ${n}`, kind: 'logistics-terminal', status: 'proposed' }),
  },
];

/** Curated entities the hub is tied to, so its neighbourhood reaches into the real graph. */
const CURATED_LINKS: { id: string; type: RelationshipType; towardsHub: boolean }[] = [
  { id: 'country/kazakhstan', type: 'ATTENDED', towardsHub: true },
  { id: 'country/china', type: 'ATTENDED', towardsHub: true },
  { id: 'city/almaty', type: 'HELD_IN', towardsHub: false },
];

/** How many neighbours the hub has. */
export const HUB_NEIGHBOURS = GROUPS.reduce((sum, group) => sum + group.count, 0) + CURATED_LINKS.length;

function link(type: RelationshipType, neighbour: string, towardsHub: boolean, facts: Entry = {}): Entry {
  const [from, to] = towardsHub ? [neighbour, HUB_KEY] : [HUB_KEY, neighbour];
  return { type, from, to, ...facts, cites: CITES };
}

/** The dataset file's text. */
export function hubDatasetText(): string {
  const entities: Entry[] = [
    {
      id: HUB_KEY,
      type: 'Event',
      title: 'Synthetic hub expo (benchmark data)',
      kind: 'expo',
      date: { date: '2025-06-12' },
      cites: CITES,
    },
    ...CURATED_LINKS.map(({ id }) => ({ id, cites: CITES })),
  ];
  const relationships: Entry[] = CURATED_LINKS.map(({ id, type, towardsHub }) => link(type, id, towardsHub));
  for (const group of GROUPS) {
    for (let n = 1; n <= group.count; n++) {
      const id = `${group.kind}/bench-synthetic-${n}`;
      entities.push({ id, ...group.define(n), cites: CITES });
      relationships.push(link(group.type, id, group.towardsHub, group.facts));
    }
  }
  return stringify({
    source: {
      id: SOURCE_ID,
      kind: 'reference',
      title: 'Synthetic benchmark data (not a real source)',
      publisher: 'npm run bench:explorer',
      note: 'Generated to time the explorer on a neighbourhood of 500 entities; loaded only into a throwaway Neo4j.',
    },
    entities,
    relationships,
    // Written out in full: the import refuses files with many YAML aliases, which shared arrays would become.
  }, { aliasDuplicateObjects: false });
}

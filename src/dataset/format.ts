import { z } from 'zod';

/*
 * The dataset's file format: one YAML file per source (data/*.yaml), holding the source, the entities it
 * mentions and the relationships it states, each with the paragraphs it rests on. data/README.md explains
 * it for curators; this file is what the loader checks before anything is written.
 */

export const ENTITY_TYPES = {
  Person: 'person',
  Organization: 'organization',
  Country: 'country',
  Region: 'region',
  City: 'city',
  Event: 'event',
  Agreement: 'agreement',
  BorderCrossing: 'crossing',
  LogisticsHub: 'hub',
  Commodity: 'commodity',
  TradeFigure: 'figure',
  Target: 'target',
  Route: 'route',
} as const;
export type EntityType = keyof typeof ENTITY_TYPES;

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Keys are indexed, and Neo4j cannot index a value of several kilobytes; the longest key in data/ has 95. */
export const MAX_KEY_LENGTH = 200;

const entityId = z
  .string()
  .max(MAX_KEY_LENGTH, `must be at most ${MAX_KEY_LENGTH} characters`)
  .regex(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like kind/words-with-dashes, for example person/olzhas-bektenov');

/** A date as precise as the source is: 2023, 2023-05 or 2023-05-18. */
const partialDate = z.preprocess(
  // YAML reads a bare year (date: 2023) as a number.
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().refine(isPartialDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const dateSpec = z
  .strictObject({
    date: partialDate,
    /** The last day, month or year of a range, as precise as `date`. */
    end: partialDate.optional(),
    /** True when no source states the date and it was worked out; `basis` then says how. */
    inferred: z.boolean().default(false),
    basis: z.string().min(1).optional(),
  })
  .refine((spec) => !spec.inferred || spec.basis, { message: 'an inferred date needs a basis', path: ['basis'] })
  .refine((spec) => !spec.end || precisionOf(spec.end) === precisionOf(spec.date), {
    message: 'must be as precise as date',
    path: ['end'],
  })
  .refine((spec) => !spec.end || firstDay(spec.end) >= firstDay(spec.date), { message: 'must not be before date', path: ['end'] });
export type DateSpec = z.infer<typeof dateSpec>;

/** Paragraph numbers of the file's source (articles), or section names (reference works). */
const cites = z.array(z.union([z.number().int().positive(), z.string().min(1)])).min(1, 'cite at least one paragraph');

const names = {
  name: z.string().min(1),
  /** Every other spelling or name the sources use. */
  aliases: z.array(z.string().min(1)).default([]),
};
const base = { id: entityId, cites, note: z.string().min(1).optional() };
const amount = z.strictObject({ value: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code') });
/** How a figure is qualified: "more than $565 million" is a lower bound, not the value. */
const bound = z.enum(['exact', 'about', 'more-than', 'less-than', 'at-least']).default('exact');
const unit = z.enum(['USD', 'tonnes', 'percent', 'count', 'fold']);

export const entity = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('Person'), ...names }),
  z.strictObject({
    ...base,
    type: z.literal('Organization'),
    ...names,
    kind: z.enum([
      'government', 'ministry', 'customs-authority', 'party-body', 'regional-government', 'association',
      'company', 'news-agency', 'international-organization', 'embassy', 'other',
    ]),
  }),
  z.strictObject({ ...base, type: z.literal('Country'), ...names, iso2: z.string().regex(/^[A-Z]{2}$/) }),
  z.strictObject({
    ...base,
    type: z.literal('Region'),
    ...names,
    kind: z.enum(['oblast', 'autonomous-region', 'macro-region', 'border-zone']),
  }),
  z.strictObject({ ...base, type: z.literal('City'), ...names }),
  z.strictObject({
    ...base,
    type: z.literal('Event'),
    title: z.string().min(1),
    aliases: names.aliases,
    kind: z.enum(['summit', 'bilateral-meeting', 'forum', 'expo', 'official-visit', 'talks', 'b2b-negotiations', 'ceremony']),
    date: dateSpec,
  }),
  z.strictObject({
    ...base,
    type: z.literal('Agreement'),
    title: z.string().min(1),
    aliases: names.aliases,
    kind: z.enum(['intergovernmental', 'commercial-contracts', 'bilateral-documents', 'sanitary-requirements', 'cooperation-agreements', 'plan']),
    date: dateSpec.optional(),
    value: amount.extend({ bound }).optional(),
    documentCount: z.number().int().positive().optional(),
    sectors: z.array(z.string().min(1)).default([]),
  }),
  z.strictObject({
    ...base,
    type: z.literal('BorderCrossing'),
    ...names,
    kazakhSideName: z.string().min(1).optional(),
    chineseSideName: z.string().min(1).optional(),
    modes: z.array(z.enum(['rail', 'road'])).min(1),
    status: z.enum(['operating', 'reopened', 'planned', 'under-construction']),
    statusDate: dateSpec.optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('LogisticsHub'),
    ...names,
    kind: z.enum([
      'dry-port', 'free-economic-zone', 'logistics-centre', 'logistics-terminal', 'container-hub', 'trade-hub',
      'trade-mission', 'border-cooperation-centre', 'bonded-zone', 'seaport',
    ]),
    status: z.enum(['operating', 'reopened', 'planned', 'under-construction', 'proposed']),
    statusDate: dateSpec.optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('Commodity'),
    ...names,
    category: z.enum(['agricultural', 'food', 'energy', 'metals', 'minerals', 'manufactured', 'feed', 'mixed']),
    hs: z.array(z.strictObject({ code: z.string().regex(/^\d{2}(?:\d{2})?(?:\.\d{2})?$/), edition: z.literal('HS2022') })).default([]),
  }),
  z.strictObject({
    ...base,
    type: z.literal('TradeFigure'),
    aliases: names.aliases,
    measure: z.enum([
      'turnover', 'exports', 'imports', 'agricultural-trade', 'investment', 'transit-volume', 'container-traffic',
      'road-cargo', 'joint-ventures', 'joint-projects', 'contracts', 'share-of-turnover', 'export-offer',
    ]),
    description: z.string().min(1),
    period: dateSpec,
    value: z.number().nonnegative().optional(),
    unit,
    bound,
    /** Change against the period before, where the source gives it. */
    growth: z.strictObject({ value: z.number(), unit: z.enum(['percent', 'fold', 'USD', 'tonnes']), bound }).optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('Target'),
    aliases: names.aliases,
    description: z.string().min(1),
    measure: z.string().regex(slug),
    value: z.number().nonnegative(),
    unit,
    bound,
    deadline: dateSpec.optional(),
  }),
  z.strictObject({ ...base, type: z.literal('Route'), ...names, kind: z.enum(['corridor', 'initiative']) }),
]);
export type Entity = z.infer<typeof entity>;

/** An entity defined in full in another file, cited here; it may add the spellings this source uses. */
export const mention = z.strictObject({ id: entityId, cites, aliases: names.aliases, note: base.note });
export type Mention = z.infer<typeof mention>;

/**
 * The relationship types, which entity types each may join, and the properties each carries. Every
 * relationship also cites its paragraphs.
 */
export const RELATIONSHIPS = {
  LOCATED_IN: { from: ['City', 'Region', 'BorderCrossing', 'LogisticsHub'], to: ['City', 'Region', 'Country'] },
  BASED_IN: { from: ['Organization'], to: ['Country', 'Region', 'City'] },
  PART_OF: { from: ['Organization', 'Event'], to: ['Organization', 'Event'] },
  NATIONAL_OF: { from: ['Person'], to: ['Country'] },
  HELD_POST: { from: ['Person'], to: ['Organization', 'Country', 'Region'], properties: ['post', 'asOf', 'since', 'until'] },
  ATTENDED: { from: ['Person', 'Organization', 'Country'], to: ['Event'], properties: ['role'] },
  HELD_IN: { from: ['Event'], to: ['City', 'Region', 'Country'] },
  PARTY_TO: { from: ['Organization', 'Country'], to: ['Agreement'] },
  SIGNED: { from: ['Person'], to: ['Agreement'] },
  SIGNED_AT: { from: ['Agreement'], to: ['Event'] },
  COVERS: { from: ['Agreement'], to: ['Commodity'] },
  SERVES: { from: ['BorderCrossing', 'LogisticsHub'], to: ['Route'] },
  PARTICIPATES_IN: { from: ['Country'], to: ['Route'] },
  EXPORTS: { from: ['Country'], to: ['Commodity'], properties: ['partner', 'status'] },
  CONCERNS: {
    from: ['Event', 'TradeFigure', 'Target', 'Agreement'],
    to: ['Country', 'Region', 'City', 'Commodity', 'BorderCrossing', 'LogisticsHub', 'Route', 'Organization', 'Agreement', 'Event'],
    properties: ['role'],
  },
  STATED: { from: ['Person', 'Organization'], to: ['TradeFigure', 'Target'] },
  STATED_AT: { from: ['TradeFigure', 'Target'], to: ['Event'] },
  SET: { from: ['Person', 'Country', 'Organization'], to: ['Target'] },
} as const satisfies Record<string, { from: readonly EntityType[]; to: readonly EntityType[]; properties?: readonly string[] }>;
export type RelationshipType = keyof typeof RELATIONSHIPS;

/** EXPORTS: whether the goods are traded, offered, ready to supply, planned or permitted. */
export const exportStatus = z.enum(['traded', 'offered', 'ready-to-supply', 'planned', 'permitted']);

export const relationship = z.strictObject({
  type: z.enum(Object.keys(RELATIONSHIPS) as [RelationshipType, ...RelationshipType[]]),
  from: entityId,
  to: entityId,
  cites,
  note: z.string().min(1).optional(),
  /** HELD_POST: the post, as the source names it. ATTENDED and CONCERNS: the part played. */
  post: z.string().min(1).optional(),
  role: z.string().min(1).optional(),
  asOf: dateSpec.optional(),
  since: dateSpec.optional(),
  until: dateSpec.optional(),
  /** EXPORTS: the importing country, and whether the goods are traded, offered or planned. */
  partner: entityId.optional(),
  status: exportStatus.optional(),
});
export type Relationship = z.infer<typeof relationship>;

export const source = z.strictObject({
  id: entityId.refine((id) => id.startsWith('source/'), 'must start with source/'),
  kind: z.enum(['article', 'reference']),
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** Where the article's text is: the seed file it came from. */
  seedFile: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/).optional(),
  // Only web addresses: a frontend shows this as a link, and a javascript: or data: one would run there.
  url: z.url({ protocol: /^https?$/, error: 'must be an http or https address' }).optional(),
  published: dateSpec.optional(),
  /** Articles: how many paragraphs it has, so every cited paragraph number can be checked. */
  paragraphs: z.number().int().positive().optional(),
  /** A paragraph that states nothing about the relationship, and why (an author's biography, say). */
  skippedParagraphs: z.array(z.strictObject({ paragraph: z.number().int().positive(), reason: z.string().min(1) })).default([]),
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof source>;

/** A file's outline; each entry of `entities` is then checked as an entity (it has a type) or a mention. */
export const datasetFile = z.strictObject({
  source,
  entities: z.array(z.record(z.string(), z.unknown())).default([]),
  relationships: z.array(relationship).default([]),
});

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first day a partial date can mean: 2023-05 → 2023-05-01. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date can mean: 2024-02 → 2024-02-29. */
export function lastDay(date: string): string {
  if (date.length === 10) return date;
  const [year, month] = date.length === 4 ? [Number(date), 12] : [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(days).padStart(2, '0')}`;
}

function isPartialDate(value: string): boolean {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return false;
  const [year, month = 1, day = 1] = value.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The values a field of an entity type may take, as the format defines them: `valuesOf('Event', 'kind')`,
 * `valuesOf('TradeFigure', 'growth.unit')`. The API's enums are made from these, so the format stays their
 * one definition.
 */
export function valuesOf(type: EntityType, path: string): string[] {
  let schema: unknown = entity.options.find((candidate) => candidate.shape.type.value === type);
  for (const field of path.split('.')) schema = unwrap(schema, (inner) => 'shape' in inner)?.shape?.[field];
  const values = unwrap(schema, (inner) => Array.isArray(inner.options))?.options;
  if (!Array.isArray(values)) throw new Error(`${type}.${path} is not an enum in the dataset format`);
  return values as string[];
}

type SchemaLike = { shape?: Record<string, unknown>; options?: unknown; unwrap?: () => unknown; element?: unknown };

/** Looks through optional(), default() and array() wrappers for the schema that `found` recognises. */
function unwrap(schema: unknown, found: (inner: SchemaLike) => boolean): SchemaLike | undefined {
  let inner = schema as SchemaLike | undefined;
  while (inner && typeof inner === 'object' && !found(inner)) {
    inner = (inner.unwrap?.() ?? inner.element) as SchemaLike | undefined;
  }
  return inner;
}

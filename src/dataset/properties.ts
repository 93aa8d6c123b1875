import neo4j from 'neo4j-driver';
import { type DateSpec, type Entity, firstDay, lastDay, precisionOf, type Relationship, type Source } from './format.ts';

type Value = string | number | boolean | string[] | number[] | InstanceType<typeof neo4j.types.Date> | null;
type Properties = Record<string, Value>;

/**
 * A date becomes properties a query can use: the text as the source gives it, its precision, whether it was
 * inferred and why, and the first and last day it can mean, as Neo4j dates for range queries.
 * `date: 2023-05` → date "2023-05", datePrecision "month", dateFrom 2023-05-01, dateTo 2023-05-31.
 */
export function dateProperties(prefix: string, spec: DateSpec | undefined): Properties {
  if (!spec) return {};
  return {
    [prefix]: spec.end ? `${spec.date}/${spec.end}` : spec.date,
    [`${prefix}Precision`]: precisionOf(spec.date),
    [`${prefix}Inferred`]: spec.inferred,
    [`${prefix}Basis`]: spec.basis ?? null,
    [`${prefix}From`]: neo4jDate(firstDay(spec.date)),
    [`${prefix}To`]: neo4jDate(lastDay(spec.end ?? spec.date)),
  };
}

function neo4jDate(isoDay: string) {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, day);
}

/** A node's properties. Lists of maps cannot be stored, so nested values are spread into their own keys. */
export function entityProperties(entity: Entity): Properties {
  const { id: _id, type: _type, cites: _cites, note, ...facts } = entity;
  const properties: Properties = { note: note ?? null };
  for (const [key, value] of Object.entries(facts)) {
    if (key === 'date' || key === 'period' || key === 'deadline' || key === 'statusDate') {
      Object.assign(properties, dateProperties(key, value as DateSpec | undefined));
    } else if (key === 'value' && typeof value === 'object' && value !== null) {
      const { value: amount, currency, bound } = value as { value: number; currency: string; bound: string };
      Object.assign(properties, { valueAmount: amount, valueCurrency: currency, valueBound: bound });
    } else if (key === 'growth') {
      const growth = value as { value: number; unit: string; bound: string } | undefined;
      Object.assign(properties, { growthValue: growth?.value ?? null, growthUnit: growth?.unit ?? null, growthBound: growth?.bound ?? null });
    } else if (key === 'hs') {
      const codes = value as { code: string; edition: string }[];
      Object.assign(properties, { hsCodes: codes.map((hs) => hs.code), hsEdition: codes[0]?.edition ?? null });
    } else {
      properties[key] = value as Value;
    }
  }
  return properties;
}

export function relationshipProperties(relationship: Relationship): Properties {
  const { type: _type, from: _from, to: _to, cites: _cites, asOf, since, until, ...rest } = relationship;
  return {
    note: rest.note ?? null,
    post: rest.post ?? null,
    role: rest.role ?? null,
    partner: rest.partner ?? null,
    status: rest.status ?? null,
    ...dateProperties('asOf', asOf),
    ...dateProperties('since', since),
    ...dateProperties('until', until),
  };
}

export function sourceProperties(source: Source): Properties {
  const { id: _id, published, skippedParagraphs, ...rest } = source;
  return {
    kind: rest.kind,
    title: rest.title,
    publisher: rest.publisher,
    seedFile: rest.seedFile ?? null,
    url: rest.url ?? null,
    paragraphs: rest.paragraphs ?? null,
    note: rest.note ?? null,
    skippedParagraphs: skippedParagraphs.map((skip) => skip.paragraph),
    skippedReasons: skippedParagraphs.map((skip) => skip.reason),
    ...dateProperties('published', published),
  };
}

/**
 * The entries that hold a value. Neo4j stores no null property, so values are compared and written without
 * them; and a client's input leaves a field out as absent or null alike.
 */
export function withoutNulls<Fields extends Record<string, unknown>>(fields: Fields): Partial<Fields> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined)) as Partial<Fields>;
}

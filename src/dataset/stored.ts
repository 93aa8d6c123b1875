import type { PlainProperties } from '../db/values.ts';
import { type DateSpec, entity as entitySchema, type Entity, type EntityType } from './format.ts';

/*
 * An entity read back from the properties it is stored with: the inverse of entityProperties(), so an edit
 * can be applied to the entity as the dataset format describes it and checked by the same rules.
 */

const DATE_FIELDS = new Set(['date', 'period', 'deadline', 'statusDate']);

/** The fields of an entity type in the dataset format (besides id, type and cites). */
export function fieldsOf(type: EntityType): string[] {
  const option = entitySchema.options.find((candidate) => candidate.shape.type.value === type)!;
  return Object.keys(option.shape).filter((field) => field !== 'id' && field !== 'type' && field !== 'cites');
}

export type StoredEntity = Omit<Entity, 'cites'>;

/** How many times an entity has been written; one loaded before entities carried revisions counts as 1. */
export function revisionOf(properties: PlainProperties): number {
  return typeof properties.revision === 'number' ? properties.revision : 1;
}

export function entityFromProperties(type: EntityType, id: string, properties: PlainProperties): StoredEntity {
  const entity: Record<string, unknown> = { id, type };
  for (const field of fieldsOf(type)) {
    const value = fieldFromProperties(type, field, properties);
    if (value !== undefined && value !== null) entity[field] = value;
  }
  return entity as StoredEntity;
}

function fieldFromProperties(type: EntityType, field: string, properties: PlainProperties): unknown {
  if (DATE_FIELDS.has(field)) return dateFromProperties(field, properties);
  if (field === 'value' && type === 'Agreement') {
    if (properties.valueAmount == null) return undefined;
    return { value: properties.valueAmount, currency: properties.valueCurrency, bound: properties.valueBound };
  }
  if (field === 'growth') {
    if (properties.growthValue == null) return undefined;
    return { value: properties.growthValue, unit: properties.growthUnit, bound: properties.growthBound };
  }
  if (field === 'hs') {
    const codes = (properties.hsCodes ?? []) as string[];
    return codes.map((code) => ({ code, edition: properties.hsEdition }));
  }
  return properties[field];
}

function dateFromProperties(prefix: string, properties: PlainProperties): DateSpec | undefined {
  const text = properties[prefix];
  if (typeof text !== 'string') return undefined;
  const [date, end] = text.split('/') as [string, string?];
  const basis = properties[`${prefix}Basis`];
  return {
    date,
    ...(end ? { end } : {}),
    inferred: properties[`${prefix}Inferred`] === true,
    ...(typeof basis === 'string' ? { basis } : {}),
  };
}

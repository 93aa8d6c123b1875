import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './system.ts';

/** Sorted, so the printed SDL in schema/ changes only when the schema does. */
export const schema = lexicographicSortSchema(builder.toSchema());

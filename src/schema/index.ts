import { assertValidSchema, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
// The Entity interface first: every entity type implements it as its module loads.
import './entity.ts';
import './source.ts';
import './agreement.ts';
import './border-crossing.ts';
import './city.ts';
import './commodity.ts';
import './country.ts';
import './event.ts';
import './logistics-hub.ts';
import './organization.ts';
import './person.ts';
import './region.ts';
import './route.ts';
import './target.ts';
import './trade-figure.ts';
import './graph.ts';
import './system.ts';
import './editing.ts';
import './linking.ts';
import './dataset-import.ts';

/** Sorted, so the printed SDL in schema/ changes only when the schema does. */
export const schema = lexicographicSortSchema(builder.toSchema());
// Fail at start-up, not on the first request, if the types do not fit together.
assertValidSchema(schema);

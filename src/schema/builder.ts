import SchemaBuilder from '@pothos/core';
import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLContext } from '../context.ts';

// Fields are non-null unless marked `nullable: true`: a client can rely on what is always there, and
// optional facts say so in the SDL.
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  Scalars: { DateTime: { Input: Date; Output: Date } };
}>({ defaultFieldNullability: false });

builder.queryType({ description: 'Questions to ask of the Kazakhstan–China graph.' });
builder.mutationType({ description: 'Changes to the graph.' });
builder.addScalarType('DateTime', DateTimeResolver, {});

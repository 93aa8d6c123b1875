// Writes the schema's SDL to schema/schema.graphql: the contract frontend developers review in diffs.
// tests/schema.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { paths } from '../src/paths.ts';
import { schema } from '../src/schema/index.ts';

writeFileSync(paths.printedSchema, `${printSchema(schema)}\n`);
console.log(`Wrote ${paths.printedSchema}`);

import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { paths } from '../src/paths.ts';
import { schema } from '../src/schema/index.ts';

describe('the printed SDL in schema/', () => {
  it('is current (run `npm run schema:print` after changing the schema)', () => {
    expect(readFileSync(paths.printedSchema, 'utf8')).toBe(`${printSchema(schema)}\n`);
  });
});

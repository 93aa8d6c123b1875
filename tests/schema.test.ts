import { readFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { paths } from '../src/paths.ts';
import { schema } from '../src/schema/index.ts';

describe('the printed SDL in schema/', () => {
  it('is current (run `npm run schema:print` after changing the schema)', () => {
    expect(readFileSync(paths.printedSchema, 'utf8')).toBe(`${printSchema(schema)}\n`);
  });
});

describe('the schema as documentation', () => {
  it('describes every type, field, argument and enum value, so GraphiQL’s docs read as a reference', () => {
    expect(undescribed()).toEqual([]);
  });
});

/** Everything in the schema without a description, named as `Type.field(argument)`. */
function undescribed(): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const argument of 'args' in field ? field.args : []) {
          if (!argument.description) missing.push(`${type.name}.${field.name}(${argument.name})`);
        }
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

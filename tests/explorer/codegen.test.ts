import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import { paths } from '../../src/paths.ts';
import config from '../../web/codegen.ts';

// The explorer's operation types are generated from the printed schema; a schema or an operation changed without
// `npm run codegen` would leave the explorer typed against an API that no longer exists.
it('the explorer’s generated operation types are current (npm run codegen)', async () => {
  const outputs = await generate({ ...config, cwd: paths.projectRoot, silent: true }, false);
  expect(outputs.length).toBeGreaterThan(0);
  for (const output of outputs) {
    const committed = readFileSync(join(paths.projectRoot, output.filename), 'utf8');
    expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
  }
}, 60_000);

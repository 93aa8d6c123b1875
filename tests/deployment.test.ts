import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { NEO4J_IMAGE } from '../src/neo4j/version.ts';
import { paths } from '../src/paths.ts';

const read = (file: string) => readFileSync(join(paths.projectRoot, file), 'utf8');

// docker-compose.yml and the Dockerfile cannot be run on the project's machines; these checks keep them in
// step with what is tested here.
describe('deployment files', () => {
  it('docker-compose.yml runs the pinned Neo4j image', () => {
    expect(read('docker-compose.yml')).toContain(`image: ${NEO4J_IMAGE}\n`);
  });

  it('the Dockerfile runs the Node that npm scripts run on', () => {
    const nodeImage = read('Dockerfile').match(/^FROM node:(\S+?)-/m)?.[1];
    expect(nodeImage).toBe(packageJson.devDependencies.node);
  });

  it('the Dockerfile copies everything the service reads at run time', () => {
    const dockerfile = read('Dockerfile');
    for (const folder of ['src', 'cypher', 'data', 'examples']) expect(dockerfile).toContain(`COPY ${folder} ./${folder}`);
    // The explorer and GraphiQL, built in a stage of their own.
    expect(dockerfile).toContain('COPY --from=web /app/web/dist ./web/dist');
    expect(dockerfile).toMatch(/^FROM node:\S+ AS web$/m);
  });
});

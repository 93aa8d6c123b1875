/**
 * Builds the explorer and GraphiQL (web/) into web/dist when their inputs changed since the last build, so
 * `npm start` and `npm test` on a fresh clone serve a current build without a second command.
 * `--force` builds whatever the stamp says.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { paths } from '../src/paths.ts';

const root = paths.projectRoot;
const stamp = join(paths.webDist, '.inputs-hash');
// What the build reads: the web sources, the examples GraphiQL lists, and the exact dependency versions.
const inputs = ['web', 'examples', 'package-lock.json'];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    // web/bench is the benchmark's own page, built by `npm run bench:explorer` alone.
    .filter((entry) => !['dist', 'node_modules', 'bench'].includes(entry.name))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => filesUnder(join(root, input))).sort()) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const current = inputsHash();
const force = process.argv.includes('--force');
if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === current) {
  console.log('web/dist is up to date');
} else {
  const started = Date.now();
  // Built beside web/dist and swapped in at the end, so a service or test serving the old build never finds
  // its files half gone.
  const next = `${paths.webDist.replace(/\/$/, '')}.next`;
  const old = `${paths.webDist.replace(/\/$/, '')}.old`;
  await build({ configFile: join(root, 'web/vite.config.ts'), logLevel: 'warn', build: { outDir: next, emptyOutDir: true } });
  writeFileSync(join(next, '.inputs-hash'), current);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(paths.webDist)) renameSync(paths.webDist, old);
  renameSync(next, paths.webDist);
  rmSync(old, { recursive: true, force: true });
  console.log(`Built the explorer and GraphiQL into web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

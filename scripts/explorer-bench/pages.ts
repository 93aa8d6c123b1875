/**
 * The built pages the benchmark measures: web/dist, rebuilt first when its sources changed, then copied to a
 * folder of the benchmark's own. Others rebuild web/dist while they work, and a build empties it first; the
 * copy keeps one build whole for every section, however long the run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { paths } from '../../src/paths.ts';
import { measurePage } from './bundle-size.ts';
import type { Cleanup } from './cleanup.ts';
import { progress } from './report.ts';

export const PAGES = ['explorer.html', 'graphiql.html'];
const ATTEMPTS = 3;

function buildPages(): void {
  const built = spawnSync(process.execPath, ['scripts/build-web.ts'], {
    cwd: paths.projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  // The build's warnings are many and not ours to act on here: shown only when it fails.
  if (built.status !== 0) {
    console.error(`${built.stdout ?? ''}${built.stderr ?? ''}`);
    throw new Error(`Building web/dist failed (exit ${built.status ?? built.signal}); its messages are above`);
  }
  progress(built.stdout.trim().split('\n').at(-1) ?? 'web/dist built');
}

/** Whether every file the pages name is in the copy: a copy taken during someone's build is not. */
function isWhole(folder: string): boolean {
  try {
    for (const page of PAGES) measurePage(folder, page);
    return true;
  } catch {
    return false;
  }
}

/** A whole copy of a current build; its folder is removed by `cleanup`. */
export async function snapshotPages(cleanup: Cleanup): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'explorer-bench-dist-'));
  cleanup.add('the copy of web/dist', () => rm(folder, { recursive: true, force: true }));
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    progress('Building web/dist if its sources changed');
    buildPages();
    await rm(folder, { recursive: true, force: true });
    try {
      cpSync(paths.webDist, folder, { recursive: true });
      if (isWhole(folder)) return folder;
    } catch {
      // web/dist changed under the copy: another try below.
    }
    progress(`web/dist changed while it was copied (someone else is building it); trying again (${attempt} of ${ATTEMPTS})`);
    await sleep(20_000);
  }
  throw new Error(`web/dist kept changing while it was copied (${ATTEMPTS} tries); run the benchmark again when no one else builds it`);
}

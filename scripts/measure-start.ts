// Prints how long `node src/main.ts` takes from spawn to a 200 on /ready with a local Neo4j: first on an
// empty store (new databases, a password to set), then again on the same store. The jar download of a
// machine's very first run is not included: it happens once per machine (see README).
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { paths } from '../src/paths.ts';
import { spawnService } from '../tests/support/service-process.ts';

async function timeToReady(home: string): Promise<number> {
  const started = performance.now();
  const service = spawnService({ PORT: '0', NEO4J_LOCAL_HOME: home });
  const [, port] = await service.waitFor(/GraphQL at http:\/\/localhost:(\d+)/);
  while ((await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.status, () => 0)) !== 200) await sleep(50);
  const seconds = (performance.now() - started) / 1000;
  service.child.kill('SIGTERM');
  await service.exit;
  return seconds;
}

const home = await mkdtemp(join(paths.localNeo4j, 'measure-start-'));
try {
  const cold = await timeToReady(home);
  const warm = [await timeToReady(home), await timeToReady(home)];
  console.log(`start to ready, empty store: ${cold.toFixed(1)} s`);
  console.log(`start to ready, existing store: ${warm.map((s) => s.toFixed(1)).join(' s, ')} s`);
} finally {
  await rm(home, { recursive: true, force: true });
}

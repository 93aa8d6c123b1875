import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { paths } from '../../paths.ts';
import { LocalNeo4jUnavailableError } from '../errors.ts';

const run = promisify(execFile);

const MINIMUM_JAVA = 17;

/** The Java major version on PATH, or a reason why there is none that Neo4j 5.26 can use. */
export async function checkJava(): Promise<void> {
  let banner: string;
  try {
    // `java -version` writes to stderr.
    const { stderr } = await run('java', ['-version']);
    banner = stderr;
  } catch {
    throw new LocalNeo4jUnavailableError('no `java` on PATH');
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(banner);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : Number.NaN;
  if (!(major >= MINIMUM_JAVA)) {
    throw new LocalNeo4jUnavailableError(`Java ${MINIMUM_JAVA}+ is needed, found: ${banner.split('\n')[0]}`);
  }
}

function cacheRoot(): string {
  return process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
}

/**
 * The folder holding Neo4j Community's jars for `version`, resolved from Maven Central on first use and
 * cached outside the repository. A folder is used only once its `.complete` marker exists, so an
 * interrupted download is never mistaken for a complete one.
 */
export async function resolveNeo4jJars(version: string, log: (message: string) => void): Promise<string> {
  const libDir = join(cacheRoot(), 'kz-cn-graph', `neo4j-${version}`, 'lib');
  if (existsSync(join(libDir, '.complete'))) return libDir;

  try {
    await run('mvn', ['--version']);
  } catch {
    throw new LocalNeo4jUnavailableError('no `mvn` (Maven) on PATH to fetch the Neo4j jars');
  }

  log(`Resolving Neo4j ${version} jars from Maven Central into ${libDir} (first run only)`);
  const partial = `${libDir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  try {
    await run(
      'mvn',
      [
        '-B', '-q', '-f', paths.neo4jPom, `-Dneo4j.version=${version}`,
        'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${partial}`,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    await writeFile(join(partial, '.complete'), `${new Date().toISOString()}\n`);
    await rm(libDir, { recursive: true, force: true });
    await mkdir(join(libDir, '..'), { recursive: true });
    await rename(partial, libDir);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    // Another process may have finished the same download first; its folder is as good as ours.
    if (existsSync(join(libDir, '.complete'))) return libDir;
    const detail = (error as { stdout?: string }).stdout?.trim().split('\n').slice(-5).join(' | ');
    throw new Error(`Maven could not resolve org.neo4j:neo4j:${version}: ${detail || String(error)}`);
  }
  return libDir;
}

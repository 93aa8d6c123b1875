import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { checkJava, resolveNeo4jJars } from './toolchain.ts';

const run = promisify(execFile);

export interface LocalNeo4jOptions {
  version: string;
  /** Folder for conf, data, logs: kept between runs when `persistent`, removed on stop otherwise. */
  home: string;
  persistent: boolean;
  log: (message: string) => void;
  heap?: string;
  pageCache?: string;
  startTimeoutMs?: number;
}

// The options Neo4j's own launcher passes on 5.26. Starting the entry point directly skips the launcher,
// so they must be given here (server.jvm.additional in neo4j.conf is read only by the launcher).
const JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

const EXIT_CODE_MEANINGS: Record<number, string> = {
  1: 'the web server failed',
  2: 'the database failed (for example its store is locked by another Neo4j)',
  3: 'neo4j.conf is invalid',
};

// Polls for the process that started Neo4j; when it is gone (even killed with SIGKILL, when no exit handler
// of ours runs) Neo4j is told to stop, so no orphaned `java` outlives its owner.
const WATCHDOG_SCRIPT = `
while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done
kill -0 "$1" 2>/dev/null || kill -TERM "$2" 2>/dev/null
`;

/**
 * A Neo4j Community server run from Maven Central jars with the system's Java, bound to 127.0.0.1 on a free
 * port. `start()` resolves once a driver has connected; `stop()` sends SIGTERM and waits for a clean exit.
 */
export class LocalNeo4j {
  readonly uri: string;
  readonly port: number;
  readonly username = 'neo4j';
  password = '';
  private process: ChildProcess | undefined;
  private exited: Promise<number | null> = Promise.resolve(null);
  private recentOutput: string[] = [];
  private stopping = false;
  private readonly killOnExit = () => this.process?.kill('SIGTERM');
  private readonly options: LocalNeo4jOptions;

  private constructor(options: LocalNeo4jOptions, port: number) {
    this.options = options;
    this.port = port;
    this.uri = `bolt://127.0.0.1:${port}`;
  }

  /** Prepares (but does not start) a server. Fails at once when Java or Maven is missing. */
  static async create(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
    await checkJava();
    return new LocalNeo4j(options, await findFreePort());
  }

  /** A throwaway server's home: a fresh folder under `parent`, owned by this process. */
  static async throwawayHome(parent: string): Promise<string> {
    await mkdir(parent, { recursive: true });
    await removeAbandonedHomes(parent);
    return mkdtemp(join(parent, 'neo4j-'));
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  async start(): Promise<void> {
    const { version, home, persistent, log } = this.options;
    this.stopping = false;
    const lib = await resolveNeo4jJars(version, log);
    for (const dir of ['conf', 'data', 'logs', 'run', 'plugins']) await mkdir(join(home, dir), { recursive: true });
    await writeFile(join(home, 'conf', 'neo4j.conf'), this.config());
    if (persistent) this.password = await this.ensurePassword(lib);
    // Marks a throwaway home as ours, so a later run can tell it was abandoned if we die without stopping.
    else await writeFile(join(home, 'owner.pid'), String(process.pid));
    // stop() during the steps above found no process to stop: starting one now would orphan it.
    if (this.stopping) throw new Error('Local Neo4j start was cancelled');

    const child = spawn('java', [...this.jvmOptions(lib), 'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`, `--config-dir=${join(home, 'conf')}`, '--console-mode'], {
      cwd: home,
      // Its own process group: a Ctrl-C in the terminal reaches us, and we stop Neo4j after the requests
      // in flight are done, instead of Neo4j dying under them.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    this.captureOutput(child);
    process.once('exit', this.killOnExit);
    spawn('sh', ['-c', WATCHDOG_SCRIPT, 'neo4j-watchdog', String(process.pid), String(child.pid)], {
      detached: true,
      stdio: 'ignore',
    }).unref();

    log(`Starting local Neo4j ${version} (pid ${child.pid}) on ${this.uri}, files in ${home}`);
    await this.waitUntilReady();
  }

  /** SIGTERM, then wait for Neo4j's clean shutdown (SIGKILL only if it hangs). Removes a throwaway home. */
  async stop({ timeoutMs = 60_000 } = {}): Promise<void> {
    const child = this.process;
    this.stopping = true;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const exited = await Promise.race([
        this.exited.then(() => true),
        sleep(timeoutMs, false, { ref: false }),
      ]);
      if (!exited) {
        child.kill('SIGKILL');
        await this.exited;
      }
    }
    process.removeListener('exit', this.killOnExit);
    this.process = undefined;
    if (!this.options.persistent) await rm(this.options.home, { recursive: true, force: true });
  }

  /**
   * SIGKILL, as a crash or a power cut would stop it: no clean shutdown. The home stays, so `start()` opens
   * the same store again, recovering it from its transaction log; for tests of what survives a crash.
   */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await this.exited;
    process.removeListener('exit', this.killOnExit);
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 180_000);
    const driver = neo4j.driver(this.uri, neo4j.auth.basic(this.username, this.password), {
      connectionTimeout: 2_000,
      logging: { level: 'error', logger: () => {} },
    });
    const exit = this.exited.then((code) => ({ code }));
    try {
      while (true) {
        const outcome = await Promise.race([
          driver.getServerInfo().then(() => 'ready' as const, () => 'not yet' as const),
          exit,
        ]);
        if (outcome === 'ready') return;
        if (typeof outcome === 'object') throw this.exitError(outcome.code);
        if (this.stopping) throw new Error('Local Neo4j start was cancelled');
        if (Date.now() > deadline) {
          const error = new Error(`Local Neo4j did not accept connections in time. ${this.outputTail()}`);
          await this.stop();
          throw error;
        }
        await sleep(250);
      }
    } finally {
      await driver.close();
    }
  }

  private exitError(code: number | null): Error {
    const meaning = code !== null ? EXIT_CODE_MEANINGS[code] : undefined;
    return new Error(
      `Local Neo4j exited during start with code ${code}${meaning ? ` (${meaning})` : ''}. ${this.outputTail()}`,
    );
  }

  private outputTail(): string {
    return `Last output:\n${this.recentOutput.join('\n')}\nFull log: ${join(this.options.home, 'logs', 'console.log')}`;
  }

  private captureOutput(child: ChildProcess): void {
    const file = createWriteStream(join(this.options.home, 'logs', 'console.log'), { flags: 'a' });
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      stream.pipe(file, { end: false });
      createInterface({ input: stream }).on('line', (line) => {
        this.recentOutput.push(line);
        if (this.recentOutput.length > 30) this.recentOutput.shift();
      });
    }
    child.once('exit', () => file.end());
  }

  private jvmOptions(lib: string): string[] {
    const { heap = this.options.persistent ? '1g' : '512m' } = this.options;
    const home = this.options.home;
    return [`-Xms${heap}`, `-Xmx${heap}`, ...JVM_OPTIONS, '-cp', `${join(home, 'plugins')}/*:${lib}/*`];
  }

  private config(): string {
    const { home, persistent, pageCache = persistent ? '256m' : '64m' } = this.options;
    const address = `127.0.0.1:${this.port}`;
    const settings: Record<string, string> = {
      // Loopback only: Node may resolve `localhost` to ::1, so listen and advertise the IPv4 address.
      'server.default_listen_address': '127.0.0.1',
      'server.default_advertised_address': '127.0.0.1',
      'server.bolt.listen_address': address,
      'server.bolt.advertised_address': address,
      'server.http.enabled': 'false',
      'server.https.enabled': 'false',
      'dbms.usage_report.enabled': 'false',
      'dbms.security.auth_enabled': String(persistent),
      'server.directories.data': join(home, 'data'),
      'server.directories.logs': join(home, 'logs'),
      'server.directories.run': join(home, 'run'),
      'server.directories.plugins': join(home, 'plugins'),
      'server.memory.pagecache.size': pageCache,
      'db.tx_log.rotation.retention_policy': persistent ? '256M size' : '1 files',
      // On SIGTERM Bolt otherwise waits 5 s twice for clients to leave. Ours has closed its driver by then.
      'internal.server.bolt.connection_shutdown_wait_time': '0s',
      'internal.dbms.bolt.netty_server_shutdown_quiet_period': '0',
      'internal.dbms.bolt.netty_server_shutdown_timeout': '1s',
    };
    return `${Object.entries(settings).map(([key, value]) => `${key}=${value}`).join('\n')}\n`;
  }

  /**
   * A persistent server keeps data, so it gets a password: generated once, set with Neo4j's admin tool
   * before the first start, and kept in the home folder (readable by this user only).
   */
  private async ensurePassword(lib: string): Promise<string> {
    const file = join(this.options.home, 'conf', 'password');
    if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
    if (existsSync(join(this.options.home, 'data', 'dbms'))) {
      throw new Error(
        `${file} is missing but ${this.options.home} already holds a database whose password it was; ` +
          'restore the file or remove the folder to start afresh',
      );
    }
    // Hex: a password starting with `-` (as one in base64url may) is taken by the admin tool for an option.
    const password = randomBytes(24).toString('hex');
    try {
      await run('java', ['-cp', `${lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password], {
        env: { ...process.env, NEO4J_HOME: this.options.home, NEO4J_CONF: join(this.options.home, 'conf') },
      });
    } catch (error) {
      // execFile's error quotes the command line, password and all, and it would reach the log.
      throw new Error(`Neo4j's admin tool could not set the local server's password: ${adminToolFailure(error, password)}`);
    }
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}

/** Why the admin tool failed, in its own words (its error output), with `secret` hidden wherever it stands. */
function adminToolFailure(error: unknown, secret: string): string {
  const { code, stderr } = error as { code?: unknown; stderr?: unknown };
  // The first lines say what went wrong; a usage text, if any, follows them.
  const output = typeof stderr === 'string' ? stderr.trim().split('\n').slice(0, 3).join('\n') : '';
  const said = output || (typeof code === 'string' ? code : `exit code ${String(code)}`);
  return said.replaceAll(secret, '***');
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Throwaway homes whose owning process died without cleaning up (killed, machine restarted). */
async function removeAbandonedHomes(parent: string): Promise<void> {
  for (const entry of await readdir(parent)) {
    const owner = await readFile(join(parent, entry, 'owner.pid'), 'utf8').catch(() => undefined);
    if (owner !== undefined && !isAlive(Number(owner))) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

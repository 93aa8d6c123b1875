import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { paths } from '../../src/paths.ts';

export interface ServiceProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in stdout or stderr, or rejects when the process exits. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * `node src/main.ts`, as `npm start` runs it, with the given environment on top of this one minus every
 * NEO4J_ variable, so each test says exactly which Neo4j the service may use.
 */
export function spawnService(env: Record<string, string>): ServiceProcess {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NEO4J_')));
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: paths.projectRoot,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      for (const listener of listeners) listener();
    });
  }
  const exit = once(child, 'exit').then(([code, signal]) => ({ code, signal }) as { code: number | null; signal: NodeJS.Signals | null });

  return {
    child,
    output: () => output,
    exit,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = output.match(pattern);
          if (match) {
            listeners.delete(check);
            resolve(match);
          }
        };
        listeners.add(check);
        check();
        void exit.then(({ code }) => {
          if (listeners.has(check)) reject(new Error(`Service exited (${code}) before printing ${pattern}:\n${output}`));
        });
      }),
  };
}

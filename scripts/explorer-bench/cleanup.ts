import { progress } from './report.ts';

/**
 * What the benchmark must stop before it exits (its Neo4j, its servers, its browser), stopped last first,
 * whether it ends normally, fails, or is interrupted. Each step is bounded: one that hangs is left behind
 * with a message, so exit is never held up (Neo4j's own watchdog stops it when this process is gone).
 */
export class Cleanup {
  readonly #steps: { name: string; run: () => Promise<unknown> }[] = [];

  add(name: string, run: () => Promise<unknown>): void {
    this.#steps.push({ name, run });
  }

  async run(timeoutMs = 15_000): Promise<void> {
    for (let step = this.#steps.pop(); step; step = this.#steps.pop()) {
      const { name, run } = step;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('timed out'), timeoutMs)));
      const outcome = await Promise.race([run().then(() => 'ok', (error: Error) => `failed: ${error.message}`), timeout]);
      clearTimeout(timer);
      if (outcome !== 'ok') progress(`Stopping ${name} ${outcome}`);
    }
  }
}

/** Rejects with a message in words when `promise` takes longer than `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${Math.round(ms / 1000)} s; giving up`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

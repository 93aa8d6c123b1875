import type { Logger } from 'pino';

/**
 * What the process must undo before it exits, undone in reverse order of acquiring, once, whether the
 * process ends by signal, by a failed start, or by test teardown.
 */
export class Lifecycle {
  private readonly steps: { name: string; undo: () => Promise<void> }[] = [];
  private shutdown: Promise<void> | undefined;
  private readonly logger: Logger;

  constructor(logger: Logger) {
    this.logger = logger;
  }

  get shuttingDown(): boolean {
    return this.shutdown !== undefined;
  }

  defer(name: string, undo: () => Promise<void>): void {
    this.steps.push({ name, undo });
  }

  close(): Promise<void> {
    this.shutdown ??= (async () => {
      for (const { name, undo } of this.steps.reverse()) {
        try {
          await undo();
          this.logger.info(`Stopped: ${name}`);
        } catch (error) {
          this.logger.error({ err: error }, `Could not stop ${name} cleanly`);
        }
      }
    })();
    return this.shutdown;
  }
}

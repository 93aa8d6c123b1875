import { useCallback, useState } from 'react';
import { describeFailure } from '../../api/client.ts';

export interface Failure {
  message: string;
  /** Runs the failed task again; null when trying again cannot help. */
  retry: (() => void) | null;
}

/**
 * Every request the shell makes goes through `run`: it counts what is in flight (the toolbar's busy
 * indicator, and what tests wait on) and turns a failure into words with a Retry.
 */
export function useTasks() {
  const [busy, setBusy] = useState(0);
  const [failure, setFailure] = useState<Failure | null>(null);
  const run = useCallback((task: () => Promise<void>, { retryable = true }: { retryable?: boolean } = {}) => {
    const attempt = () => {
      setFailure(null);
      setBusy((count) => count + 1);
      task()
        .catch((error: unknown) => setFailure({ message: describeFailure(error), retry: retryable ? attempt : null }))
        .finally(() => setBusy((count) => count - 1));
    };
    attempt();
  }, []);
  const dismiss = useCallback(() => setFailure(null), []);
  return { busy, failure, run, dismiss };
}

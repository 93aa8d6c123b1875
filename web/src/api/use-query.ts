import { useCallback, useEffect, useState } from 'react';
import { type Operation, request } from './client.ts';

export type QueryState<Data> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'done'; data: Data };

/**
 * Runs an operation whenever its variables change (compared as JSON), cancelling the one before, so a
 * panel always shows the answer to the latest question, or why there is none.
 */
export function useQuery<Data, Variables extends Record<string, unknown>>(
  document: Operation<Data, Variables>,
  variables: Variables,
  { skip = false }: { skip?: boolean } = {},
): QueryState<Data> | undefined {
  const key = JSON.stringify(variables);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<QueryState<Data> | undefined>(undefined);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (skip) {
      setState(undefined);
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    request(document, JSON.parse(key) as Variables, { signal: controller.signal }).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error, retry });
      },
    );
    return () => controller.abort();
  }, [document, key, skip, attempt, retry]);

  return state;
}

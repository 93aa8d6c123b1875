import type { JSX, ReactNode } from 'react';
import { describeFailure } from '../../api/client.ts';
import type { QueryState } from '../../api/use-query.ts';

/*
 * What a research view shows while its answer is not there to draw: that it is loading, why it failed (in
 * words, with Retry), or, for an empty answer, what that means and what to try.
 */

export function Loading({ what }: { what: string }): JSX.Element {
  return (
    <p className="view-status" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Failure({ error, retry }: { error: unknown; retry: () => void }): JSX.Element {
  return (
    <div className="view-status view-error" role="alert">
      <p>{describeFailure(error)}</p>
      <button type="button" onClick={retry} aria-label="Retry loading this view">
        Retry
      </button>
    </div>
  );
}

export function Explanation({ children }: { children: ReactNode }): JSX.Element {
  return <div className="view-status view-explanation">{children}</div>;
}

/** Renders the answer when there is one, and loading or the failure otherwise. */
export function WithAnswer<Data>({
  state,
  what,
  children,
}: {
  state: QueryState<Data> | undefined;
  what: string;
  children(data: Data): ReactNode;
}): JSX.Element {
  if (!state || state.status === 'loading') return <Loading what={what} />;
  if (state.status === 'error') return <Failure error={state.error} retry={state.retry} />;
  return <>{children(state.data)}</>;
}

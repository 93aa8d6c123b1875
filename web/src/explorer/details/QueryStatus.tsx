import type { JSX } from 'react';
import { describeFailure } from '../../api/client.ts';

/** What a panel says while its answer is on the way. */
export function Loading({ what }: { what: string }): JSX.Element {
  return (
    <p className="panel-status" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** Why there is no answer, in words, with a way to ask again. */
export function Problem({ what, error, retry }: { what: string; error: unknown; retry: () => void }): JSX.Element {
  return (
    <div className="panel-problem" role="alert">
      <p>
        Could not load {what}. {describeFailure(error)}
      </p>
      <button type="button" onClick={retry} aria-label={`Retry loading ${what}`}>
        Retry
      </button>
    </div>
  );
}

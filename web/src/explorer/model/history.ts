/*
 * Undo and redo as a list of states: every canvas change pushes the state it made, undo steps back, redo
 * forward, and a new change after an undo drops the redo branch, as in any editor.
 */

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

/** How many steps back undo reaches; older states are dropped so memory stays bounded. */
export const HISTORY_LIMIT = 100;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** Records a change; a change that returns the same state (nothing happened) records nothing. */
export function record<T>(history: History<T>, next: T): History<T> {
  if (next === history.present) return history;
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

/** Replaces the present without a step of its own: for states that arrive from elsewhere (a link, back/forward). */
export function replacePresent<T>(history: History<T>, present: T): History<T> {
  return { ...history, present };
}

export const canUndo = <T>(history: History<T>) => history.past.length > 0;
export const canRedo = <T>(history: History<T>) => history.future.length > 0;

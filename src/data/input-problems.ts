import type { z } from 'zod';

/*
 * What is wrong with a write's input, field by field, so a form can show each problem beside its field.
 * Writes return these as data; they are not GraphQL errors, which would say the request itself was wrong.
 */

export const INPUT_PROBLEM_CODES = {
  REQUIRED: 'A value is needed and none was given (or null was given to remove it).',
  INVALID: 'The value is malformed or out of range: a date that does not exist, an empty name, a bad id.',
  NOT_FOUND: 'An entity or source the input names is not in the graph.',
  ALREADY_EXISTS: 'Something with this key is already in the graph.',
  NOT_ALLOWED: 'The graph’s rules do not allow it: a relationship between these types, a fact this relationship does not carry.',
  CONFLICT: 'The entity changed since the revision the client read (`expectedRevision`).',
  HAS_DEPENDANTS: 'Other entities are linked to it; deleting it needs `cascade`.',
} as const;
export type InputProblemCode = keyof typeof INPUT_PROBLEM_CODES;

export interface InputProblem {
  /** The path of the input field at fault, from the mutation's `input`: ["date", "end"]; empty for the whole input. */
  field: string[];
  message: string;
  code: InputProblemCode;
}

/**
 * Thrown inside a write transaction to undo it and report problems found after it began (a reference
 * that is gone, a revision that moved on). Carries what the mutation reports instead of its result.
 */
export class WriteRejected extends Error {
  override name = 'WriteRejected';
  readonly problems: InputProblem[];
  readonly details: Record<string, unknown>;

  constructor(problems: InputProblem[], details: Record<string, unknown> = {}) {
    super(problems.map((problem) => `${problem.field.join('.')}: ${problem.message}`).join('; '));
    this.problems = problems;
    this.details = details;
  }
}

/** What a write returns: what it wrote, or the problems that kept it from writing anything. */
export interface WriteOutcome<Result> {
  result?: Result;
  problems: InputProblem[];
}

/** A rejection becomes the outcome the client reads; anything else is a failure and is thrown on. */
export function outcomeOfRejection<Result>(error: unknown): WriteOutcome<Result> {
  if (error instanceof WriteRejected) return { problems: error.problems };
  throw error;
}

/** The format's complaints about a value, each at its field's path under `prefix`. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], prefix: string[], value: unknown): InputProblem[] {
  return issues.map((issue) => {
    const field = [...prefix, ...issue.path.map(String)];
    const missing = issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined;
    return missing ? { field, message: 'is required', code: 'REQUIRED' } : { field, message: issue.message, code: 'INVALID' };
  });
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((current, key) => (current == null ? undefined : (current as Record<PropertyKey, unknown>)[key]), value);
}

/**
 * Errors about content, written for authors: each names the file, the field and what
 * was expected, so that a failed build says exactly what to fix.
 */
import type { z } from 'zod';

export interface ContentProblem {
  /** Path of the content file, relative to the project root. */
  file: string;
  /** Dotted path of the field ("signer.name", "tasks.3.lead"), or "body", or "" for the whole file. */
  field: string;
  /** What is wrong and what is expected. */
  message: string;
}

/** Formats one problem as a single line: `file › field: message`. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.field ? ` › ${problem.field}` : ''}: ${problem.message}`;
}

/** Raised when content is invalid; its message lists every problem, one a line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Turns zod issues into problems of one file, prefixing each field with `prefix`. */
export function zodProblems(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/**
 * The gate of a plan's body: parsed as MDX (with GFM) as the build compiles it, then
 * refused when it holds anything but plain Markdown (import/export, expressions, tags,
 * raw HTML, comments, autolinks) or an address the one URL rule refuses; every problem
 * names the line and column in the plan file. `npm run check` and the plans loader call
 * this same function, so that both give the same verdict and the same message.
 */
import type { Root } from 'mdast';
import type { ContentProblem } from '../content-error';
import { findMdxViolations } from '../markdown/mdx-allowlist';
import { parseMdx } from '../markdown/parse';
import type { ImageContext } from './urls';

/** What an MDX syntax error at this place most likely is, in an author's words. */
function explain(lineText: string, column: number, reason: string): { column: number; message: string } {
  const at = lineText.lastIndexOf('<', Math.max(0, column - 1));
  const rest = at === -1 ? '' : lineText.slice(at);
  // Named at the "<" that opens it (the parser stops a few characters later).
  if (rest.startsWith('<!--')) return { column: at + 1, message: 'an HTML comment <!-- … --> is not allowed in a plan: remove it' };
  if (/^<(?:https?|mailto|ftp|tel):|^<[^\s<>@]+@[^\s<>]+>/i.test(rest)) return { column: at + 1, message: 'an autolink <…> is not allowed: write the address as is, or as [text](address)' };
  if (/^<\/?[A-Za-z]/.test(rest)) return { column: at + 1, message: `raw HTML or a tag (${rest.slice(0, 20)}…) is not allowed: write a literal < as \\<` };
  return { column, message: `not valid MDX: ${reason.replace(/ \(note: .*\)$/, '')}; write a literal {, }, < or > as \\{, \\}, \\< or \\>` };
}

/** Parses a body whose first line is line `bodyStartLine` of the file; positions are the file's. */
export function parsePlanBody(body: string, bodyStartLine: number): Root {
  return parseMdx('\n'.repeat(bodyStartLine - 1) + body);
}

/** The problems of a plan's body; `tree` receives the parsed tree when it parses. */
export function planBodyProblems(file: string, body: string, bodyStartLine: number, images?: ImageContext, tree?: { root?: Root }): ContentProblem[] {
  let root: Root;
  try {
    root = parsePlanBody(body, bodyStartLine);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    const line = e.line ?? null;
    const column = e.column ?? 1;
    const lineText = line ? (body.split('\n')[line - bodyStartLine] ?? '') : '';
    const explained = explain(lineText, column, e.reason ?? e.message);
    return [{ file, field: line ? `line ${line}:${explained.column}` : 'body', message: explained.message }];
  }
  if (tree) tree.root = root;
  return findMdxViolations(root, images).map((v) => ({
    file,
    field: v.line ? `line ${v.line}:${v.column ?? 1}` : 'body',
    // Address problems are sentences of their own; the others name what was found.
    message: v.found.startsWith('image ')
      ? v.found
      : v.found.startsWith('link ')
        ? `${v.found} is not allowed`
        : `${v.found} is not allowed in a plan (only plain Markdown; write a literal {, }, < or > as \\{, \\}, \\< or \\>)`,
  }));
}

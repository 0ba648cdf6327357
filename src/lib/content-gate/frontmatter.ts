/**
 * The split of a plan file into its frontmatter and its body, on the text, before any
 * parsing: the file starts with a line `---`, the frontmatter ends at the next line that
 * is exactly `---`. The same cut as Astro's (the first "\n---" after the opening), with
 * the closing line required to be `---` alone, so that both always agree on the body.
 */
import { ContentError } from '../content-error';

export interface FrontmatterSplit {
  /** The YAML between the two `---` lines. */
  frontmatter: string;
  /** Line of the file where the YAML starts (2). */
  frontmatterStartLine: number;
  /** Everything after the closing `---` line. */
  body: string;
  /** Line of the file where the body starts. */
  bodyStartLine: number;
}

/** Splits a plan's text (BOM already dropped); throws a ContentError when the frontmatter is missing or unclosed. */
export function splitFrontmatter(text: string, file: string): FrontmatterSplit {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) throw new ContentError([{ file, field: 'line 1:1', message: 'expected the frontmatter first: a line "---", the fields, and a line "---"' }]);
  // Astro's cut: the first "\n---" after the opening line (its regex is lazy).
  const close = text.indexOf('\n---', open[0].length - 1);
  if (close === -1) throw new ContentError([{ file, field: 'line 1:1', message: 'the frontmatter is not closed: expected a line "---" after the fields' }]);
  const frontmatter = text.slice(open[0].length, close + 1);
  const frontmatterStartLine = 2;
  const closingLine = frontmatterStartLine + countLines(frontmatter);
  const lineEnd = text.indexOf('\n', close + 1);
  const rest = text.slice(close + 4, lineEnd === -1 ? text.length : lineEnd);
  if (!/^[ \t\r]*$/.test(rest)) {
    throw new ContentError([{ file, field: `line ${closingLine}:1`, message: `a line starting with "---" ends the frontmatter: write it as "---" alone (found "---${rest.slice(0, 20)}")` }]);
  }
  return { frontmatter, frontmatterStartLine, body: lineEnd === -1 ? '' : text.slice(lineEnd + 1), bodyStartLine: closingLine + 1 };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

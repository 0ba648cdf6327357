/**
 * Characters a content file may not contain even as valid UTF-8: NUL and the other
 * control characters (C0 except tab, line feed and carriage return; DEL; C1), which
 * break XML feeds and never belong in an official text; the noncharacters U+FFFE and
 * U+FFFF; and U+0335 COMBINING SHORT STROKE OVERLAY, which the search index uses to fold
 * đ (README, Search) so that text containing it would be altered by the index. Each is
 * named with its line and column, in the content file, before anything is parsed.
 */
import { ContentError, type ContentProblem } from '../content-error';
import { codePointLabel } from '../escape';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u0335\uFFFE\uFFFF]/gu;

const NAMES: Record<string, string> = {
  '\u0000': 'NULL',
  '\u0335': 'COMBINING SHORT STROKE OVERLAY',
  '\u007F': 'DELETE',
  '\u001B': 'ESCAPE',
};

/** What to do instead, by character. */
function advice(char: string): string {
  if (char === '\u0335') return 'reserved for the search index (it folds đ as d + U+0335): write đ or Đ';
  if (char === '\uFFFE' || char === '\uFFFF') return 'a noncharacter: remove it';
  return 'a control character: remove it (only tab and line breaks are allowed)';
}

/** "U+0000 NULL", "U+0001". */
export function describeCharacter(char: string): string {
  const name = NAMES[char];
  return name ? `${codePointLabel(char)} ${name}` : codePointLabel(char);
}

export interface ForbiddenCharacter {
  line: number;
  column: number;
  char: string;
}

/** Every forbidden character of `text` (at most `max`), with its line and column (1-based, in characters). */
export function findForbiddenCharacters(text: string, max = 10, firstLine = 1): ForbiddenCharacter[] {
  const found: ForbiddenCharacter[] = [];
  let line = firstLine;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(FORBIDDEN)) {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = match.index;
    found.push({ line, column: [...text.slice(lineStart, match.index)].length + 1, char: match[0] });
    if (found.length >= max) break;
  }
  return found;
}

/** Throws a ContentError naming each forbidden character of `text` by line and column. */
export function checkCharacters(text: string, file: string, firstLine = 1): void {
  const found = findForbiddenCharacters(text, 10, firstLine);
  if (found.length === 0) return;
  throw new ContentError(found.map(({ line, column, char }): ContentProblem => ({ file, field: `line ${line}:${column}`, message: `${describeCharacter(char)} is not allowed: ${advice(char)}` })));
}

/** Forbidden characters inside parsed values (a YAML "\x01" escape), named by field path. */
export function forbiddenInValue(value: unknown, file: string, path: (string | number)[] = []): ContentProblem[] {
  if (typeof value === 'string') {
    const match = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u0335\uFFFE\uFFFF]/u.exec(value);
    return match ? [{ file, field: path.join('.'), message: `${describeCharacter(match[0])} is not allowed: ${advice(match[0])}` }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => forbiddenInValue(item, file, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => forbiddenInValue(item, file, [...path, key]));
  return [];
}

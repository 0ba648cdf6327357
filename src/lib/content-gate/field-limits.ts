/**
 * Limits on the values of a parsed YAML file or frontmatter: no string longer than
 * {@link LIMITS.field} bytes (a conversion accident or a hostile file, not a title), and
 * no control character smuggled in by a YAML escape ("\x01"), each named by its field.
 */
import type { ContentProblem } from '../content-error';
import { forbiddenInValue } from './characters';
import { formatBytes, LIMITS } from './limits';

function oversized(value: unknown, file: string, path: (string | number)[], out: ContentProblem[]): void {
  if (out.length >= 10) return;
  if (typeof value === 'string') {
    if (value.length > LIMITS.field / 4 && Buffer.byteLength(value) > LIMITS.field) {
      out.push({ file, field: path.join('.'), message: `a value of ${formatBytes(Buffer.byteLength(value))}; the limit for one field is ${formatBytes(LIMITS.field)}` });
    }
  } else if (Array.isArray(value)) value.forEach((item, i) => oversized(item, file, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) oversized(item, file, [...path, key], out);
}

/** The problems of the values of one file: oversized strings, forbidden characters. */
export function fieldProblems(value: unknown, file: string, path: (string | number)[] = []): ContentProblem[] {
  const out: ContentProblem[] = [];
  oversized(value, file, path, out);
  return [...out, ...forbiddenInValue(value, file, path)].slice(0, 10);
}

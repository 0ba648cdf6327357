/**
 * The gate of a plan file, from its bytes to its frontmatter value and body text, for
 * `npm run check` and the build's plans loader alike (the same function, limits and
 * messages): size on the bytes, strict UTF-8, forbidden characters (named by line and
 * column), the frontmatter split, the frontmatter's size, safe YAML (no aliases, anchors,
 * tags or duplicate keys), then the size and characters of every field. Throws a
 * ContentError naming the file and the line or field; the schema comes after.
 */
import { ContentError } from '../content-error';
import { checkCharacters } from './characters';
import { fieldProblems } from './field-limits';
import { splitFrontmatter } from './frontmatter';
import { checkByteLimit, LIMITS } from './limits';
import { decodeUtf8Strict } from './utf8';
import { parseYamlSafe } from './yaml';

export interface PlanSource {
  /** The frontmatter as parsed (not yet checked against the plan schema). */
  frontmatter: Record<string, unknown>;
  /** The body text after the closing `---` line. */
  body: string;
  /** Line of the file on which the body starts (for messages and source maps). */
  bodyStartLine: number;
}

/** Decodes and checks a content text file's bytes: size, strict UTF-8, forbidden characters. */
export function decodeContentText(file: string, bytes: Uint8Array, limit: number, what = 'the file'): string {
  checkByteLimit(file, '', what, bytes.length, limit);
  const text = decodeUtf8Strict(bytes, file).replace(/^\uFEFF/, '');
  checkCharacters(text, file);
  return text;
}

/** Reads a plan's bytes through the gate; `file` is the path used in messages. */
export function readPlanSource(file: string, bytes: Uint8Array): PlanSource {
  const text = decodeContentText(file, bytes, LIMITS.planFile, 'the plan file');
  const split = splitFrontmatter(text, file);
  checkByteLimit(file, 'frontmatter', 'the frontmatter', Buffer.byteLength(split.frontmatter), LIMITS.frontmatter);
  const value = parseYamlSafe(split.frontmatter, file, split.frontmatterStartLine);
  if (value === null || value === undefined) return { frontmatter: {}, body: split.body, bodyStartLine: split.bodyStartLine };
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ContentError([{ file, field: 'frontmatter', message: 'expected the frontmatter as fields ("title: …"), one a line' }]);
  }
  const problems = fieldProblems(value, file);
  if (problems.length > 0) throw new ContentError(problems);
  return { frontmatter: value as Record<string, unknown>, body: split.body, bodyStartLine: split.bodyStartLine };
}

/**
 * Size limits of everything the portal reads, checked on the bytes before any parsing, by
 * `npm run check`, the build and the CLIs alike. Real plans are 10–40 KB; the limits leave
 * room for long plans and refuse conversion accidents and hostile files.
 */
import { ContentError } from '../content-error';

export const LIMITS = {
  /** A whole plan file (frontmatter + body). */
  planFile: 1024 * 1024,
  /** The frontmatter block of a plan. */
  frontmatter: 256 * 1024,
  /** Any one string value in a YAML file or frontmatter (a title, a task cell, a recipient). */
  field: 16 * 1024,
  /** An agencies file, districts.yaml, indices.yaml. */
  dataFile: 512 * 1024,
  /** provinces-vn.json (the verified reference). */
  referenceFile: 512 * 1024,
  /** An image under content/images/. */
  image: 2 * 1024 * 1024,
  /** A source text (content/sources/, `npm run import`, `npm run cite`). */
  sourceText: 4 * 1024 * 1024,
  /** The input of `npm run import` and `npm run cite` (a raw plan text, any text). */
  cliInput: 10 * 1024 * 1024,
  /** Files in the content tree. */
  files: 200_000,
} as const;

/** "1.0 MB", "256 KB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Throws a ContentError when `bytes` is over `limit`. */
export function checkByteLimit(file: string, field: string, what: string, bytes: number, limit: number): void {
  if (bytes > limit) throw new ContentError([{ file, field, message: `${what} is ${formatBytes(bytes)}; the limit is ${formatBytes(limit)}` }]);
}

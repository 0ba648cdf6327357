/**
 * What the build's caches share (render-cache.ts, server/twin-cache.ts, search/index-cache.ts,
 * the page keys): the hash content is kept under, a write that a reader sees whole or not at
 * all, and the pruning of a cache directory.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The SHA-256 of some bytes or text, as hex: what the build's caches key content by. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes `file` through `<file>.<pid>.tmp` and a rename: a reader sees the old file, the new one or none. */
export function writeAtomically(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/** The temporary file name of an interrupted {@link writeAtomically}, for a cache's own file pattern. */
export function isTemporaryOf(name: string, file: RegExp): boolean {
  const match = /^(.+)\.\d+\.tmp$/.exec(name);
  return match !== null && file.test(match[1]!);
}

/**
 * Deletes from `dir` every file `stale` says is stale, and every leftover of an interrupted
 * write of a file matching `file`; returns how many. A directory that does not exist has none.
 */
export function pruneDirectory(dir: string, file: RegExp, stale: (name: string) => boolean): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if ((file.test(name) && stale(name)) || isTemporaryOf(name, file)) {
      rmSync(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}

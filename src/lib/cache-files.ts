/**
 * What the build's caches share (render-cache.ts, server/twin-cache.ts, search/index-cache.ts,
 * the page keys): the hash content is kept under, a write that a reader sees whole or not at
 * all, and the pruning of a cache directory.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The SHA-256 of some bytes or text, as hex: what the build's caches key content by. */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The version of the code that made a cache's entries, part of every entry's key: a hash of
 * `parts` (a dependency's version, a processor's name, a reference file) and of each source
 * file under `dir` whose path matches `files`, by path relative to `dir` and bytes, in path
 * order. A change to any of them changes the version, and so every key made with it.
 */
export function codeVersion(parts: readonly string[], dir: string, files: RegExp): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  const paths = (readdirSync(dir, { recursive: true }) as string[])
    .map((path) => relative(dir, join(dir, path)).split(sep).join('/'))
    .filter((path) => files.test(path))
    .sort();
  for (const path of paths) {
    const bytes = readFileSync(join(dir, path));
    hash.update(`\n${path}\n${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
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

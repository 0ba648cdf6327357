/**
 * The search index's build cache: each index the build writes (the whole index, a year
 * shard, the recent index) is kept under the digest of its input, and a later build whose
 * index has the same input copies it instead of running Pagefind again. The input is the
 * indexer's version (Pagefind's and the portal's indexing code) and, in order, every page
 * of the index: its URL and the digest of its HTML. After an edit to one plan, only the
 * year shard holding it (and the recent index, if it holds it) are indexed again.
 *
 * An index is written into a directory of its own under the cache, renamed into place when
 * complete (a reader never sees half an index), then copied to the site. Indexes no build
 * asked for this time are deleted by `prune`.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../cache-files';

/** One page of an index's input. */
export interface IndexedPage {
  url: string;
  /** The digest of the HTML the index reads. */
  htmlDigest: string;
}

/** The digest of a page's HTML, as the index's input holds it. */
export function htmlDigest(html: string): string {
  return contentHash(html);
}

/** The digest of an index's input: the indexer's version and its pages, in order. */
export function indexInputDigest(indexerVersion: string, pages: readonly IndexedPage[]): string {
  const hash = createHash('sha256').update(`${indexerVersion}\n`);
  for (const page of pages) hash.update(`${page.url}\u0000${page.htmlDigest}\n`);
  return hash.digest('hex');
}

const ENTRY = /^[0-9a-f]{64}$/;

export class IndexCache {
  readonly dir: string;
  #used = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
  }

  /**
   * The index of this input at `outputPath`: copied from the cache when kept, else written
   * by `write` (into a fresh directory it is given) and kept. Returns whether it was kept.
   */
  async place(digest: string, outputPath: string, write: (dir: string) => Promise<void>): Promise<'cached' | 'written'> {
    if (!ENTRY.test(digest)) throw new Error(`search index cache: not a digest: "${digest}"`);
    this.#used.add(digest);
    const kept = join(this.dir, digest);
    let state: 'cached' | 'written' = 'cached';
    if (!existsSync(kept)) {
      const temporary = join(this.dir, `${digest}.${process.pid}.tmp`);
      rmSync(temporary, { recursive: true, force: true });
      mkdirSync(temporary, { recursive: true });
      try {
        await write(temporary);
      } catch (error) {
        rmSync(temporary, { recursive: true, force: true });
        throw error;
      }
      renameSync(temporary, kept);
      state = 'written';
    }
    cpSync(kept, outputPath, { recursive: true });
    return state;
  }

  /** Deletes every kept index this build did not place, and leftovers of interrupted writes; returns how many. */
  prune(): number {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      if ((ENTRY.test(name) && !this.#used.has(name)) || /^[0-9a-f]{64}\.\d+\.tmp$/.test(name)) {
        rmSync(join(this.dir, name), { recursive: true, force: true });
        removed++;
      }
    }
    return removed;
  }
}

/**
 * The plans' render cache: what rendering a plan's body produced (its HTML, its reading text
 * and the citations found in it) in a file of its own, named by the plan's content digest,
 * under the build cache: `<cacheDir>/plan-bodies/<digest>.json`.
 *
 * It is kept out of Astro's content-layer store on purpose. The store is serialised as one
 * string (devalue) on a timer while the loader runs and again at its end, and bundled as one
 * module for the pages; V8 caps a string at 2^29 characters. With the body, the HTML, the
 * reading text and the citations in every entry (about 62 KB a plan) the 10,000-plan build
 * died at 8,674 plans loaded with "RangeError: Invalid string length". Each entry now holds
 * only its frontmatter, digest and path; the bodies are here, one file each, read one at a
 * time by the page that shows it (and once each by the citation index).
 *
 * The digest covers the plan file's bytes and the renderer's version (plans-loader.ts), and
 * the rendering depends on nothing else, so a file is valid for whichever plan has that
 * digest. Files are written atomically (a temporary file renamed), so a killed build leaves
 * no half-written file; a file that is missing, unreadable, too large, not ours or of another
 * digest reads as absent, and the loader renders that plan again. After a load, the files of
 * digests no plan has any more (removed or edited plans, an older renderer) are deleted.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Citation } from './citations';
import { buildCacheDir, buildCachePath } from './build-cache';
import { pruneDirectory, writeAtomically } from './cache-files';

/** What rendering one plan body produced. */
export interface CachedRender {
  html: string;
  /** The body's reading text (body-text.ts), where the citations' offsets point. */
  text: string;
  /** The citations the citation links found in `text`; absent when the body was rendered without them (the native processor). */
  citations?: Citation[];
}

export interface RenderCache {
  /** The directory of the cache files. */
  readonly dir: string;
  /** The rendering kept for `digest`, or null when there is none (missing, corrupt, another digest). */
  read(digest: string): CachedRender | null;
  /** Keeps `render` for `digest` (atomically: a reader sees the old file, the new one or none). */
  write(digest: string, render: CachedRender): void;
  /** Deletes every file of a digest not in `live` (and leftovers of interrupted writes); returns how many. */
  prune(live: ReadonlySet<string>): number;
}

/** Where the render cache of the build cache `cacheDir` (build-cache.ts) lives, as an absolute path (relative ones from `root`). */
export function renderCacheDir(cacheDir: string = buildCacheDir(), root: string = process.cwd()): string {
  return buildCachePath('plan-bodies', cacheDir, root);
}

/** Digests are hexadecimal (Astro's generateDigest); anything else could name a file outside the cache. */
const DIGEST = /^[0-9a-f]{8,128}$/;
const FILE = /^([0-9a-f]{8,128})\.json$/;
/** A cache file larger than this is not one of ours (a plan file is at most a few MB). */
const MAX_FILE_BYTES = 64 * 2 ** 20;

function checkDigest(digest: string): void {
  if (!DIGEST.test(digest)) throw new Error(`Render cache: "${digest}" is not a content digest (hexadecimal)`);
}

function isCitationList(value: unknown): value is Citation[] {
  return Array.isArray(value) && value.every((c) => typeof c === 'object' && c !== null);
}

/** The render cache in `dir` (created on the first write). */
export function openRenderCache(dir: string): RenderCache {
  const fileOf = (digest: string) => join(dir, `${digest}.json`);
  return {
    dir,
    read(digest) {
      checkDigest(digest);
      const file = fileOf(digest);
      try {
        if (statSync(file).size > MAX_FILE_BYTES) return null;
        const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        if (typeof kept !== 'object' || kept === null || kept['digest'] !== digest) return null;
        const { html, text, citations } = kept;
        if (typeof html !== 'string' || typeof text !== 'string') return null;
        if (citations !== undefined && !isCitationList(citations)) return null;
        return citations === undefined ? { html, text } : { html, text, citations };
      } catch {
        // Missing, unreadable or not JSON: as if there were none; the loader renders again.
        return null;
      }
    },
    write(digest, render) {
      checkDigest(digest);
      writeAtomically(fileOf(digest), JSON.stringify({ digest, ...render }));
    },
    prune(live) {
      return pruneDirectory(dir, FILE, (name) => !live.has(FILE.exec(name)![1]!));
    },
  };
}

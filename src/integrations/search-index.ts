/**
 * Builds the search index with the site: an Astro integration whose astro:build:done hook
 * hands the built plan pages to Pagefind's Node API, the way Starlight runs Pagefind, so
 * that `npm run build` produces the site and its index in one step.
 *
 * Only pages that mark their content with data-pagefind-body (the plan pages) are indexed.
 * Each is added from memory with đ/Đ folded (src/lib/search/fold.ts) rather than read from
 * disk by addDirectory: the reader's page keeps its text; only the index sees the fold.
 * Any error from Pagefind fails the build, and scripts/build.mjs then publishes nothing.
 *
 * With more than SHARD_ABOVE plan pages, the whole index is written in year shards, each by
 * its own Pagefind process that ends before the next starts, so that the indexer's memory
 * is that of the largest year (src/lib/search/index-shards.ts). With more than
 * RECENT_PLANS, a second index of the newest of them goes to pagefind/gan-day/
 * (src/lib/search/recent-index.ts: the search page asks it first). pagefind/portal-index.json
 * (src/lib/search/index-manifest.ts) says which were written.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { buildCachePath } from '../lib/build-cache';
import { codeVersion } from '../lib/cache-files';
import { IndexCache, htmlDigest, indexInputDigest } from '../lib/search/index-cache';
import { indexedHtml } from '../lib/search/indexed-html';
import { foldForIndex } from '../lib/search/fold';
import { RECENT_INDEX_DIR, pageSortDate, recentIndex, recentPlansLimit, type DatedPage } from '../lib/search/recent-index';
import { indexShards, shardAboveLimit } from '../lib/search/index-shards';
import { MANIFEST_FILE, type IndexManifest } from '../lib/search/index-manifest';

export const SEARCH_BUNDLE_DIR = 'pagefind';
/** Pagefind's prebuilt interfaces (Default, Modular, Component UI, highlighting), which the portal does not use. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface IndexSummary {
  /** Plan pages indexed. */
  pages: number;
  /** Of which also in the recent index (0 when there is none). */
  recent: number;
  /** Year shards the whole index was written in (1: not sharded). */
  shards: number;
  /** Of the indexes written (shards and the recent index), how many were copied from the build cache. */
  cached: number;
  /** How many indexes were written (shards and the recent index). */
  indexes: number;
}

export interface IndexOptions {
  /** The size of the recent index (default: PORTAL_RECENT_PLANS, else RECENT_PLANS). */
  recentPlans?: number;
  /** Shard the whole index above this many plans (default: PORTAL_SHARD_ABOVE, else SHARD_ABOVE). */
  shardAbove?: number;
  /** Where indexes are kept between builds (default: the build cache's search-index/); null: none kept. */
  cacheDir?: string | null;
}

/**
 * The version of the indexer, part of every kept index's key (index-cache.ts): Pagefind's
 * version and the source of the portal's indexing code (this integration, src/lib/search/,
 * the đ fold). A change to either indexes everything again.
 */
function indexerVersion(root: string): string {
  const pagefindPackage = JSON.parse(readFileSync(resolve(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string };
  return codeVersion([`pagefind ${pagefindPackage.version}`], resolve(root, 'src'), /^(integrations\/search-index|lib\/d-stroke|lib\/search\/[^/]+)\.ts$/);
}

/**
 * The page at `pathname` (as Astro reports it: "ke-hoach/…/") if its HTML has a
 * data-pagefind-body region, with `html` the part of it the index is given (indexed-html.ts:
 * the region without its ignored panels; the whole page when it cannot be cut with certainty).
 */
async function indexablePage(dir: string, pathname: string): Promise<{ url: string; html: string; file: string } | null> {
  const file = join(dir, pathname, 'index.html');
  const page = await readFile(file, 'utf8').catch(() => null);
  if (page === null || !page.includes('data-pagefind-body')) return null;
  return { url: `/${pathname}`.replace(/\/+$/, '/') || '/', html: indexedHtml(page) ?? page, file };
}

function fail(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Pages handed to Pagefind before the first of them is answered. Pagefind's service reads
 * its requests on one thread and indexes them one after the other, in the order sent, so
 * the index is the same as one page at a time; meanwhile this process reads, cuts and folds
 * the next pages, on the other core.
 */
const PAGES_IN_FLIGHT = 8;

/**
 * Writes one Pagefind index of these plan pages into `outputPath`, in a Pagefind process of
 * its own that is closed afterwards (its memory is the index's). Pages are read and handed
 * to Pagefind in order, at most PAGES_IN_FLIGHT at a time, never all of them in memory at once.
 */
async function writeIndex(dir: string, pathnames: readonly string[], outputPath: string, progress: (added: number) => void): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    fail('createIndex', errors);
    if (!index) throw new Error('Search index: Pagefind returned no index');
    const inFlight: Promise<void>[] = [];
    let added = 0;
    for (const pathname of pathnames) {
      const page = await indexablePage(dir, pathname);
      if (!page) throw new Error(`Search index: ${join(dir, pathname, 'index.html')} is no longer a plan page`);
      let content: string;
      try {
        content = foldForIndex(page.html);
      } catch (error) {
        throw new Error(`Search index: ${page.file}: ${(error as Error).message}`, { cause: error });
      }
      const request = index.addHTMLFile({ url: page.url, content }).then((result) => {
        fail(`adding ${page.file}`, result.errors);
        progress(++added);
      });
      // A failure is thrown where the request is awaited; until then it is not unhandled.
      request.catch(() => undefined);
      inFlight.push(request);
      // The oldest request answered (or failed) before the next page is read.
      if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath });
    fail('writing the index', written.errors);
    // The portal has its own search page: Pagefind's prebuilt UIs are never loaded.
    for (const file of await readdir(outputPath)) {
      if (UNUSED_UI.test(file)) await rm(join(outputPath, file));
    }
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the plan pages among the given pages of a built site into <dir>/pagefind/, its
 * year shards, its recent index and its manifest. Throws on any Pagefind error. `progress`
 * gets a line every few seconds.
 */
export async function buildSearchIndex(dir: string, pathnames: readonly string[], progress?: (line: string) => void, options: IndexOptions = {}): Promise<IndexSummary> {
  const recentPlans = options.recentPlans ?? recentPlansLimit(process.env['PORTAL_RECENT_PLANS']);
  const shardAbove = options.shardAbove ?? shardAboveLimit(process.env['PORTAL_SHARD_ABOVE']);
  let lastReport = performance.now();
  const report = (line: () => string) => {
    if (progress && performance.now() - lastReport >= 5000) {
      lastReport = performance.now();
      progress(line());
    }
  };
  // First the plan pages, their dates (a page's date decides its shard) and the digests of
  // their HTML (an index's input, for the cache), one page at a time.
  // In one fixed order: Astro lists its pages in the order it began them, which with
  // build.concurrency depends on how its renders overlap, and Pagefind's bundle (and so the
  // index cache's key) follows the order it is given pages in.
  const ordered = [...pathnames].sort();
  const plans: DatedPage[] = [];
  const inputs = new Map<string, { url: string; htmlDigest: string }>();
  for (const [done, pathname] of ordered.entries()) {
    const page = await indexablePage(dir, pathname);
    if (page) {
      plans.push({ pathname, date: pageSortDate(page.html) ?? '' });
      inputs.set(pathname, { url: page.url, htmlDigest: htmlDigest(page.html) });
    }
    report(() => `search index: ${done + 1} of ${ordered.length} pages looked at, ${plans.length} plan pages`);
  }
  const bundle = join(dir, SEARCH_BUNDLE_DIR);
  const cacheDir = options.cacheDir === undefined ? buildCachePath('search-index') : options.cacheDir;
  const cache = cacheDir === null ? null : new IndexCache(cacheDir);
  const version = cache ? indexerVersion(process.cwd()) : '';
  let cached = 0;
  let indexes = 0;
  /** One index of these pages at `outputPath`: from the cache when its input is unchanged. */
  const place = async (pages: readonly DatedPage[], outputPath: string, progress: (added: number) => void) => {
    const paths = pages.map((page) => page.pathname);
    indexes++;
    if (!cache) return writeIndex(dir, paths, outputPath, progress);
    const digest = indexInputDigest(
      version,
      paths.map((pathname) => inputs.get(pathname)!),
    );
    if ((await cache.place(digest, outputPath, (into) => writeIndex(dir, paths, into, progress))) === 'cached') cached++;
  };
  const shards = indexShards(plans, shardAbove);
  let indexed = 0;
  for (const shard of shards ?? [{ path: '', year: null, plans: plans.length, pages: plans }]) {
    const name = shards ? `shard ${shard.year ?? 'without a year'}` : 'whole index';
    await place(shard.pages, join(bundle, shard.path), (added) => report(() => `search index: ${indexed + added} of ${plans.length} plan pages indexed (${name}: ${added} of ${shard.pages.length})`));
    indexed += shard.pages.length;
  }
  const recent = recentIndex(
    plans.filter((page) => page.date !== ''),
    recentPlans,
  );
  if (recent.recent) {
    await place(recent.pages, join(bundle, RECENT_INDEX_DIR), (added) => report(() => `search index: recent index, ${added} of ${recent.pages.length} plan pages`));
  }
  cache?.prune();
  const manifest: IndexManifest = { recent: recent.recent, shards: shards ? shards.map(({ path, year, plans: count }) => ({ path, year, plans: count })) : null, plans: plans.length };
  await writeFile(join(bundle, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  return { pages: indexed, recent: recent.pages.length, shards: shards?.length ?? 1, cached, indexes };
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'portal:search-index',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        // The first line of this hook: every page is written (scripts/build.mjs starts precompressing on it).
        logger.info(`indexing the plan pages among ${pages.length} pages`);
        const summary = await buildSearchIndex(
          fileURLToPath(dir),
          pages.map((page) => page.pathname),
          (line) => logger.info(line),
        );
        const parts = [
          summary.shards > 1 ? `in ${summary.shards} year shards` : '',
          summary.recent ? `the ${summary.recent} newest also in pagefind/${RECENT_INDEX_DIR}/` : '',
          summary.cached ? `${summary.cached} of ${summary.indexes} indexes unchanged, copied from the build cache` : '',
        ].filter(Boolean);
        logger.info(`${summary.pages} plan pages indexed for search${parts.length ? ` (${parts.join('; ')})` : ''} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

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
 * With more than RECENT_PLANS plan pages, a second index of the newest of them goes to
 * pagefind/gan-day/ (src/lib/search/recent-index.ts: the search page asks it first);
 * pagefind/portal-index.json says whether there is one.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { foldForIndex } from '../lib/search/fold';
import { MANIFEST_FILE, RECENT_INDEX_DIR, pageSortDate, recentIndex, recentPlansLimit, type DatedPage } from '../lib/search/recent-index';

export const SEARCH_BUNDLE_DIR = 'pagefind';
/** Pagefind's prebuilt interfaces (Default, Modular, Component UI, highlighting), which the portal does not use. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface IndexSummary {
  /** Plan pages indexed. */
  pages: number;
  /** Of which also in the recent index (0 when there is none). */
  recent: number;
}

/** The page at `pathname` (as Astro reports it: "ke-hoach/…/") if its HTML has a data-pagefind-body region. */
async function indexablePage(dir: string, pathname: string): Promise<{ url: string; html: string; file: string } | null> {
  const file = join(dir, pathname, 'index.html');
  const html = await readFile(file, 'utf8').catch(() => null);
  if (html === null || !html.includes('data-pagefind-body')) return null;
  return { url: `/${pathname}`.replace(/\/+$/, '/') || '/', html, file };
}

/**
 * Indexes the given pages of a built site into <dir>/pagefind/. Throws on any Pagefind error.
 * Pages are read and handed to Pagefind one at a time (never all of them in memory at
 * once); `progress` is called every few seconds with the pages looked at so far.
 */
export async function buildSearchIndex(dir: string, pathnames: readonly string[], progress?: (done: number, total: number, indexed: number) => void): Promise<IndexSummary> {
  const fail = (step: string, errors: readonly string[]) => {
    if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
  };
  /** Adds one page to an index; false when it is not a plan page. */
  const add = async (index: pagefind.PagefindIndex, pathname: string, dated?: DatedPage[]): Promise<boolean> => {
    const page = await indexablePage(dir, pathname);
    if (!page) return false;
    let content: string;
    try {
      content = foldForIndex(page.html);
    } catch (error) {
      throw new Error(`Search index: ${page.file}: ${(error as Error).message}`, { cause: error });
    }
    const added = await index.addHTMLFile({ url: page.url, content });
    fail(`adding ${page.file}`, added.errors);
    const date = pageSortDate(page.html);
    if (dated && date) dated.push({ pathname, date });
    return true;
  };
  const write = async (index: pagefind.PagefindIndex, outputPath: string) => {
    const written = await index.writeFiles({ outputPath });
    fail('writing the index', written.errors);
    // The portal has its own search page: Pagefind's prebuilt UIs are never loaded.
    for (const file of await readdir(outputPath)) {
      if (UNUSED_UI.test(file)) await rm(join(outputPath, file));
    }
  };
  const create = async () => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    fail('createIndex', errors);
    if (!index) throw new Error('Search index: Pagefind returned no index');
    return index;
  };
  let indexed = 0;
  const dated: DatedPage[] = [];
  try {
    const index = await create();
    let lastReport = performance.now();
    for (const [done, pathname] of pathnames.entries()) {
      if (await add(index, pathname, dated)) indexed++;
      if (progress && performance.now() - lastReport >= 5000) {
        lastReport = performance.now();
        progress(done + 1, pathnames.length, indexed);
      }
    }
    const bundle = join(dir, SEARCH_BUNDLE_DIR);
    await write(index, bundle);
    const recent = recentIndex(dated, recentPlansLimit(process.env['PORTAL_RECENT_PLANS']));
    if (recent.manifest.recent) {
      const small = await create();
      for (const page of recent.pages) await add(small, page.pathname);
      await write(small, join(bundle, RECENT_INDEX_DIR));
    }
    await writeFile(join(bundle, MANIFEST_FILE), `${JSON.stringify(recent.manifest)}\n`);
    return { pages: indexed, recent: recent.pages.length };
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'portal:search-index',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const summary = await buildSearchIndex(
          fileURLToPath(dir),
          pages.map((page) => page.pathname),
          (done, total, indexed) => logger.info(`search index: ${done} of ${total} pages looked at, ${indexed} plan pages indexed`),
        );
        logger.info(
          `${summary.pages} plan pages indexed for search${summary.recent ? ` (the ${summary.recent} newest also in pagefind/${RECENT_INDEX_DIR}/)` : ''} in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

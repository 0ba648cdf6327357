/**
 * Builds the search index with the site: an Astro integration whose astro:build:done hook
 * hands the built plan pages to Pagefind's Node API, the way Starlight runs Pagefind, so
 * that `npm run build` produces the site and its index in one step.
 *
 * Only pages that mark their content with data-pagefind-body (the plan pages) are indexed.
 * Each is added from memory with đ/Đ folded (src/lib/search/fold.ts) rather than read from
 * disk by addDirectory: the reader's page keeps its text; only the index sees the fold.
 * Any error from Pagefind fails the build, and scripts/build.mjs then publishes nothing.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { foldForIndex } from '../lib/search/fold';

export const SEARCH_BUNDLE_DIR = 'pagefind';
/** Pagefind's prebuilt interfaces (Default, Modular, Component UI, highlighting), which the portal does not use. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface IndexSummary {
  /** Plan pages indexed. */
  pages: number;
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
  let indexed = 0;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    fail('createIndex', errors);
    if (!index) throw new Error('Search index: Pagefind returned no index');
    let lastReport = performance.now();
    for (const [done, pathname] of pathnames.entries()) {
      const page = await indexablePage(dir, pathname);
      if (page) {
        let content: string;
        try {
          content = foldForIndex(page.html);
        } catch (error) {
          throw new Error(`Search index: ${page.file}: ${(error as Error).message}`, { cause: error });
        }
        const added = await index.addHTMLFile({ url: page.url, content });
        fail(`adding ${page.file}`, added.errors);
        indexed++;
      }
      if (progress && performance.now() - lastReport >= 5000) {
        lastReport = performance.now();
        progress(done + 1, pathnames.length, indexed);
      }
    }
    const written = await index.writeFiles({ outputPath: join(dir, SEARCH_BUNDLE_DIR) });
    fail('writing the index', written.errors);
    // The portal has its own search page: Pagefind's prebuilt UIs are never loaded.
    for (const file of await readdir(join(dir, SEARCH_BUNDLE_DIR))) {
      if (UNUSED_UI.test(file)) await rm(join(dir, SEARCH_BUNDLE_DIR, file));
    }
    return { pages: indexed };
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
        logger.info(`${summary.pages} plan pages indexed for search in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import searchIndex from './src/integrations/search-index.ts';
import { normalizeBase, sitePath } from './src/lib/urls.ts';
import { buildCacheDir } from './src/lib/build-cache.ts';

/**
 * Plan bodies are rendered by the plans loader (src/content.config.ts), once per content
 * digest, with the portal's unified pipeline (src/lib/markdown/render-plan.ts): no .mdx file
 * is compiled as a module, so neither @astrojs/mdx nor a Markdown processor is configured here.
 * PORTAL_MD_PROCESSOR=native makes the loader render with Astro 7's native processor, which
 * runs none of our remark plugins (no MDX allowlist, no signature placement): the benchmark
 * uses it to measure what the unified() pipeline costs; the portal is never built with it.
 * PORTAL_OUT_DIR and PORTAL_CACHE_DIR let scripts/build.mjs build into a temporary
 * directory and the tests build fixtures without touching dist/ or the cache.
 */
const outDir = process.env.PORTAL_OUT_DIR ?? './dist';

/**
 * The portal's public address, for canonical links, feeds and the sitemap. Deployments
 * set PORTAL_SITE; the default is where `npm start` serves the portal.
 */
const site = process.env.PORTAL_SITE ?? 'http://127.0.0.1:4321';

/** The path the portal lives under on its host (PORTAL_BASE=/ke-hoach-cchc/); default "/". */
const base = normalizeBase(process.env.PORTAL_BASE);

/**
 * Whether a built page is only a redirect (old URLs, documents that are plans): kept out of the sitemap.
 * @param {string} url
 */
function isRedirect(url) {
  const file = join(outDir, sitePath(new URL(url).pathname, base) ?? '', 'index.html');
  return existsSync(file) && /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8'));
}

export default defineConfig({
  site,
  base,
  outDir,
  // The content-layer store, the plans' render cache and the precompressed twins (src/lib/build-cache.ts).
  cacheDir: buildCacheDir(),
  trailingSlash: 'always',
  // Eight pages under way at a time: while some wait on the disk (their bodies from the render
  // cache, their HTML written out and into the incremental build's cache), others render.
  // At 2,000 plans (2 cores) the page phase took 94 s one page at a time, 74 s with 4, 55 s
  // with 8 and 51 s with 16, for 1.79, 1.86, 1.89 and 2.00 GB of peak memory. Pages then
  // finish out of order, so the build log's page lines interleave (scripts/lib/page-log.mjs
  // reads them) and the search index sorts the pages it is given.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  integrations: [
    sitemap({
      // Embeds are for other sites' iframes; redirects are not pages of their own.
      filter: (page) => !(sitePath(new URL(page).pathname, base) ?? '').startsWith('/nhung/') && !isRedirect(page),
    }),
    // Last: indexes the finished plan pages (Pagefind) into <outDir>/pagefind/.
    searchIndex(),
  ],
  devToolbar: { enabled: false },
  // Incremental static build: a page whose getStaticPaths() cacheKey and module graph are
  // unchanged since the last build is copied from it (<cacheDir>/dist/) instead of rendered
  // again. The keys are the digests of the pages' data (src/data/page-keys.ts); `npm run build -- --force`
  // renders every page.
  experimental: { incrementalBuild: true },
  vite: { logLevel: 'warn' },
});

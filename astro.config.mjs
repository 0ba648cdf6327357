// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRemarkPlugins, rehypePlugins } from './src/lib/markdown/plugins.ts';
import { loadProvinceUnits } from './src/lib/content-loaders.ts';
import { contentLabel, readContentText } from './src/lib/content-gate/content-text.ts';
import { LIMITS } from './src/lib/content-gate/limits.ts';
import searchIndex from './src/integrations/search-index.ts';

const contentDir = process.env.PORTAL_CONTENT_DIR ?? './content';
const label = contentLabel(resolve(contentDir));
// Names of provinces and districts, for the context in which plans' citations are read
// (through the content gate, as the provinces collection reads them).
const unitNames = new Map(
  loadProvinceUnits(
    readContentText(join(contentDir, 'provinces/provinces-vn.json'), label('provinces/provinces-vn.json'), LIMITS.referenceFile),
    readContentText(join(contentDir, 'provinces/districts.yaml'), label('provinces/districts.yaml'), LIMITS.dataFile),
    { reference: label('provinces/provinces-vn.json'), districts: label('provinces/districts.yaml') },
  ).map((unit) => [unit.id, unit.data.name]),
);

/**
 * PORTAL_MD_PROCESSOR=native switches to Astro 7's native processor, which runs none
 * of our remark plugins (no MDX allowlist, no signature placement): the benchmark uses
 * it to measure what the unified() pipeline costs; the portal is never built with it.
 * PORTAL_OUT_DIR and PORTAL_CACHE_DIR let scripts/build.mjs build into a temporary
 * directory and the tests build fixtures without touching dist/ or the cache.
 */
const processor =
  process.env.PORTAL_MD_PROCESSOR === 'native'
    ? undefined
    : unified({
      gfm: false,
      smartypants: false,
      // @ts-expect-error unified's PluggableList is what the processor runs; Astro's type is narrower
      remarkPlugins: createRemarkPlugins({ unitNames }),
      // @ts-expect-error as above
      rehypePlugins,
    });

const outDir = process.env.PORTAL_OUT_DIR ?? './dist';

/**
 * The portal's public address, for canonical links, feeds and the sitemap. Deployments
 * set PORTAL_SITE; the default is where `npm start` serves the portal.
 */
const site = process.env.PORTAL_SITE ?? 'http://127.0.0.1:4321';

/**
 * Whether a built page is only a redirect (old URLs, documents that are plans): kept out of the sitemap.
 * @param {string} url
 */
function isRedirect(url) {
  const file = join(outDir, new URL(url).pathname, 'index.html');
  return existsSync(file) && /<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8'));
}

export default defineConfig({
  site,
  outDir,
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: processor ? { processor } : {},
  integrations: [
    mdx(),
    sitemap({
      // Embeds are for other sites' iframes; redirects are not pages of their own.
      filter: (page) => !new URL(page).pathname.startsWith('/nhung/') && !isRedirect(page),
    }),
    // Last: indexes the finished plan pages (Pagefind) into <outDir>/pagefind/.
    searchIndex(),
  ],
  devToolbar: { enabled: false },
  vite: { logLevel: 'warn' },
});

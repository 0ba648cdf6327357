// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRemarkPlugins, rehypePlugins } from './src/lib/markdown/plugins.ts';
import { loadProvinceUnits } from './src/lib/content-loaders.ts';

const contentDir = process.env.PORTAL_CONTENT_DIR ?? './content';
// Names of provinces and districts, for the context in which plans' citations are read.
const unitNames = new Map(
  loadProvinceUnits(
    readFileSync(join(contentDir, 'provinces/provinces-vn.json'), 'utf8'),
    readFileSync(join(contentDir, 'provinces/districts.yaml'), 'utf8'),
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

export default defineConfig({
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: processor ? { processor } : {},
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: { logLevel: 'warn' },
});

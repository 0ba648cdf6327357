// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/lib/markdown/plugins.ts';

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
    : unified({ gfm: false, smartypants: false, remarkPlugins, rehypePlugins });

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

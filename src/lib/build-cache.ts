/**
 * Where the build's cache lives: Astro's `cacheDir` (the content-layer store), the plans'
 * render cache (render-cache.ts) and the precompressed twins (server/twin-cache.ts), in one
 * directory so that one setting moves or clears them all. PORTAL_CACHE_DIR sets it (tests,
 * benchmark); the default is node_modules/.astro, Astro's own default.
 */
import { resolve } from 'node:path';

/** The build cache's default directory, relative to the project root (astro.config.mjs `cacheDir`). */
export const DEFAULT_CACHE_DIR = './node_modules/.astro';

/** The build cache directory: PORTAL_CACHE_DIR when set, else {@link DEFAULT_CACHE_DIR}. */
export function buildCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['PORTAL_CACHE_DIR'] || DEFAULT_CACHE_DIR;
}

/** A part of the build cache (`name`), as an absolute path; a relative cache directory is taken from `root`. */
export function buildCachePath(name: string, cacheDir: string = buildCacheDir(), root: string = process.cwd()): string {
  return resolve(root, cacheDir, name);
}

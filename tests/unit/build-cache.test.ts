import { describe, expect, it } from 'vitest';
import { buildCacheDir, buildCachePath, DEFAULT_CACHE_DIR } from '../../src/lib/build-cache';

describe('build cache', () => {
  it('is PORTAL_CACHE_DIR when set, else node_modules/.astro', () => {
    expect(buildCacheDir({})).toBe(DEFAULT_CACHE_DIR);
    expect(buildCacheDir({ PORTAL_CACHE_DIR: '' })).toBe(DEFAULT_CACHE_DIR);
    expect(buildCacheDir({ PORTAL_CACHE_DIR: '/tmp/c' })).toBe('/tmp/c');
  });
  it('names its parts as absolute paths, a relative cache from the root', () => {
    expect(buildCachePath('twins', DEFAULT_CACHE_DIR, '/srv/portal')).toBe('/srv/portal/node_modules/.astro/twins');
    expect(buildCachePath('twins', '/tmp/c', '/srv/portal')).toBe('/tmp/c/twins');
  });
});

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRenderCache, renderCacheDir } from '../../src/lib/render-cache';
import { DEFAULT_CACHE_DIR } from '../../src/lib/build-cache';
import type { Citation } from '../../src/lib/citations';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const A = 'a1b2c3d4e5f60718';
const B = '0f0f0f0f0f0f0f0f';
const citation = { kind: 'document', key: '76-nq-cp-2021', start: 3, end: 12 } as unknown as Citation;

describe('render cache', () => {
  it('keeps a rendering per digest, one file each, and reads it back as written', () => {
    dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
    const cache = openRenderCache(join(dir, 'plan-bodies'));
    expect(cache.read(A)).toBeNull();
    cache.write(A, { html: '<p>Một “đ”</p>', text: 'Một', citations: [citation] });
    cache.write(B, { html: '<p>Hai</p>', text: 'Hai' });
    expect(cache.read(A)).toEqual({ html: '<p>Một “đ”</p>', text: 'Một', citations: [citation] });
    // No citations (the native processor): absent, not an empty list.
    expect(cache.read(B)).toEqual({ html: '<p>Hai</p>', text: 'Hai' });
    expect(readdirSync(cache.dir).sort()).toEqual([`${B}.json`, `${A}.json`].sort());
    cache.write(A, { html: '<p>Một (sửa)</p>', text: 'Một', citations: [] });
    expect(cache.read(A)?.html).toBe('<p>Một (sửa)</p>');
  });

  it('reads a truncated, foreign, mislabelled or malformed file as absent', () => {
    dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
    const cache = openRenderCache(dir);
    cache.write(A, { html: '<p>x</p>', text: 'x', citations: [] });
    const file = join(dir, `${A}.json`);
    for (const bad of [
      '{"digest":"a1b2c3d4e5f60718","html":"<p>x',
      '',
      'null',
      '[1,2]',
      JSON.stringify({ digest: B, html: '<p>x</p>', text: 'x' }),
      JSON.stringify({ digest: A, html: 1, text: 'x' }),
      JSON.stringify({ digest: A, html: '<p>x</p>' }),
      JSON.stringify({ digest: A, html: '<p>x</p>', text: 'x', citations: 'none' }),
      JSON.stringify({ digest: A, html: '<p>x</p>', text: 'x', citations: [null] }),
    ]) {
      writeFileSync(file, bad);
      expect(cache.read(A), bad).toBeNull();
    }
  });

  it('refuses a digest that is not hexadecimal (it names a file)', () => {
    dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
    const cache = openRenderCache(dir);
    expect(() => cache.read('../../etc/passwd')).toThrow(/not a content digest/);
    expect(() => cache.write('a/b', { html: '', text: '' })).toThrow(/not a content digest/);
  });

  it('prunes the files of digests no plan has, and leftovers of interrupted writes, and nothing else', () => {
    dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
    const cache = openRenderCache(dir);
    expect(cache.prune(new Set())).toBe(0);
    cache.write(A, { html: '', text: '' });
    cache.write(B, { html: '', text: '' });
    writeFileSync(join(dir, `${B}.json.4242.tmp`), '{"dig');
    writeFileSync(join(dir, 'README'), 'not ours');
    expect(cache.prune(new Set([A]))).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['README', `${A}.json`]);
    expect(cache.read(A)).toEqual({ html: '', text: '' });
  });

  it('lives in plan-bodies/ of the build cache, resolved from the root', () => {
    dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
    expect(renderCacheDir(DEFAULT_CACHE_DIR, '/srv/portal')).toBe('/srv/portal/node_modules/.astro/plan-bodies');
    expect(renderCacheDir('/tmp/c', '/srv/portal')).toBe('/tmp/c/plan-bodies');
  });
});

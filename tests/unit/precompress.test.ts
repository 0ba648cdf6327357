import { describe, expect, it } from 'vitest';
import { brotliQuality, MIN_BYTES, shouldPrecompress, worthKeeping } from '../../src/lib/server/precompress';

describe('precompression', () => {
  it('compresses the text files the browser decodes, not Pagefind’s already compressed chunks', () => {
    for (const file of ['index.html', '_astro/Base.x1.css', 'pagefind/pagefind.js', 'feed.xml', 'du-lieu/ke-hoach.csv', 'du-lieu/ke-hoach.json', 'robots.txt', 'favicon.svg']) {
      expect(shouldPrecompress(file, 10_000), file).toBe(true);
    }
    for (const file of [
      'pagefind/fragment/vi_1.pf_fragment',
      'pagefind/index/vi_1.pf_index',
      'pagefind/vi_1.pf_meta',
      'pagefind/filter/vi_1.pf_filter',
      'pagefind/wasm.unknown.pagefind',
      'index.html.gz',
      'index.html.br',
      'Makefile',
    ]) {
      expect(shouldPrecompress(file, 10_000), file).toBe(false);
    }
  });
  it('skips files too small to gain, and keeps a twin only when it is smaller', () => {
    expect(shouldPrecompress('a.html', MIN_BYTES - 1)).toBe(false);
    expect(shouldPrecompress('a.html', MIN_BYTES)).toBe(true);
    expect(worthKeeping(1000, 999)).toBe(true);
    expect(worthKeeping(1000, 1000)).toBe(false);
  });
  it('spends brotli quality 11 only on the shared assets, 6 on pages and data', () => {
    expect(brotliQuality('_astro/Base.x1.css')).toBe(11);
    expect(brotliQuality('_astro/search.x2.js')).toBe(11);
    for (const file of ['index.html', 'ke-hoach/ha-tinh/ubnd-tinh/2024/84-kh-ubnd/index.html', 'du-lieu/ke-hoach.json', 'pagefind/pagefind.js', 'nhung/_astro/x.css'])
      expect(brotliQuality(file), file).toBe(6);
  });
});

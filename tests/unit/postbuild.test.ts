import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { postbuild, precompress, startPrecompression } from '../../scripts/lib/postbuild';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = (title: string) => `<!doctype html><html lang="vi"><title>${title}</title><p>${'Kế hoạch tuyên truyền cải cách hành chính. '.repeat(40)}</p></html>`;

/** A fresh site directory, as each build writes one. */
function site(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe('precompress', () => {
  it('writes .br and .gz twins that decode to the file, and takes unchanged files’ twins from the cache', async () => {
    dir = mkdtempSync(join(tmpdir(), 'postbuild-'));
    const cacheDir = join(dir, 'twins');
    const files = { 'index.html': page('Trang chủ'), 'ke-hoach/a/index.html': page('A'), '_astro/Base.x.css': `body{margin:0}${' .a{color:red}'.repeat(40)}` };
    const first = site('one', files);
    expect(await precompress(first, { cacheDir })).toEqual({ written: 6, reused: 0, compressed: 3, pruned: 0 });
    for (const [file, text] of Object.entries(files)) {
      expect(brotliDecompressSync(readFileSync(join(first, `${file}.br`))).toString(), file).toBe(text);
      expect(gunzipSync(readFileSync(join(first, `${file}.gz`))).toString(), file).toBe(text);
    }

    // The next build: one page edited, one removed, one added; the rest from the cache.
    const lines: string[] = [];
    const second = site('two', { 'index.html': files['index.html'], '_astro/Base.x.css': files['_astro/Base.x.css'], 'ke-hoach/a/index.html': page('A (sửa)'), 'ke-hoach/b/index.html': page('B') });
    expect(await precompress(second, { cacheDir, progress: (line) => lines.push(line), everyMs: 0 })).toEqual({ written: 8, reused: 2, compressed: 2, pruned: 2 });
    expect(lines.at(-1)).toBe('precompressed 4 of 4 files (2 unchanged)');
    expect(brotliDecompressSync(readFileSync(join(second, 'ke-hoach/a/index.html.br'))).toString()).toBe(page('A (sửa)'));
    expect(readFileSync(join(second, 'index.html.br'))).toEqual(readFileSync(join(first, 'index.html.br')));
    // The edited page's old twins are gone: two twins a file.
    expect(readdirSync(cacheDir)).toHaveLength(8);
  });

  it('compresses again when a cached twin does not decode to the file (corrupt cache), and never publishes it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'postbuild-'));
    const cacheDir = join(dir, 'twins');
    await precompress(site('one', { 'index.html': page('Trang chủ') }), { cacheDir });
    for (const file of readdirSync(cacheDir)) writeFileSync(join(cacheDir, file), 'garbage');
    const second = site('two', { 'index.html': page('Trang chủ') });
    expect(await precompress(second, { cacheDir })).toMatchObject({ reused: 0, compressed: 1 });
    expect(brotliDecompressSync(readFileSync(join(second, 'index.html.br'))).toString()).toBe(page('Trang chủ'));
    expect(gunzipSync(readFileSync(join(second, 'index.html.gz'))).toString()).toBe(page('Trang chủ'));
  });

  it('works without a cache', async () => {
    dir = mkdtempSync(join(tmpdir(), 'postbuild-'));
    const root = site('one', { 'index.html': page('Trang chủ'), 'tiny.txt': 'x' });
    expect(await precompress(root)).toEqual({ written: 2, reused: 0, compressed: 1, pruned: 0 });
  });
});

describe('precompression begun while Astro writes the search index', () => {
  it('compresses everything but pagefind/ early, then the index and whatever changed since', async () => {
    dir = mkdtempSync(join(tmpdir(), 'postbuild-'));
    const env = { PORTAL_CACHE_DIR: join(dir, 'cache'), PORTAL_NGINX_BROTLI: '0' };
    const root = site('site', {
      'index.html': page('Trang chủ'),
      'ke-hoach/a/index.html': page('A'),
      'du-lieu/chuyen-huong.json': JSON.stringify({ redirects: [] }),
      'pagefind/pagefind-entry.json': `{"version":"1.6.0","languages":{}}${' '.repeat(300)}`,
    });
    const early = startPrecompression(root, env, { root: dir });
    await early.done;
    expect(readdirSync(join(root, 'pagefind'))).toEqual(['pagefind-entry.json']);
    expect(early.seen.has('index.html')).toBe(true);
    // After the early pass: Pagefind writes more of its index, and a page is written again.
    writeFileSync(join(root, 'pagefind', 'pagefind.js'), `export const x = 1;${' '.repeat(400)}`);
    await new Promise((done) => setTimeout(done, 20));
    writeFileSync(join(root, 'ke-hoach/a/index.html'), page('A (sửa)'));

    const summary = await postbuild(root, join(dir, 'server'), env, { root: dir, early });
    expect(summary).toMatchObject({ redirects: 0, compressed: 5 });
    expect(brotliDecompressSync(readFileSync(join(root, 'ke-hoach/a/index.html.br'))).toString()).toBe(page('A (sửa)'));
    expect(gunzipSync(readFileSync(join(root, 'pagefind/pagefind.js.gz'))).toString()).toBe(`export const x = 1;${' '.repeat(400)}`);
    expect(readFileSync(join(root, 'pagefind/pagefind-entry.json.br')).length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'server', 'portal.conf'), 'utf8')).toContain('server');
  });
});

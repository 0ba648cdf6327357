import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IndexCache, htmlDigest, indexInputDigest } from '../../../src/lib/search/index-cache';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'index-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A stand-in for Pagefind's writer: an entry file and a fragment, from the pages given. */
function writer(pages: string[], calls: string[]) {
  return async (dir: string) => {
    calls.push(dir);
    writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify(pages));
    mkdirSync(join(dir, 'fragment'));
    writeFileSync(join(dir, 'fragment', 'a.pf_fragment'), pages.join('|'));
  };
}

describe('indexInputDigest', () => {
  const pages = [
    { url: '/ke-hoach/a/', htmlDigest: htmlDigest('<p>a</p>') },
    { url: '/ke-hoach/b/', htmlDigest: htmlDigest('<p>b</p>') },
  ];
  it('changes with the indexer, a page, its HTML and the order of the pages', () => {
    const base = indexInputDigest('v1', pages);
    expect(indexInputDigest('v1', structuredClone(pages))).toBe(base);
    expect(indexInputDigest('v2', pages)).not.toBe(base);
    expect(indexInputDigest('v1', [pages[0]!])).not.toBe(base);
    expect(indexInputDigest('v1', [pages[0]!, { ...pages[1]!, htmlDigest: htmlDigest('<p>b.</p>') }])).not.toBe(base);
    expect(indexInputDigest('v1', [pages[1]!, pages[0]!])).not.toBe(base);
  });
});

describe('IndexCache', () => {
  const digest = (n: number) => String(n).repeat(64).slice(0, 64);

  it('writes an index once, and copies the kept one for the same input', async () => {
    const cache = new IndexCache(join(scratch(), 'cache'));
    const calls: string[] = [];
    const site = scratch();
    expect(await cache.place(digest(1), join(site, 'pagefind'), writer(['a'], calls))).toBe('written');
    expect(await cache.place(digest(1), join(site, 'again'), writer(['not used'], calls))).toBe('cached');
    expect(calls).toHaveLength(1);
    expect(readFileSync(join(site, 'again', 'pagefind-entry.json'), 'utf8')).toBe('["a"]');
    expect(readFileSync(join(site, 'again', 'fragment', 'a.pf_fragment'), 'utf8')).toBe('a');
  });

  it('places a shard inside another one without mixing their files', async () => {
    const cache = new IndexCache(join(scratch(), 'cache'));
    const site = scratch();
    await cache.place(digest(1), join(site, 'pagefind'), writer(['2026'], []));
    await cache.place(digest(2), join(site, 'pagefind', 'nam-2025'), writer(['2025'], []));
    expect(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')).toBe('["2026"]');
    expect(readFileSync(join(site, 'pagefind', 'nam-2025', 'pagefind-entry.json'), 'utf8')).toBe('["2025"]');
    expect(readdirSync(join(cache.dir, digest(1))).sort()).toEqual(['fragment', 'pagefind-entry.json']);
  });

  it('keeps nothing of a failed write', async () => {
    const cache = new IndexCache(join(scratch(), 'cache'));
    await expect(
      cache.place(digest(3), join(scratch(), 'pagefind'), async (dir) => {
        writeFileSync(join(dir, 'half'), '');
        throw new Error('Pagefind failed');
      }),
    ).rejects.toThrow('Pagefind failed');
    expect(readdirSync(cache.dir)).toEqual([]);
  });

  it('prunes the indexes this build did not place, and leftovers of interrupted writes', async () => {
    const dir = join(scratch(), 'cache');
    const first = new IndexCache(dir);
    await first.place(digest(1), join(scratch(), 'p'), writer(['a'], []));
    await first.place(digest(2), join(scratch(), 'p'), writer(['b'], []));
    mkdirSync(join(dir, `${digest(4)}.123.tmp`));
    const second = new IndexCache(dir);
    await second.place(digest(2), join(scratch(), 'p'), writer(['b'], []));
    expect(second.prune()).toBe(2);
    expect(readdirSync(dir)).toEqual([digest(2)]);
    expect(new IndexCache(join(scratch(), 'none')).prune()).toBe(0);
  });

  it('refuses a key that is not a digest', async () => {
    const cache = new IndexCache(join(scratch(), 'cache'));
    await expect(cache.place('../x', join(scratch(), 'p'), writer([], []))).rejects.toThrow(/not a digest/);
    expect(existsSync(join(cache.dir, '..', 'x'))).toBe(false);
  });
});

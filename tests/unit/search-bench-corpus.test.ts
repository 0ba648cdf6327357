/** The search benchmark's corpora (scripts/lib/search-bench/corpus.ts): provinces, clones of a built plan page, the index's files. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clonePlan, loadProvinces, pagefindFacts, planPathnames, replaceOnce, type Seed } from '../../scripts/lib/search-bench/corpus';

const ROOT = new URL('../../', import.meta.url).pathname;
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, '.tmp', 'search-bench-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A plan page as the build writes its search record (the fields clonePlan rewrites). */
const SEED_HTML = [
  '<article data-pagefind-body><div hidden data-pagefind-ignore>',
  '<b data-pagefind-meta="number">105/KH-UBND</b><b data-pagefind-meta="date">12/03/2021</b>',
  '<b data-pagefind-filter="tinh">ben-tre|Bến Tre</b><b data-pagefind-filter="tinh-2025">vinh-long-2025|Vĩnh Long</b>',
  '<b data-pagefind-filter="nam">2021|2021</b><b data-pagefind-sort="ngay">2021-03-12</b></div>',
  '<p>Số: 105/KH-UBND</p><p>ỦY BAN NHÂN DÂN TỈNH BẾN TRE</p><p>Tỉnh Bến Tre, www.bentre.gov.vn, /tinh/ben-tre/</p></article>',
].join('');
const SEED: Seed = {
  pathname: 'ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/',
  html: SEED_HTML,
  province: { name: 'Bến Tre', slug: 'ben-tre' },
  issuer: 'ubnd-tinh',
  year: 2021,
  number: '105/KH-UBND',
};

describe('provinces', () => {
  it('reads the 63 pre-2025 provinces, each with its 2025 successor', () => {
    const provinces = loadProvinces(ROOT);
    expect(provinces).toHaveLength(63);
    expect(provinces.find((p) => p.slug === 'ben-tre')!.successor).toEqual({ name: 'Vĩnh Long', slug: 'vinh-long' });
  });
});

describe('clones of a plan page', () => {
  it('moves the page to another province, number and year, names and slugs everywhere', () => {
    const quangTri = loadProvinces(ROOT).find((p) => p.slug === 'quang-tri')!;
    const clone = clonePlan(SEED, 7, quangTri, 2024);
    expect(clone.pathname).toBe('ke-hoach/quang-tri/ubnd-tinh/2024/7/');
    expect(clone.html).not.toMatch(/Bến Tre|BẾN TRE|ben-tre|bentre/);
    expect(clone.html).toContain('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ');
    expect(clone.html).toContain('www.quangtri.gov.vn');
    expect(clone.html).toContain('<b data-pagefind-filter="tinh">quang-tri|Quảng Trị</b>');
    expect(clone.html).toContain(`<b data-pagefind-filter="tinh-2025">${quangTri.successor.slug}-2025|${quangTri.successor.name}</b>`);
    expect(clone.html).toContain('<b data-pagefind-meta="number">1007/KH-UBND</b>');
    expect(clone.html).toContain('<p>Số: 1007/KH-UBND</p>');
    expect(clone.html).toContain('<b data-pagefind-filter="nam">2024|2024</b>');
    // The date moves with the year.
    expect(clone.html).toContain('<b data-pagefind-sort="ngay">2024-03-12</b>');
    expect(clone.html).toContain('<b data-pagefind-meta="date">12/03/2024</b>');
  });

  it('fails on a seed page that lacks a field it rewrites, instead of leaving it as it was', () => {
    expect(() => replaceOnce('<p>x</p>', /(<p>Số: )[^<]*/, (_, open) => `${open}1`, 'visible number')).toThrow(/no visible number/);
    expect(() => clonePlan({ ...SEED, html: SEED_HTML.replace(/<b data-pagefind-sort[^/]*\/b>/, '') }, 1, loadProvinces(ROOT)[0]!, 2020)).toThrow(/ngay sort/);
  });
});

describe('a built site', () => {
  it('finds the plan pages that have a search body, and sums the index files by kind', () => {
    const site = join(scratch, 'site');
    const page = (path: string, html: string) => {
      mkdirSync(join(site, path), { recursive: true });
      writeFileSync(join(site, path, 'index.html'), html);
    };
    page('ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd', SEED_HTML);
    page('ke-hoach/ben-tre/ubnd-tinh/2021/redirect', '<meta http-equiv="refresh">');
    page('ke-hoach/ben-tre', '<ul>list</ul>');
    expect(planPathnames(site)).toEqual(['ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/']);
    mkdirSync(join(site, 'pagefind', 'index'), { recursive: true });
    writeFileSync(join(site, 'pagefind', 'index', 'vi_1.pf_index'), 'abc');
    writeFileSync(join(site, 'pagefind', 'index', 'vi_2.pf_index'), 'de');
    writeFileSync(join(site, 'pagefind', 'wasm.unknown.pagefind'), 'w');
    writeFileSync(join(site, 'pagefind', 'pagefind.js'), 'js');
    const facts = pagefindFacts(site);
    expect(facts).toEqual({ bytes: 8, files: 4, byKind: { index: { files: 2, bytes: 5 }, wasm: { files: 1, bytes: 1 }, js: { files: 1, bytes: 2 } } });
  });
});

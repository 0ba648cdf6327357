/**
 * Search, end to end: the index the build writes, and the search page driven in Debian's
 * Chromium over the built site served on 127.0.0.1. Queries as citizens and journalists
 * type them, facets with counts checked against the plan pages, the URL as the state,
 * keyboard-only use, and the page without JavaScript.
 */
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/search-index';
import { FACETS, decodeFacetValue } from '../../src/lib/search/facets';
import { foldForIndex } from '../../src/lib/search/fold';
import { indexedHtml } from '../../src/lib/search/indexed-html';
import { listPages } from '../../scripts/lib/site-audit';
import { runAxe } from '../helpers/axe';
import { removeScratch, scratchDir } from '../helpers/build';
import { serve } from '../helpers/serve';
import { useSite } from '../helpers/site';

const dist = inject('distDir');
const PLAN = {
  quangTri: '/ke-hoach/quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc/',
  ninhPhuoc: '/ke-hoach/ninh-thuan/ubnd-huyen-ninh-phuoc/2024/tuyen-truyen-cchc/',
  benTre: '/ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/',
  kyAnh: '/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/',
  caoBang: '/ke-hoach/cao-bang/so-vhttdl/2022/tuyen-truyen-cchc/',
};
const planPages = listPages(dist).filter((page) => !page.redirect && page.html.includes('data-pagefind-body'));

/** Pagefind's fragments: what the index holds of each page (url, content, meta, filters). */
function fragments(dir: string): { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }[] {
  const fragmentDir = join(dir, 'pagefind', 'fragment');
  return readdirSync(fragmentDir).map((file) => {
    const text = gunzipSync(readFileSync(join(fragmentDir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{')));
  });
}

describe('the search index built with the site', () => {
  const indexed = fragments(dist);

  it('holds the five plan pages and nothing else, with no prebuilt UI shipped', () => {
    expect(planPages.map((page) => page.url).sort()).toEqual(Object.values(PLAN).sort());
    expect(indexed.map((fragment) => fragment.url).sort()).toEqual(Object.values(PLAN).sort());
    expect(JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.vi.page_count).toBe(5);
    expect(readdirSync(join(dist, 'pagefind')).filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });

  it('indexes the document (title, body, tasks, signer), not navigation, panels or footer', () => {
    const quangTri = indexed.find((fragment) => fragment.url === PLAN.quangTri)!;
    expect(quangTri.content).toContain('KẾ HOẠCH Tuyên truyền cải cách hành chính nhà nước');
    expect(quangTri.content).toContain('Võ Văn Hưng');
    for (const fragment of indexed) {
      for (const chrome of ['Bỏ qua, đến nội dung chính', 'Văn bản được thực hiện', 'Điều hướng chính', 'Văn bản được chép nguyên văn', 'Theo cơ quan', 'Bản gốc không có phần đầu']) {
        expect(fragment.content, `${fragment.url}: ${chrome}`).not.toContain(chrome);
      }
    }
  });

  it('is built from the part of each page Pagefind reads, and nothing outside the document changes what is found', async () => {
    // indexed-html.ts cuts a plan page to its document without the ignored panels, so that a
    // change to the panels (a plan added elsewhere) leaves the page's index reusable. Index
    // the whole pages and the cut pages and compare. Pagefind takes one thing from outside
    // the cut: its automatic "image" metadata, the first picture anywhere on the page (the
    // task timeline below the document, the locator map in the panel), whose alt text it
    // also indexes. The search page never shows it, and a plan should not be found by
    // "biểu đồ tiến độ". Without the pictures, the two indexes are the same byte for byte.
    const scratch = scratchDir('search-cut');
    try {
      const write = async (name: string, html: (page: string) => string) => {
        const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
        for (const page of planPages) {
          const added = await index!.addHTMLFile({ url: page.url, content: foldForIndex(html(page.html)) });
          expect(added.errors).toEqual([]);
        }
        expect((await index!.writeFiles({ outputPath: join(scratch, name, 'pagefind') })).errors).toEqual([]);
        return join(scratch, name);
      };
      for (const page of planPages) {
        const cut = indexedHtml(page.html);
        expect(cut, page.url).not.toBeNull();
        expect(cut!.length, page.url).toBeLessThan(page.html.length * 0.8);
      }
      const withoutPictures = (html: string) => html.replace(/<img\b[^>]*>/g, '');
      const files = (site: string) =>
        (readdirSync(join(site, 'pagefind'), { recursive: true }) as string[])
          .filter((file) => statSync(join(site, 'pagefind', file)).isFile())
          .sort()
          .map((file) => [file, readFileSync(join(site, 'pagefind', file)).toString('base64')]);
      const cut = await write('cut', (html) => indexedHtml(html)!);
      const whole = await write('whole', withoutPictures);
      expect(files(whole).length).toBeGreaterThan(5);
      expect(files(cut)).toEqual(files(whole));
      // With the pictures, the fragments differ in the image metadata only.
      const wholeWithPictures = await write('whole-with-pictures', (html) => html);
      const fragmentsOf = (dir: string) => new Map(fragments(dir).map((fragment) => [fragment.url, fragment]));
      const cutFragments = fragmentsOf(cut);
      const pictured = [...fragmentsOf(wholeWithPictures).values()];
      expect(pictured.some((fragment) => 'image' in fragment.meta)).toBe(true);
      for (const fragment of pictured) {
        const { image: _image, image_alt: _alt, ...meta } = fragment.meta;
        expect({ ...fragment, meta }, fragment.url).toEqual(cutFragments.get(fragment.url));
      }
    } finally {
      await pagefind.close();
      removeScratch(scratch);
    }
  });

  it('separates words everywhere: no word glued to the next (table headers, title, letterhead)', () => {
    for (const fragment of indexed) {
      const glued = fragment.content.split(/\s+/).filter((word) => /\p{Ll}\p{Lu}/u.test(word) || /^(STT|TT)\p{Lu}\p{Ll}/u.test(word));
      expect(glued, fragment.url).toEqual([]);
    }
  });

  it('gives each plan the fields results show, and folds đ only inside the index', () => {
    const kyAnh = indexed.find((fragment) => fragment.url === PLAN.kyAnh)!;
    expect(kyAnh.meta).toMatchObject({ title: expect.stringMatching(/^KẾ HOẠCH Tuyên truyền cải cách hành chính, Chỉ số năng lực cạnh tranh \(PCI\)/), number: '84/KH-UBND', date: '12/01/2024' });
    expect(kyAnh.filters['co-quan']).toEqual(['ha-tinh/ubnd-huyen-ky-anh|Ủy ban nhân dân huyện Kỳ Anh']);
    expect(kyAnh.content).toContain('Bưu d\u0335iện');
    // The reader's pages never carry the index's fold.
    for (const page of listPages(dist)) expect(page.html.includes('\u0335'), page.url).toBe(false);
  });
});

const served = useSite(dist);

interface Shown {
  status: string;
  urls: string[];
  titles: string[];
  meta: string[];
  marks: string[][];
  groups: string[];
}

async function waitDone(page: Page) {
  await page.waitForSelector('#ket-qua[data-state="done"]', { timeout: 30_000 });
}

async function shown(page: Page): Promise<Shown> {
  await waitDone(page);
  return page.evaluate(() => {
    const results = [...document.querySelectorAll('.result')];
    return {
      status: document.querySelector('#trang-thai')?.textContent ?? '',
      urls: results.map((r) => new URL(r.querySelector('h3 a')!.getAttribute('href')!, location.href).pathname),
      titles: results.map((r) => r.querySelector('h3')!.textContent ?? ''),
      meta: results.map((r) => r.querySelector('.result-meta')!.textContent ?? ''),
      marks: results.map((r) => [...r.querySelectorAll('.excerpt mark')].map((m) => m.textContent ?? '')),
      groups: [...document.querySelectorAll('.result-group h2')].map((h) => h.textContent ?? ''),
    };
  });
}

async function open(path: string, origin = served.origin): Promise<{ page: Page; errors: string[] }> {
  const page = await served.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}${path}`);
  return { page, errors };
}

async function search(query: string): Promise<Shown> {
  const { page, errors } = await open(`/tim-kiem/?q=${encodeURIComponent(query)}`);
  const result = await shown(page);
  await page.close();
  expect(errors).toEqual([]);
  return result;
}

describe('queries as people type them', () => {
  it('"dong khoi" finds Báo Đồng Khởi (đ folded), shown with its accents', async () => {
    const result = await search('dong khoi');
    expect(result.urls[0]).toBe(PLAN.benTre);
    expect(result.marks[0]).toEqual(expect.arrayContaining(['Đồng', expect.stringMatching(/^Khởi/)]));
    expect(JSON.stringify(result)).not.toContain('\u0335');
  });

  it('"dang" finds Đảng; "Đảng" typed with accents ranks exact matches first', async () => {
    const plain = await search('dang');
    expect(plain.marks.flat()).toEqual(expect.arrayContaining([expect.stringMatching(/^Đảng/)]));
    const exact = await search('Đảng');
    expect(exact.urls.length).toBeGreaterThan(0);
    expect(exact.marks[0]!.every((mark) => /^Đảng/.test(mark))).toBe(true);
  });

  it('"dai phat thanh" finds Đài Phát thanh as a phrase first', async () => {
    const result = await search('dai phat thanh');
    expect(result.groups[0]).toBe('Có nguyên cụm từ “dai phat thanh”');
    expect(result.urls.slice(0, 2).sort()).toEqual([PLAN.benTre, PLAN.quangTri].sort());
    expect(result.marks[0]!.join(' ')).toMatch(/Đài Phát thanh/);
  });

  it('"quang tri" and "Quảng Trị" find the Quảng Trị plan first', async () => {
    expect((await search('quang tri')).urls[0]).toBe(PLAN.quangTri);
    const exact = await search('Quảng Trị');
    expect(exact.urls[0]).toBe(PLAN.quangTri);
    expect(exact.titles[0]).toContain('Quảng Trị');
  });

  it.each([
    ['84/KH-UBND', [PLAN.kyAnh], [PLAN.ninhPhuoc]],
    // Quảng Trị names the programme of 76/NQ-CP without its number: found through the citation index.
    ['76/NQ-CP', [PLAN.kyAnh, PLAN.ninhPhuoc], [PLAN.quangTri]],
    ['129/2007/QĐ-TTg', [PLAN.quangTri], []],
    ['01-NQ/TU', [PLAN.quangTri], []],
  ])('the number %s finds the plan with it or citing it', async (query, inText, citingOnly) => {
    const result = await search(query);
    expect(result.urls.slice(0, inText.length).sort()).toEqual([...inText].sort());
    expect(result.urls.slice(inText.length)).toEqual(citingOnly);
    if (citingOnly.length > 0) expect(result.groups).toContain(`Trích dẫn văn bản ${query}`);
  });

  it('each result shows title, issuing body, number and date', async () => {
    const result = await search('84/KH-UBND');
    expect(result.titles[0]).toMatch(/^Kế hoạch tuyên truyền cải cách hành chính, Chỉ số năng lực cạnh tranh \(PCI\)/);
    expect(result.meta[0]).toBe('Ủy ban nhân dân huyện Kỳ Anh · Số: 84/KH-UBND · Ngày: 12/01/2024');
    expect(result.marks[0]).toEqual(['84/KH-UBND.']);
  });
});

describe('ranking: the phrase before the scattered words', () => {
  // A copy of the site with two decoy plans, indexed by the same code as the build: one has
  // "Quảng" (Quảng Ninh) and "trị" (quản trị, chính trị) apart, one only "quản trị".
  const scratch = scratchDir('search-rank');
  const site = join(scratch, 'site');
  let decoyServer: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    cpSync(dist, site, { recursive: true });
    const template = readFileSync(join(dist, PLAN.caoBang, 'index.html'), 'utf8');
    const decoys = {
      '/ke-hoach/cao-bang/so-vhttdl/2022/decoy-words/': 'Phối hợp với tỉnh Quảng Ninh nâng cao năng lực quản trị và giáo dục chính trị.',
      '/ke-hoach/cao-bang/so-vhttdl/2022/decoy-quan-tri/': 'Nâng cao năng lực quản trị địa phương.',
    };
    for (const [url, sentence] of Object.entries(decoys)) {
      mkdirSync(join(site, url), { recursive: true });
      const opening = /<div class="doc-body"[^>]*>/;
      // The decoy sentence goes at the start of the plan's text; fail here, not in the ranking, if the page changes shape.
      expect(template, 'the plan template has its text container').toMatch(opening);
      writeFileSync(
        join(site, url, 'index.html'),
        template.replace(opening, (tag) => `${tag}<p>${sentence}</p>`),
      );
    }
    await buildSearchIndex(
      site,
      [...planPages.map((page) => page.url), ...Object.keys(decoys)].map((url) => url.slice(1)),
      undefined,
      { cacheDir: null },
    );
    decoyServer = await serve(site);
  });

  afterAll(async () => {
    await decoyServer?.close();
    removeScratch(scratch);
  });

  it.each(['Quảng Trị', 'quang tri'])('"%s": Quảng Trị first, the scattered-words decoy after it, "quản trị" alone not at all', async (query) => {
    const { page, errors } = await open(`/tim-kiem/?q=${encodeURIComponent(query)}`, decoyServer.origin);
    const result = await shown(page);
    await page.close();
    expect(errors).toEqual([]);
    expect(result.urls[0]).toBe(PLAN.quangTri);
    expect(result.urls).toContain('/ke-hoach/cao-bang/so-vhttdl/2022/decoy-words/');
    expect(result.urls).not.toContain('/ke-hoach/cao-bang/so-vhttdl/2022/decoy-quan-tri/');
    expect(result.groups).toEqual([`Có nguyên cụm từ “${query}”`, 'Có đủ các từ']);
  });
});

describe('facets', () => {
  // The oracle: the facet values each plan page declares, read from the HTML.
  const declared = new Map<string, Map<string, number>>();
  for (const page of planPages) {
    const $ = cheerio.load(page.html);
    $('[data-pagefind-filter]').each((_, element) => {
      const key = $(element).attr('data-pagefind-filter')!;
      const { id } = decodeFacetValue($(element).text());
      const counts = declared.get(key) ?? new Map<string, number>();
      counts.set(id, (counts.get(id) ?? 0) + 1);
      declared.set(key, counts);
    });
  }

  it('show every value with its count, and choosing one narrows the results to that count', async () => {
    const { page, errors } = await open('/tim-kiem/?q=tuyen+truyen');
    expect((await shown(page)).urls).toHaveLength(5);
    let checked = 0;
    for (const facet of FACETS) {
      const options = await page.$$eval(`#loc-${facet.key} option`, (elements) => elements.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
      const values = options.filter((option) => option.value !== '');
      expect(new Map(values.map((option) => [option.value, Number(/\((\d+)\)$/.exec(option.text)![1])])), facet.key).toEqual(declared.get(facet.key) ?? new Map());
      for (const option of values) {
        await page.selectOption(`#loc-${facet.key}`, option.value);
        const narrowed = await shown(page);
        expect(narrowed.urls.length, `${facet.key}=${option.value}`).toBe(declared.get(facet.key)!.get(option.value));
        expect(new URL(page.url()).searchParams.get(facet.key)).toBe(option.value);
        checked++;
      }
      await page.selectOption(`#loc-${facet.key}`, '');
      await shown(page);
    }
    console.log(`facets: ${checked} values chosen one by one, each narrowing to its count`);
    expect(checked).toBeGreaterThan(40);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('combine: province and index together, counts of the other facets follow', async () => {
    const { page } = await open('/tim-kiem/?q=tuyen+truyen&tinh-2025=khanh-hoa-2025&chi-so=pci');
    const result = await shown(page);
    expect(result.urls).toEqual([PLAN.ninhPhuoc]);
    expect(await page.$eval('#loc-nam', (select) => [...(select as HTMLSelectElement).options].map((o) => o.textContent))).toEqual(['Tất cả', '2024 (1)']);
    // The chosen facet still lists its other values, with what choosing them would give.
    expect(await page.$eval('#loc-tinh-2025', (select) => [...(select as HTMLSelectElement).options].map((o) => o.textContent))).toEqual([
      'Tất cả',
      'Cao Bằng (1)',
      'Hà Tĩnh (1)',
      'Khánh Hòa (1)',
      'Quảng Trị (1)',
      'Vĩnh Long (1)',
    ]);
    await page.close();
  });
});

describe('the index does not depend on the order of the pages', () => {
  // Astro lists its pages in the order it began them, which with build.concurrency depends
  // on how the renders overlap; the same site must still give the same index, byte for byte.
  const scratch = scratchDir('search-order');

  /** Every file of a directory tree, by relative path. */
  function tree(dir: string): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    for (const name of readdirSync(dir, { recursive: true }) as string[]) {
      const path = join(dir, name);
      if (statSync(path).isFile()) out.set(name, readFileSync(path));
    }
    return out;
  }

  afterAll(() => removeScratch(scratch));

  it('writes the same bundle from the pages in reverse order, in year shards and whole', async () => {
    const pathnames = planPages.map((page) => page.url.slice(1));
    for (const shardAbove of [1, 1000]) {
      const bundles = [];
      for (const order of [pathnames, [...pathnames].reverse()]) {
        const site = join(scratch, `site-${shardAbove}-${bundles.length}`);
        cpSync(dist, site, { recursive: true });
        await buildSearchIndex(site, order, undefined, { shardAbove, recentPlans: 2, cacheDir: null });
        bundles.push(tree(join(site, 'pagefind')));
      }
      const [forward, reverse] = bundles as [Map<string, Buffer>, Map<string, Buffer>];
      expect(forward.size).toBeGreaterThan(10);
      expect([...reverse.keys()].sort()).toEqual([...forward.keys()].sort());
      expect([...forward].filter(([name, bytes]) => !reverse.get(name)!.equals(bytes)).map(([name]) => name)).toEqual([]);
    }
  });
});

describe('an archive indexed in year shards, with a recent index', () => {
  // The same site indexed as an archive of more than SHARD_ABOVE and RECENT_PLANS plans is:
  // in year shards (issued in 2024, 2022, 2020), with a recent index of the two newest.
  // Every answer must be the one the whole index gives, opened from a link or typed.
  const scratch = scratchDir('search-shards');
  const site = join(scratch, 'site');
  let shardServer: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    cpSync(dist, site, { recursive: true });
    const summary = await buildSearchIndex(
      site,
      planPages.map((page) => page.url.slice(1)),
      undefined,
      { shardAbove: 1, recentPlans: 2, cacheDir: null },
    );
    expect(summary).toEqual({ pages: 5, recent: 2, shards: 3, cached: 0, indexes: 4 });
    shardServer = await serve(site);
  });

  afterAll(async () => {
    await shardServer?.close();
    removeScratch(scratch);
  });

  it('writes one index a year, newest at pagefind/, and lists them in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(site, 'pagefind/portal-index.json'), 'utf8'));
    expect(manifest).toEqual({
      recent: { path: 'gan-day/', plans: 2, since: expect.stringMatching(/^2024-/) },
      shards: [
        { path: '', year: '2024', plans: 2 },
        { path: 'nam-2022/', year: '2022', plans: 2 },
        { path: 'nam-2020/', year: '2020', plans: 1 },
      ],
      plans: 5,
    });
    const count = (bundle: string) => JSON.parse(readFileSync(join(site, bundle, 'pagefind-entry.json'), 'utf8')).languages.vi.page_count;
    expect([count('pagefind'), count('pagefind/nam-2022'), count('pagefind/nam-2020'), count('pagefind/gan-day')]).toEqual([2, 2, 1, 2]);
  });

  /**
   * What the page shows for a search, opened from a link or typed into the open page: the
   * results in order, the groups, the status and every facet's options with counts.
   */
  async function answer(path: string, origin: string, typed = false) {
    const url = new URL(path, origin);
    const { page, errors } = await open(
      typed
        ? `/tim-kiem/?${[...url.searchParams]
            .filter(([key]) => key !== 'q')
            .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
            .join('&')}`
        : path,
      origin,
    );
    if (typed) {
      // Focusing the box starts loading the indexes; the query is typed while they load.
      await page.focus('#q');
      await page.keyboard.type(url.searchParams.get('q') ?? '');
      await page.keyboard.press('Enter');
      await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, url.searchParams.get('q'));
    }
    const result = await shown(page);
    const facets = await page.$$eval('select[data-facet] option', (options) => options.map((o) => `${(o.parentElement as HTMLSelectElement).dataset['facet']}: ${o.textContent}`));
    await page.close();
    return { urls: result.urls, groups: result.groups, status: result.status, facets, errors };
  }

  it.each([
    ['words every plan has, by relevance', '/tim-kiem/?q=tuyen+truyen'],
    ['words every plan has, newest first', '/tim-kiem/?q=tuyen+truyen&sap-xep=moi-nhat'],
    ['words every plan has, oldest first', '/tim-kiem/?q=tuyen+truyen&sap-xep=cu-nhat'],
    ['a phrase', '/tim-kiem/?q=%22c%E1%BA%A3i+c%C3%A1ch+h%C3%A0nh+ch%C3%ADnh%22'],
    ['a document number', '/tim-kiem/?q=76%2FNQ-CP'],
    ['a query with a facet chosen', '/tim-kiem/?q=tuyen+truyen&nam=2022'],
  ])('%s: the same results, groups and facet counts as the whole index, from a link and typed', async (_what, path) => {
    const whole = await answer(path, served.origin);
    expect(whole.urls.length).toBeGreaterThan(0);
    for (const typed of [false, true]) {
      const sharded = await answer(path, shardServer.origin, typed);
      const how = typed ? 'typed' : 'from a link';
      expect(sharded.errors, how).toEqual([]);
      expect(sharded.facets.length, how).toBeGreaterThan(5);
      // Relevance scores are each index's own, as with Pagefind's mergeIndex: the set of
      // results is the same, their order may differ; sorted by date the order is exact.
      if (/sap-xep=/.test(path)) expect(sharded.urls, how).toEqual(whole.urls);
      else expect([...sharded.urls].sort(), how).toEqual([...whole.urls].sort());
      expect(sharded.groups, how).toEqual(whole.groups);
      expect(sharded.status, how).toBe(whole.status);
      expect(sharded.facets, how).toEqual(whole.facets);
    }
  });
});

describe('the URL is the state', () => {
  it('a shared link restores query, facets and order; the form and Back follow', async () => {
    const { page, errors } = await open('/tim-kiem/?q=cai+cach+hanh+chinh&chi-so=pci&sap-xep=cu-nhat');
    const first = await shown(page);
    expect(await page.inputValue('#q')).toBe('cai cach hanh chinh');
    expect(await page.inputValue('#loc-chi-so')).toBe('pci');
    expect(await page.inputValue('#sap-xep')).toBe('cu-nhat');
    // Oldest first: Bến Tre (30/12/2020) before the 2022 and 2024 plans.
    expect(first.urls[0]).toBe(PLAN.benTre);
    expect(first.urls.at(-1)).toBe(PLAN.kyAnh);

    await page.selectOption('#sap-xep', 'moi-nhat');
    const newest = await shown(page);
    expect(newest.urls).toEqual([...first.urls].reverse());
    expect(page.url()).toContain('sap-xep=moi-nhat');

    await page.goBack();
    await waitDone(page);
    expect(await page.inputValue('#sap-xep')).toBe('cu-nhat');
    expect((await shown(page)).urls).toEqual(first.urls);

    // The same URL in a new page gives the same results.
    const again = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    expect((await shown(again.page)).urls).toEqual(first.urls);
    await again.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an unknown facet value says so and matches nothing', async () => {
    const { page } = await open('/tim-kiem/?tinh=khong-co');
    const result = await shown(page);
    expect(result.urls).toEqual([]);
    expect(result.status).toBe('Không tìm thấy kế hoạch nào (đã lọc).');
    expect(await page.$eval('#loc-tinh', (select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('khong-co (không có trong chỉ mục) (0)');
    await page.close();
  });
});

describe('keyboard and screen reader', () => {
  it('from the header box on any page to a result, by keyboard only; results announced', async () => {
    const { page, errors } = await open('/van-ban/');
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'tim-nhanh'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tim-nhanh');
    await page.keyboard.type('dong khoi');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=dong\+khoi$/);
    const result = await shown(page);
    expect(result.urls[0]).toBe(PLAN.benTre);
    // The status is a polite live region: screen readers announce the count.
    expect(await page.$eval('#trang-thai', (el) => [el.getAttribute('role'), el.getAttribute('aria-live')])).toEqual(['status', 'polite']);
    expect(result.status).toMatch(/^Tìm thấy \d+ kế hoạch cho “dong khoi”/);

    // A facet by keyboard: focus the year select and move to the first year.
    await page.focus('#loc-nam');
    await page.keyboard.press('ArrowDown');
    await waitDone(page);
    expect(new URL(page.url()).searchParams.get('nam')).toMatch(/^\d{4}$/);

    // Tab onward reaches the first result; Enter opens it.
    await page.focus('#sap-xep');
    const first = (await shown(page)).urls[0]!;
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.closest('.result') !== null)); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(first);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === first);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no axe violation with results and facets shown', async () => {
    const { page } = await open('/tim-kiem/?q=dai+phat+thanh&cap=tinh');
    await shown(page);
    const results = await runAxe(page);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await page.close();
  });
});

describe('loading', () => {
  it("asks for Pagefind's runtime and the index manifest while the page loads, once each", async () => {
    const { page, errors } = await open('/tim-kiem/?q=tuyen+truyen');
    await shown(page);
    const entries = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime, responseEnd: entry.responseEnd })),
    );
    await page.close();
    expect(errors).toEqual([]);
    const of = (pattern: RegExp) => entries.filter((entry) => pattern.test(entry.path));
    // Once each: the script's own requests were answered by the preloads.
    const [runtime, manifest] = [of(/^\/pagefind\/pagefind\.js$/), of(/^\/pagefind\/portal-index\.json$/)];
    expect([runtime.length, manifest.length]).toEqual([1, 1]);
    // Both started before the page's own script had arrived, which would otherwise ask for them.
    const script = of(/^\/_astro\/.*\.js$/);
    expect(script.length).toBeGreaterThan(0);
    const scriptArrived = Math.min(...script.map((entry) => entry.responseEnd));
    expect(runtime[0]!.startTime).toBeLessThan(scriptArrived);
    expect(manifest[0]!.startTime).toBeLessThan(scriptArrived);
  });
});

describe('when the index cannot be loaded', () => {
  it('says so and points to browsing instead of waiting forever', async () => {
    const page = await served.browser.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${served.origin}/tim-kiem/?q=quang+tri`);
    await page.waitForSelector('#ket-qua[data-state="error"]');
    expect(await page.textContent('#trang-thai')).toMatch(/^Không tải được chỉ mục tìm kiếm/);
    expect(await page.getAttribute('#ket-qua a', 'href')).toBe('/ke-hoach/');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the page says how to browse instead, and hides the form that cannot work', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.origin}/tim-kiem/?q=quang+tri`);
    expect(await page.isVisible('#can-javascript')).toBe(true);
    expect(await page.textContent('#can-javascript')).toContain('cần JavaScript');
    expect(await page.$$eval('#can-javascript a', (links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/ke-hoach/',
      '/tinh/',
      '/nam/',
      '/co-quan/',
      '/cap/',
      '/chi-so/',
      '/van-ban/',
      '/du-lieu/',
    ]);
    expect(await page.isVisible('#tim-kiem')).toBe(false);
    // The header box works without script: it is a plain form to this page.
    expect(await page.getAttribute('.site-search', 'action')).toBe('/tim-kiem/');
    await context.close();
  });
});

/**
 * Lists that grow with the archive are paginated: every plan (/ke-hoach/), a province's,
 * an agency's, a year's, a level's, an index's plans and the plans citing a document; the
 * duties of an agency (/co-quan/<id>/nhiem-vu/), the appendix tasks it leads and partners on
 * (/co-quan/<id>/chu-tri/, /co-quan/<id>/phoi-hop/), the issuers of the agency directory (/co-quan/), the agencies of a kind (/co-quan/loai/<kind>/)
 * and the cited documents in both orders (/van-ban/, /van-ban/theo-loai/). PAGE_SIZE a page,
 * page 1 at the list's URL and page n at trang-<n>/, every item on exactly one page, in the
 * list's order, with links between the pages.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, contentWithoutPlans, page, removeScratch, runBuild, scratchDir } from '../helpers/build';
import type { CheerioAPI } from 'cheerio';
import { runAxe } from '../helpers/axe';
import { launchChromium } from '../helpers/browser';
import { serve } from '../helpers/serve';
import { PAGE_SIZE } from '../../src/lib/pagination';
import { AGENCY_DUTIES } from '../../src/lib/duty-preview';
import { AGENCY_TIMELINE_LIMIT } from '../../src/lib/charts/plan-gantt';

const SEED_PATH = 'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.mdx';
const seed = readFileSync(join(ROOT, 'content/plans', SEED_PATH), 'utf8');
const COUNT = PAGE_SIZE + 7;
let dir: string;
let out: string;

beforeAll(() => {
  dir = scratchDir('pages');
  const content = contentWithoutPlans(join(dir, 'content'));
  for (let i = 1; i <= COUNT; i++) {
    const path = join(content, 'plans', `ha-tinh/ubnd-huyen-ky-anh/2024/${1000 + i}-kh-ubnd.mdx`);
    mkdirSync(dirname(path), { recursive: true });
    // The seed has no appendix; each copy gets one task Phòng Nội vụ leads and Phòng Văn hóa - Thông tin partners on (a test fixture, not a source text).
    const task = `tasks:\n  - no: "1"\n    content: "Nhiệm vụ thử nghiệm ${i}"\n    product: null\n    lead:\n      - "Phòng Nội vụ"\n    partners:\n      - "Phòng Văn hóa - Thông tin"\n    start: "Quý I/2024"\n    end: "Quý IV/2024"\n    notes: null\n`;
    writeFileSync(path, seed.replace(/^number: .*$/m, `number: ${1000 + i}/KH-UBND`).replace(/^tasks: \[\]\n/m, task));
  }
  out = join(dir, 'dist');
  // A recent search index of 20 plans (src/lib/search/recent-index.ts; 1,000 by default).
  const result = runBuild(out, { contentDir: content, cacheDir: join(dir, 'cache'), env: { PORTAL_RECENT_PLANS: '20' } });
  expect(result.status, result.output).toBe(0);
});
afterAll(() => removeScratch(dir));

describe.each([
  ['every-plan', '/ke-hoach/'],
  ['province', '/tinh/ha-tinh/'],
  ['district', '/tinh/ha-tinh/huyen-ky-anh/'],
  ['agency', '/co-quan/ha-tinh/ubnd-huyen-ky-anh/'],
  ['year', '/nam/2024/'],
  ['level', '/cap/huyen/'],
  ['index', '/chi-so/pci/'],
  ['cited-document', '/van-ban/76-nq-cp-2021/'],
])('the %s list', (_kind, base) => {
  it(`shows ${PAGE_SIZE} plans on page 1 and the rest on trang-2/, each plan once`, () => {
    expectTwoPages(out, base, COUNT, ($) =>
      $('.plan-list .plan-card a[href^="/ke-hoach/"]')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
  });
});

describe('the duties of an agency', () => {
  it(`shows its first ${AGENCY_DUTIES} on its page and all of them, ${PAGE_SIZE} a page, on its duty list`, () => {
    const agency = '/co-quan/ha-tinh/phong-noi-vu-huyen-ky-anh/';
    const $ = page(out, agency);
    expect($('.duty-group')).toHaveLength(AGENCY_DUTIES);
    expect($(`a[href="${agency}nhiem-vu/"]`).text()).toBe(`Xem tất cả ${COUNT} nhiệm vụ được giao`);
    expectTwoPages(out, `${agency}nhiem-vu/`, COUNT, (p) =>
      p('.duty-group h3 a')
        .map((_, a) => p(a).attr('href'))
        .get(),
    );
    // The kind page sends there too.
    expect(page(out, '/co-quan/loai/phong-noi-vu/')(`a[href="${agency}nhiem-vu/"]`)).toHaveLength(1);
  });
});

describe('the appendix tasks of an agency', () => {
  const lead = '/co-quan/ha-tinh/phong-noi-vu-huyen-ky-anh/';
  const partner = '/co-quan/ha-tinh/phong-van-hoa-thong-tin-huyen-ky-anh/';
  const planLinks = (p: CheerioAPI) =>
    p('.tasks-table tbody tr td:first-child a[href^="/ke-hoach/"]')
      .map((_, a) => p(a).attr('href'))
      .get();

  it(`shows at most ${AGENCY_TIMELINE_LIMIT} of the tasks an agency leads on its page, the ones its timeline draws, and all of them, ${PAGE_SIZE} a page, at chu-tri/`, () => {
    const $ = page(out, lead);
    expect($('#chu-tri').text()).toBe(`Nhiệm vụ chủ trì trong phụ lục (${COUNT})`);
    // Its only task table: it partners on none.
    expect($('#bang-chu-tri .tasks-table')).toHaveLength(1);
    expect(planLinks($)).toHaveLength(AGENCY_TIMELINE_LIMIT);
    expect($(`a[href="${lead}chu-tri/"]`).first().text()).toBe(`Xem tất cả ${COUNT} nhiệm vụ chủ trì`);
    // The timeline draws the tasks of the table, and says where the rest are.
    const figure = $('figure.gantt');
    expect(figure.find('img').attr('alt')).toMatch(new RegExp(`^Biểu đồ tiến độ: ${AGENCY_TIMELINE_LIMIT} nhiệm vụ `));
    expect(figure.find('figcaption').text()).toContain(`Hình và bảng chỉ gồm ${AGENCY_TIMELINE_LIMIT} nhiệm vụ của các năm gần nhất; đủ ${COUNT} nhiệm vụ ở danh sách đầy đủ.`);
    expect(figure.find(`figcaption a[href="${lead}chu-tri/"]`)).toHaveLength(1);
    const svg = readFileSync(join(out, 'tien-do/co-quan/ha-tinh/phong-noi-vu-huyen-ky-anh.svg'), 'utf8');
    expect(new Set(svg.match(/Nhiệm vụ thử nghiệm \d+/g)).size).toBe(AGENCY_TIMELINE_LIMIT);
    expectTwoPages(out, `${lead}chu-tri/`, COUNT, planLinks);
    // It partners on none: nothing to list.
    expect(() => page(out, `${lead}phoi-hop/`)).toThrow(/No built page/);
  });

  it(`shows at most ${AGENCY_TIMELINE_LIMIT} of the tasks an agency partners on on its page and all of them, ${PAGE_SIZE} a page, at phoi-hop/`, () => {
    const $ = page(out, partner);
    expect($('#phoi-hop').text()).toBe(`Nhiệm vụ phối hợp trong phụ lục (${COUNT})`);
    expect(planLinks($)).toHaveLength(AGENCY_TIMELINE_LIMIT);
    expect($(`a[href="${partner}phoi-hop/"]`).text()).toBe(`Xem tất cả ${COUNT} nhiệm vụ phối hợp`);
    expectTwoPages(out, `${partner}phoi-hop/`, COUNT, planLinks);
    expect(page(out, `${partner}phoi-hop/trang-2/`)('h1').text()).toBe('Nhiệm vụ trong phụ lục Phòng Văn hóa - Thông tin huyện Kỳ Anh phối hợp thực hiện — trang 2/2');
  });
});

/** Page 1 of the list at `base` shows PAGE_SIZE items, trang-2/ the rest of `total`, each once; the pages link each other. */
function expectTwoPages(dist: string, base: string, total: number, links: ($: CheerioAPI) => string[]): void {
  const first = page(dist, base);
  const second = page(dist, `${base}trang-2/`);
  expect(links(first)).toHaveLength(PAGE_SIZE);
  expect(links(second)).toHaveLength(total - PAGE_SIZE);
  expect(new Set([...links(first), ...links(second)]).size).toBe(total);
  expect(first('nav.pagination a[rel="next"]').attr('href')).toBe(`${base}trang-2/`);
  expect(second('nav.pagination a[rel="prev"]').attr('href')).toBe(base);
  expect(second('nav.pagination a[aria-current="page"]').text()).toBe('2');
  expect(first('nav.pagination')).toHaveLength(1);
  expect(second('title').text()).toMatch(/trang 2\/2/);
  expect(second('nav.breadcrumbs a').last().attr('href')).toBe(base);
  expect(() => page(dist, `${base}trang-3/`)).toThrow(/No built page/);
}

describe('the recent search index', () => {
  it('holds the newest plans when there are more than its size, and the manifest says so', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'pagefind/portal-index.json'), 'utf8'));
    expect(manifest).toEqual({ recent: { path: 'gan-day/', plans: 20, since: expect.stringMatching(/^2024-\d\d-\d\d$/) }, shards: null, plans: COUNT });
    const pages = (bundle: string) => JSON.parse(readFileSync(join(out, bundle, 'pagefind-entry.json'), 'utf8')).languages.vi.page_count;
    expect([pages('pagefind'), pages('pagefind/gan-day')]).toEqual([COUNT, 20]);
    expect(readFileSync(join(out, 'pagefind/gan-day/pagefind.js'), 'utf8').length).toBeGreaterThan(0);
  });
});

describe('lists of agencies, of cited documents and the calendars', () => {
  // KINDS agencies of one kind (Sở VHTTDL, in Cao Bằng), each issuing one plan that cites a decision of its own;
  // and BEN_TRE copies of the Bến Tre plan (13 dated appendix tasks each) for the calendars.
  const KINDS = PAGE_SIZE + 2;
  const ISSUERS = KINDS + 1;
  const BEN_TRE = 4;
  const CAO_BANG = 'cao-bang/so-vhttdl/2022/tuyen-truyen-cchc.mdx';
  let agenciesDir: string;
  let agenciesOut: string;

  beforeAll(() => {
    agenciesDir = scratchDir('pages-agencies');
    const content = contentWithoutPlans(join(agenciesDir, 'content'));
    const plan = readFileSync(join(ROOT, 'content/plans', CAO_BANG), 'utf8');
    for (let i = 1; i <= KINDS; i++) {
      appendFileSync(
        join(content, 'agencies/cao-bang.yaml'),
        `- id: so-vhttdl-${i}\n  name: Sở Văn hóa, Thể thao và Du lịch thử nghiệm ${i}\n  shortNames: ["Sở thử nghiệm ${i}"]\n  kind: so-vhttdl\n  level: so-nganh\n`,
      );
      const path = join(content, 'plans', `cao-bang/so-vhttdl-${i}/2022/tuyen-truyen-cchc.mdx`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(
        path,
        plan
          .replace(/^issuer: .*$/m, `issuer: cao-bang/so-vhttdl-${i}`)
          .replace(/^legalBasis:\n/m, `legalBasis:\n  - "Quyết định số ${1000 + i}/QĐ-UBND ngày 05/01/2021 của Ủy ban nhân dân tỉnh Cao Bằng về cải cách hành chính;"\n`),
      );
    }
    const benTre = readFileSync(join(ROOT, 'content/plans/ben-tre/ubnd-tinh/2021/105-kh-ubnd.mdx'), 'utf8');
    for (let i = 1; i <= BEN_TRE; i++) {
      const path = join(content, 'plans', `ben-tre/ubnd-tinh/2021/${200 + i}-kh-ubnd.mdx`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, benTre.replace(/^number: .*$/m, `number: ${200 + i}/KH-UBND`));
    }
    agenciesOut = join(agenciesDir, 'dist');
    const result = runBuild(agenciesOut, { contentDir: content, cacheDir: join(agenciesDir, 'cache') });
    expect(result.status, result.output).toBe(0);
  });
  afterAll(() => removeScratch(agenciesDir));

  /** The count a list's lead or heading states: "52 cơ quan", "(52)". */
  const stated = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);

  it('pages the issuers of the agency directory, with the kinds on page 1 only', () => {
    expectTwoPages(agenciesOut, '/co-quan/', ISSUERS, ($) =>
      $('ul.grid-cards a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    expect(page(agenciesOut, '/co-quan/')('a[href="/co-quan/loai/so-vhttdl/"]')).toHaveLength(1);
    expect(page(agenciesOut, '/co-quan/trang-2/')('a[href^="/co-quan/loai/"]')).toHaveLength(0);
  });

  it('pages the agencies of a kind', () => {
    const $ = page(agenciesOut, '/co-quan/loai/so-vhttdl/');
    const total = stated($('.lead').text(), /^(\d+) cơ quan/);
    expect(total).toBeGreaterThanOrEqual(KINDS);
    expectTwoPages(agenciesOut, '/co-quan/loai/so-vhttdl/', total, (p) =>
      p('tbody td:first-child a')
        .map((_, a) => p(a).attr('href'))
        .get(),
    );
    // Each agency's section on the page is the one in its table, and no other.
    expect($('section[aria-labelledby] h2 a').length).toBe(PAGE_SIZE);
  });

  it('pages the cited documents, most cited first and by type', () => {
    const $ = page(agenciesOut, '/van-ban/');
    const total = stated($('.lead').text(), /^(\d+) văn bản/);
    expect(total).toBeGreaterThan(KINDS);
    expectTwoPages(agenciesOut, '/van-ban/', total, (p) =>
      p('#bang-van-ban tbody td:first-child a')
        .map((_, a) => p(a).attr('href'))
        .get(),
    );
    expect($('#bieu-do-van-ban, figure.chart')).not.toHaveLength(0);
    expect(page(agenciesOut, '/van-ban/trang-2/')('figure.chart')).toHaveLength(0);
    expectTwoPages(agenciesOut, '/van-ban/theo-loai/', total, (p) =>
      p('section[aria-labelledby] li a')
        .map((_, a) => p(a).attr('href'))
        .get(),
    );
    // A type continued on the next page is headed again there, with the count of the whole list.
    const decisions = (p: CheerioAPI) =>
      p('section[aria-labelledby] h2')
        .map((_, h) => p(h).text())
        .get()
        .filter((text) => text.startsWith('Quyết định'));
    const heading = [...decisions(page(agenciesOut, '/van-ban/theo-loai/')), ...decisions(page(agenciesOut, '/van-ban/theo-loai/trang-2/'))];
    expect(heading.length).toBeGreaterThan(0);
    expect(new Set(heading).size).toBe(1);
  });

  it.each(['/lich/', '/lich/ben-tre/'])('pages the calendar %s, entries by year on each page', (base) => {
    const total = BEN_TRE * 13;
    expect(total).toBeGreaterThan(PAGE_SIZE);
    expectTwoPages(agenciesOut, base, total, ($) =>
      // One row per task; a row's identity: its plan, its task number and its content.
      $('tbody tr')
        .map(
          (_, tr) =>
            $(tr)
              .find('td')
              .map((__, td) => $(td).text())
              .get()
              .join('|') + $(tr).find('a[href^="/ke-hoach/"]').attr('href'),
        )
        .get(),
    );
    expect(page(agenciesOut, `${base}trang-2/`)('section[aria-labelledby^="nam-"] h2').first().text()).toMatch(/^Năm \d{4}$/);
  });

  it('passes axe (WCAG 2.2 A and AA) on the first and a later page of every paged list', async () => {
    const urls: [string, string[]][] = [
      [
        out,
        [
          '/ke-hoach/trang-2/',
          '/tinh/ha-tinh/trang-2/',
          '/co-quan/ha-tinh/ubnd-huyen-ky-anh/trang-2/',
          '/co-quan/ha-tinh/phong-noi-vu-huyen-ky-anh/',
          '/co-quan/ha-tinh/phong-noi-vu-huyen-ky-anh/nhiem-vu/',
          '/co-quan/ha-tinh/phong-noi-vu-huyen-ky-anh/nhiem-vu/trang-2/',
          '/co-quan/ha-tinh/phong-noi-vu-huyen-ky-anh/chu-tri/',
          '/co-quan/ha-tinh/phong-noi-vu-huyen-ky-anh/chu-tri/trang-2/',
          '/co-quan/ha-tinh/phong-van-hoa-thong-tin-huyen-ky-anh/',
          '/co-quan/ha-tinh/phong-van-hoa-thong-tin-huyen-ky-anh/phoi-hop/',
          '/co-quan/ha-tinh/phong-van-hoa-thong-tin-huyen-ky-anh/phoi-hop/trang-2/',
          '/nam/2024/trang-2/',
        ],
      ],
      [
        agenciesOut,
        [
          '/co-quan/',
          '/co-quan/trang-2/',
          '/co-quan/loai/so-vhttdl/',
          '/co-quan/loai/so-vhttdl/trang-2/',
          '/van-ban/',
          '/van-ban/trang-2/',
          '/van-ban/theo-loai/',
          '/van-ban/theo-loai/trang-2/',
          '/lich/trang-2/',
          '/lich/ben-tre/trang-2/',
        ],
      ],
    ];
    const browser = await launchChromium();
    const violations: string[] = [];
    const rules = new Set<string>();
    try {
      for (const [dist, paths] of urls) {
        const server = await serve(dist);
        try {
          const tab = await browser.newPage();
          for (const url of paths) {
            await tab.goto(`${server.origin}${url}`);
            const results = await runAxe(tab);
            for (const rule of results.passes) rules.add(rule.id);
            for (const violation of results.violations) violations.push(`${url} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
          }
          await tab.close();
        } finally {
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
    expect(rules.size).toBeGreaterThan(20);
    expect(violations).toEqual([]);
  });
});

/**
 * Lists that grow with the archive are paginated: every plan (/ke-hoach/), a province's, an agency's, a year's, a
 * level's, an index's plans and the plans citing a document, PAGE_SIZE a page, page 1 at the list's URL and page n at trang-<n>/, every plan on
 * exactly one page, in the list's order, with links between the pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, contentWithoutPlans, page, removeScratch, runBuild, scratchDir } from '../helpers/build';
import { PAGE_SIZE } from '../../src/lib/pagination';

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
    writeFileSync(path, seed.replace(/^number: .*$/m, `number: ${1000 + i}/KH-UBND`));
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
    const first = page(out, base);
    const second = page(out, `${base}trang-2/`);
    const links = ($: ReturnType<typeof page>) =>
      $('.plan-list .plan-card a[href^="/ke-hoach/"]')
        .map((_, a) => $(a).attr('href'))
        .get();
    expect(links(first)).toHaveLength(PAGE_SIZE);
    expect(links(second)).toHaveLength(COUNT - PAGE_SIZE);
    expect(new Set([...links(first), ...links(second)]).size).toBe(COUNT);
    expect(first('nav.pagination a[rel="next"]').attr('href')).toBe(`${base}trang-2/`);
    expect(second('nav.pagination a[rel="prev"]').attr('href')).toBe(base);
    expect(second('nav.pagination a[aria-current="page"]').text()).toBe('2');
    expect(second('title').text()).toMatch(/trang 2\/2/);
    expect(second('nav.breadcrumbs a').last().attr('href')).toBe(base);
    expect(() => page(out, `${base}trang-3/`)).toThrow(/No built page/);
  });
});

describe('the recent search index', () => {
  it('holds the newest plans when there are more than its size, and the manifest says so', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'pagefind/portal-index.json'), 'utf8'));
    expect(manifest).toEqual({ recent: { path: 'gan-day/', plans: 20, since: expect.stringMatching(/^2024-\d\d-\d\d$/) } });
    const pages = (bundle: string) => JSON.parse(readFileSync(join(out, bundle, 'pagefind-entry.json'), 'utf8')).languages.vi.page_count;
    expect([pages('pagefind'), pages('pagefind/gan-day')]).toEqual([COUNT, 20]);
    expect(readFileSync(join(out, 'pagefind/gan-day/pagefind.js'), 'utf8').length).toBeGreaterThan(0);
  });
});

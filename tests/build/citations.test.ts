/**
 * Cross-links on the built site: every reference in the seed plans links, without any
 * change to the text, to a page listing every plan that cites the document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/build';

const dist = inject('distDir');
const PLANS = [
  '/ke-hoach/quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc/',
  '/ke-hoach/ninh-thuan/ubnd-huyen-ninh-phuoc/2024/tuyen-truyen-cchc/',
  '/ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/',
  '/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/',
  '/ke-hoach/cao-bang/so-vhttdl/2022/tuyen-truyen-cchc/',
];
/**
 * References in each plan's body: the annotated set less each plan's own number (Kỳ Anh's
 * header line, Bến Tre's appendix caption "Kèm theo Kế hoạch số 105/KH-UBND"), which are self
 * citations, not citations of another document (59 numbered, 1 named programme in Quảng Trị,
 * 1 in Ninh Phước).
 */
const EXPECTED_LINKS = [7, 30, 9, 11, 3];

/** Where a /van-ban/ link finally leads: a document page, or the plan page it redirects to. */
function follow(href: string): string {
  const $ = page(dist, href);
  const refresh = $('meta[http-equiv="refresh"]').attr('content');
  return refresh ? refresh.replace(/^0; url=/, '') : href;
}

describe('citation links in plan bodies', () => {
  it.each(PLANS.map((url, i) => [url, EXPECTED_LINKS[i]!] as const))('%s links its %i references to pages that list the plan', (url, expected) => {
    const $ = page(dist, url);
    const links = $('.doc-body a.cite');
    expect(links).toHaveLength(expected);
    links.each((_, el) => {
      const target = follow($(el).attr('href')!);
      if (target.startsWith('/ke-hoach/')) return; // the cited document is a plan of the portal
      const doc = page(dist, target);
      expect(
        doc('.plan-card h3 a')
          .map((__, a) => doc(a).attr('href'))
          .get(),
        `${$(el).text()} → ${target}`,
      ).toContain(url);
    });
  });

  it('changes no character of the text', () => {
    const $ = page(dist, PLANS[0]!);
    expect($('.doc-body p').first().text()).toBe(
      'Thực hiện Quyết định số 3647/QĐ-UBND ngày 17/11/2021 của UBND tỉnh Quảng Trị về việc ban hành Kế hoạch cải cách hành chính nhà nước tỉnh Quảng Trị giai đoạn 2021-2025, định hướng đến năm 2030; Kế hoạch số 204/KH-UBND ngày 24/12/2021 của UBND tỉnh về cải cách hành chính nhà nước tỉnh Quảng Trị năm 2022, UBND tỉnh Quảng Trị ban hành Kế hoạch tuyên truyền cải cách hành chính (CCHC) nhà nước trên địa bàn tỉnh Quảng Trị năm 2022 với những nội dung chủ yếu như sau:',
    );
    expect(
      $('.doc-body p')
        .first()
        .find('a.cite')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(['Quyết định số 3647/QĐ-UBND ngày 17/11/2021', 'Kế hoạch số 204/KH-UBND ngày 24/12/2021']);
  });
});

describe('cited-document pages', () => {
  it.each([
    ['/van-ban/76-nq-cp-2021/', 'Nghị quyết 76/NQ-CP', [PLANS[3], PLANS[1], PLANS[0]]],
    ['/van-ban/18-nq-tw-khoa-xii/', 'Nghị quyết 18-NQ/TW', [PLANS[3], PLANS[1], PLANS[2]]],
    ['/van-ban/19-nq-tw-khoa-xii/', 'Nghị quyết 19-NQ/TW', [PLANS[3], PLANS[1], PLANS[2]]],
  ])('%s lists every plan that cites it', (url, title, plans) => {
    const $ = page(dist, url);
    expect($('h1').text()).toBe(title);
    expect(
      $('.plan-card h3 a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(plans);
    expect($('.quote').length).toBeGreaterThanOrEqual(plans.length);
  });

  it('shows the notations plans used and the issuer', () => {
    const $ = page(dist, '/van-ban/ninh-thuan-05-nq-tu-2021/');
    // The notations are Vietnamese text (quoted, in the body font: a monospace font breaks combining marks); the portal's key is code.
    expect(
      $('.facts q')
        .map((_, c) => $(c).text())
        .get(),
    ).toEqual(['05/NQ-TU', '05-NQ/TU']);
    expect(
      $('.facts code')
        .map((_, c) => $(c).text())
        .get(),
    ).toEqual(['ninh-thuan-05-nq-tu-2021']);
    expect($('.facts').text()).toContain('Ban Thường vụ Tỉnh ủy Ninh Thuận');
  });

  it('sends a document that is itself a plan to the plan page', () => {
    // The Bến Tre appendix caption cites the plan itself (Kế hoạch số 105/KH-UBND ngày 30 tháng 12 năm 2020).
    expect(follow('/van-ban/ben-tre-105-kh-ubnd-2020/')).toBe(PLANS[2]);
  });

  it('keeps two documents that share a number apart', () => {
    // 84/KH-UBND of UBND huyện Kỳ Anh (2024) and of UBND huyện Ninh Phước (2022).
    expect(follow('/van-ban/ninh-thuan-huyen-ninh-phuoc-84-kh-ubnd-2022/')).toBe('/van-ban/ninh-thuan-huyen-ninh-phuoc-84-kh-ubnd-2022/');
    const $ = page(dist, '/van-ban/ninh-thuan-huyen-ninh-phuoc-84-kh-ubnd-2022/');
    expect(
      $('.plan-card h3 a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([PLANS[1]]);
  });

  it('indexes every cited document by how many plans cite it', () => {
    const $ = page(dist, '/van-ban/');
    const rows = $('#nhieu-nhat').next('section').find('tbody tr');
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.first().find('td').eq(3).text()).toBe('3');
  });
});

describe('plan relations and open data', () => {
  it('shows what a plan implements, what it cites and the plans sharing references', () => {
    const $ = page(dist, PLANS[1]!);
    expect($('.relations h3').first().next('ul').find('a').attr('href')).toBe('/van-ban/ninh-thuan-huyen-ninh-phuoc-1755-qd-ubnd-2023/');
    expect($('.relations').text()).toContain('Văn bản được trích dẫn (23)');
    expect($('.relations').text()).toMatch(/Kỳ Anh năm 2024 — 3 văn bản chung/);
  });

  it('publishes every citation as JSON with spans, surfaces and keys', () => {
    const data = JSON.parse(readFileSync(join(dist, 'du-lieu/trich-dan.json'), 'utf8'));
    expect(data.count).toBe(data.citations.length);
    expect(data.citations.filter((c: { part: string }) => c.part === 'body')).toHaveLength(60);
    expect(data.citations[0]).toMatchObject({ plan: expect.any(String), start: expect.any(Number), end: expect.any(Number), surface: expect.any(String), key: expect.any(String) });
  });
});

/**
 * The maps (and, as they come, the charts) on the pages named in issue 18: present, with
 * accessible names, a legend, a text alternative, and small. Read from dist/.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/build';

const dist = inject('distDir');
/** Target of issue 18 for one map's SVG, gzipped. */
const MAP_GZIP_BUDGET = 40 * 1000;

function mapsOf($: CheerioAPI) {
  return { m34: $('figure#ban-do-34'), m63: $('figure#ban-do-63') };
}

describe('province maps', () => {
  for (const url of ['/', '/tinh/']) {
    it(`${url} shows the 34 and the 63 units, every province a named link, with a legend and a link to the list`, () => {
      const $ = page(dist, url);
      const { m34, m63 } = mapsOf($);
      for (const [figure, n] of [
        [m34, 34],
        [m63, 63],
      ] as const) {
        expect(figure.length).toBe(1);
        const links = figure.find('svg a');
        expect(links.length).toBe(n);
        links.each((_, a) => {
          const label = $(a).attr('aria-label') ?? '';
          expect(label).toMatch(/^(tỉnh|thành phố) .+: (chưa có kế hoạch|[\d.]+ kế hoạch)$/);
          expect($(a).children('title').text()).toBe(label);
          expect($(a).attr('href')).toMatch(/^\/tinh\/[a-z0-9-]+\/$/);
          expect($(a).find('path.map-unit').attr('class')).toMatch(/map-c\d/);
        });
        const svg = figure.find('svg');
        expect(svg.attr('role')).toBe('group');
        expect($(`#${svg.attr('aria-labelledby')}`).text().length).toBeGreaterThan(10);
        expect(figure.find('.map-legend li').length).toBeGreaterThanOrEqual(2);
        expect(figure.find('figcaption').text()).toContain('Hoàng Sa');
        expect(figure.find('figcaption').text()).toContain('CC BY-SA 4.0');
        expect(
          figure
            .find('text.map-label')
            .map((_, t) => $(t).text())
            .get(),
        ).toEqual(['Quần đảo Hoàng Sa', 'Quần đảo Trường Sa']);
        const href = figure.find('figcaption a').attr('href')!;
        if (href.startsWith('#')) expect($(href).length, href).toBe(1);
        const bytes = gzipSync($.html(svg)).length;
        console.log(`${url} ${figure.attr('id')}: svg ${Buffer.byteLength($.html(svg))} bytes, ${bytes} gzipped`);
        expect(bytes).toBeLessThanOrEqual(MAP_GZIP_BUDGET);
      }
      // The link of a province with plans names its count; the seeds' Quảng Trị has one.
      expect(m63.find('a[href="/tinh/quang-tri/"]').attr('aria-label')).toBe('tỉnh Quảng Trị: 1 kế hoạch');
      // Hoàng Sa is drawn inside the link of Đà Nẵng (2025: the merged Đà Nẵng), Trường Sa inside Khánh Hòa's.
      expect(m63.find('a[href="/tinh/da-nang/"] path.map-dots').length).toBe(1);
      expect(m34.find('a[href="/tinh/khanh-hoa-2025/"] path.map-dots').length).toBe(1);
      expect(m34.find('a[href="/tinh/da-nang-2025/"] path.map-dots').length).toBe(1);
    });
  }

  it("the 2025 map counts the plans of the merged provinces: Vĩnh Long 2025 holds Bến Tre's plan", () => {
    const $ = page(dist, '/tinh/');
    expect($('figure#ban-do-34 a[href="/tinh/vinh-long-2025/"]').attr('aria-label')).toBe('tỉnh Vĩnh Long: 1 kế hoạch');
  });

  it('a province page and a district page show where the province lies', () => {
    for (const [url, caption] of [
      ['/tinh/ben-tre/', 'Tỉnh Bến Tre trên bản đồ Việt Nam.'],
      ['/tinh/vinh-long-2025/', 'Tỉnh Vĩnh Long (từ 01/7/2025) trên bản đồ Việt Nam.'],
      ['/tinh/ha-tinh/huyen-ky-anh/', 'Huyện Kỳ Anh thuộc tỉnh Hà Tĩnh.'],
    ] as const) {
      const $ = page(dist, url);
      const img = $('figure:has(img[src^="/ban-do/vi-tri/"]) img');
      expect(img.attr('alt'), url).toMatch(/^Bản đồ vị trí (tỉnh|thành phố) .+$/);
      const file = join(dist, img.attr('src')!);
      const svg = load(readFileSync(file, 'utf8'), { xmlMode: true });
      expect(svg('svg > title').text(), url).toBe(img.attr('alt'));
      expect(svg('path[fill="#8b1a1a"]').attr('d'), url).toMatch(/^M/);
      expect(statSync(file).size, url).toBeLessThan(6000);
      expect(img.attr('width'), url).toBe('160');
      expect($('figure:has(img[src^="/ban-do/vi-tri/"]) figcaption').text(), url).toBe(caption);
    }
  });

  it('a district plan names its province on a small map', () => {
    const $ = page(dist, '/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/');
    expect($('figure:has(img[src^="/ban-do/vi-tri/"]) img').attr('alt')).toBe('Bản đồ vị trí tỉnh Hà Tĩnh');
    expect($('figure:has(img[src^="/ban-do/vi-tri/"]) img').attr('src')).toBe('/ban-do/vi-tri/ha-tinh.svg');
    expect($('figure:has(img[src^="/ban-do/vi-tri/"]) figcaption').text()).toBe('Huyện Kỳ Anh thuộc tỉnh Hà Tĩnh.');
  });
});

describe('charts', () => {
  for (const [url, id, columns] of [
    ['/', 'bieu-do-nam', 6],
    ['/nam/', 'bieu-do-nam', 6],
    ['/chi-so/', 'bieu-do-chi-so', 0],
    ['/van-ban/', 'bieu-do-van-ban', 0],
  ] as const) {
    it(`${url} has the chart ${id}: an image with a title and a description, its bars, and its data table`, () => {
      const $ = page(dist, url);
      const svg = $(`svg[aria-labelledby="${id}-t ${id}-d"]`);
      expect(svg.attr('role')).toBe('img');
      expect($(`#${id}-t`).text().length).toBeGreaterThan(10);
      expect($(`#${id}-d`).text()).toMatch(/\d/);
      expect(svg.find('rect.chart-bar').length).toBeGreaterThan(0);
      svg.find('rect.chart-bar').each((_, r) => expect($(r).children('title').text()).toMatch(/\d+ (kế hoạch|tỉnh)$/));
      const figure = svg.closest('figure');
      const table = figure.find('table').length > 0 ? figure.find('table') : $(figure.find('figcaption a').attr('href')!).find('table');
      expect(table.find('tbody tr').length).toBeGreaterThan(0);
      if (columns > 0) expect(table.find('thead th').length).toBe(columns);
      const bytes = gzipSync($.html(svg)).length;
      console.log(`${url} ${id}: svg ${Buffer.byteLength($.html(svg))} bytes, ${bytes} gzipped`);
    });
  }

  it('the year chart and its table agree with the catalog: the seeds have 5 plans', () => {
    const $ = page(dist, '/nam/');
    const totals = $('figure.chart table tbody tr td:last-child')
      .map((_, td) => Number($(td).text().replace(/\./g, '')))
      .get();
    expect(totals.reduce((a, b) => a + b, 0)).toBe(5);
  });
});

describe('task timelines', () => {
  it('a plan with appendix tasks shows their timeline next to the task table; the image exists and draws every task', () => {
    const $ = page(dist, '/ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/');
    const img = $('figure.gantt img');
    expect(img.attr('src')).toBe('/tien-do/ben-tre/ubnd-tinh/2021/105-kh-ubnd.svg');
    expect(img.attr('alt')).toMatch(/^Biểu đồ tiến độ: 13 nhiệm vụ theo tháng của năm 2021/);
    expect($($('figure.gantt figcaption a').attr('href')!).length).toBe(1);
    const svg = readFileSync(join(dist, img.attr('src')!), 'utf8');
    const rows = (svg.match(/<text x="[\d.]+" y="[\d.]+" text-anchor="end"/g) ?? []).length;
    expect(rows).toBe(13);
    console.log(`gantt ben-tre: ${Buffer.byteLength(svg)} bytes, ${gzipSync(svg).length} gzipped`);
  });

  it('an agency that leads tasks shows them across its plans', () => {
    const files = $$('/co-quan/loai/so-noi-vu/');
    expect(files.length).toBeGreaterThan(0);
  });
});

function $$(prefix: string): string[] {
  const $ = page(dist, prefix);
  return $('a[href^="/co-quan/"]')
    .map((_, a) => $(a).attr('href')!)
    .get()
    .filter((href) => {
      try {
        return page(dist, href)('figure.gantt img').length > 0;
      } catch {
        return false;
      }
    });
}

/**
 * Who does what, by when, on the built site: agency pages list their duties and tasks
 * across plans; the kind pages compare them; the calendar shows every dated task.
 */
import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/build';

const dist = inject('distDir');
const QUANG_TRI = '/ke-hoach/quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc/';
const BEN_TRE = '/ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/';

describe('agency pages', () => {
  it('Sở Nội vụ tỉnh Quảng Trị lists its duties from the Quảng Trị plan and the appendix tasks it leads', () => {
    const $ = page(dist, '/co-quan/quang-tri/so-noi-vu/');
    expect($('#nhiem-vu').text()).toBe('Nhiệm vụ được giao (3)');
    const group = $('.duty-group');
    expect(group.find('a').first().attr('href')).toBe(QUANG_TRI);
    expect(
      group
        .find('li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual([
      expect.stringMatching(/^Chủ trì, phối hợp cung cấp thông tin về kết quả thực hiện công tác CCHC cho báo chí/),
      expect.stringMatching(/^Phối hợp với các cơ quan có liên quan, các tổ chức trong hệ thống chính trị tuyên truyền về CCHC/),
      'Chủ trì, tham mưu cho UBND tỉnh báo cáo kết quả thực hiện tuyên truyền CCHC năm 2022.',
    ]);
    expect($('#chu-tri').text()).toBe('Nhiệm vụ chủ trì trong phụ lục (2)');
    const rows = $('#chu-tri').next('section').find('tbody tr');
    expect(rows.map((_, tr) => $(tr).find('td').eq(1).text()).get()).toEqual(['3', '4']);
    expect(rows.map((_, tr) => $(tr).find('td').last().text()).get()).toEqual(['01/2022 – 12/2022', '10/2022 – 12/2022']);
  });

  it('Sở Nội vụ tỉnh Bến Tre leads five appendix tasks (rows 1, 2, 3, 10, 11) and partners in five (rows 4–8)', () => {
    const $ = page(dist, '/co-quan/ben-tre/so-noi-vu/');
    expect($('#chu-tri').text()).toBe('Nhiệm vụ chủ trì trong phụ lục (5)');
    expect($('#phoi-hop').text()).toBe('Nhiệm vụ phối hợp trong phụ lục (5)');
    expect($('#nhiem-vu').text()).toBe('Nhiệm vụ được giao (5)');
  });

  it('keeps requests ("Đề nghị") apart from assignments', () => {
    const $ = page(dist, '/co-quan/ha-tinh/uy-ban-mat-tran-to-quoc-huyen-ky-anh/');
    expect($('.duty-group .badge').text()).toBe('Đề nghị');
  });

  it('every agency named with duties or tasks has a page listing them', () => {
    for (const url of ['/co-quan/ben-tre/bao-dong-khoi/', '/co-quan/cao-bang/doan-nghe-thuat-tinh/', '/co-quan/ninh-thuan/phong-noi-vu-huyen-ninh-phuoc/', '/co-quan/ha-tinh/buu-dien-huyen-ky-anh/']) {
      const $ = page(dist, url);
      expect(Number(/\((\d+)\)/.exec($('#nhiem-vu').text())![1]) + Number(/\((\d+)\)/.exec($('#chu-tri').text())![1]), url).toBeGreaterThan(0);
    }
  });
});

describe('comparison, calendar and indices', () => {
  it('gathers every Sở Nội vụ the plans name to compare their duties across provinces', () => {
    const $ = page(dist, '/co-quan/loai/so-noi-vu/');
    // Sở Nội vụ tỉnh Cao Bằng is in the registry, but no plan names it: it has no page to compare.
    expect(
      $('tbody tr td:first-child')
        .map((_, td) => $(td).text())
        .get(),
    ).toEqual(['Sở Nội vụ tỉnh Bến Tre', 'Sở Nội vụ tỉnh Quảng Trị']);
  });

  it('shows every dated task and deadline on the calendar, by year and quarter', () => {
    const $ = page(dist, '/lich/');
    // 4 Quảng Trị tasks + 13 Bến Tre tasks, all dated; 2 body deadlines (Quảng Trị 30/11/2022, Ninh Phước Quý I/2024).
    expect($('tbody tr')).toHaveLength(19);
    expect(
      $('h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['Năm 2024', 'Năm 2022', 'Năm 2021']);
    expect($('tbody').text()).toContain('trước ngày 30/11/2022');
    expect(page(dist, '/lich/ben-tre/')('tbody tr')).toHaveLength(13);
  });

  it('gives each index a page with the plans that target it and what they say', () => {
    const $ = page(dist, '/chi-so/pci/');
    expect($('h1').text()).toBe('PCI');
    expect($('.plan-card')).toHaveLength(5);
    expect($('.quote').first().text()).toMatch(/PCI/);
  });

  it('makes the plan’s task table sortable by period and lead without script', () => {
    const $ = page(dist, BEN_TRE);
    // By start, then end: both rows starting in 12/2020, the shorter first.
    expect(
      $('#nv-thoi-gian tbody tr td:nth-child(2)')
        .map((_, td) => $(td).text())
        .get()
        .slice(0, 3),
    ).toEqual([
      'Thực hiện Chuyên mục CCHC trên Báo Xuân Đồng Khởi 2020',
      'Xây dựng Kế hoạch thông tin, tuyên truyền về CCHC năm 2021.',
      'Tổ chức thực hiện Kế hoạch thông tin, tuyên truyền về CCHC năm 2021',
    ]);
    expect($('#nv-chu-tri tbody tr td:nth-child(3)').first().text()).toBe('Báo Đồng Khởi');
    expect($('#phan-cong').nextAll('table').first().find('tbody tr')).toHaveLength(11);
  });
});

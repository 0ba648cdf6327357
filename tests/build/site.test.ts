/**
 * Checks what a reader sees on the real site (built once by global-setup.ts): each seed plan's page, the
 * browse pages and the home page, with the facts the texts state.
 */
import { describe, expect, inject, it } from 'vitest';
import { load } from 'cheerio';
import { page } from '../helpers/build';

const dist = inject('distDir');
/** The visible text of the first match, with a space wherever a line or block ends. */
const text = ($: ReturnType<typeof page>, selector: string) =>
  load(($(selector).first().html() ?? '').replace(/<\/?(br|p|li|dt|dd|h\d|span|div|td|th)\b[^>]*>/g, (tag) => ` ${tag} `))
    .text()
    .replace(/\s+/g, ' ')
    .trim();

const PLANS = {
  quangTri: '/ke-hoach/quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc/',
  ninhPhuoc: '/ke-hoach/ninh-thuan/ubnd-huyen-ninh-phuoc/2024/tuyen-truyen-cchc/',
  benTre: '/ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/',
  kyAnh: '/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/',
  caoBang: '/ke-hoach/cao-bang/so-vhttdl/2022/tuyen-truyen-cchc/',
};

describe('plan pages', () => {
  it('Quảng Trị 2022: the unnumbered, undated draft with its letterhead, body, appendix and signature', () => {
    const $ = page(dist, PLANS.quangTri);
    expect($('html').attr('lang')).toBe('vi');
    expect($('h1')).toHaveLength(1);
    expect(text($, 'h1')).toBe('KẾ HOẠCH Tuyên truyền cải cách hành chính nhà nước trên địa bàn tỉnh Quảng Trị năm 2022');
    expect(text($, '.doc-issuer')).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ');
    expect(text($, '.doc-header')).toContain('Số: …/KH-UBND');
    expect(text($, '.doc-place-date')).toBe('Quảng Trị, ngày … tháng … năm 2022');
    expect(text($, '.doc-body')).toContain('Thực hiện Quyết định số 3647/QĐ-UBND ngày 17/11/2021 của UBND tỉnh Quảng Trị');
    expect(text($, '.doc-body')).toContain('gửi báo cáo đánh giá tình hình, kết quả thực hiện công tác tuyên truyền CCHC về Sở Nội vụ trước ngày 30/11/2022');
    expect(text($, '.sign-block')).toBe('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Võ Văn Hưng');
    expect($('.recipients li').first().text()).toBe('Bộ Nội vụ;');
    // The signature block stands before the appendix, as the document prints it.
    const html = $('.doc-body').html()!;
    expect(html.indexOf('class="signature"')).toBeLessThan(html.indexOf('PHỤ LỤC'));
    expect($('.doc-body table tbody tr')).toHaveLength(4);
    expect($('.doc-body section.table-scroll[tabindex="0"][aria-label] > table')).toHaveLength(1);
    // No typographic rewriting: the source's "..." and straight hyphens stay as written.
    expect(text($, '.doc-body')).toContain('ngắn gọn, dễ hiểu...');
    expect(text($, '.facts')).toContain('Chưa ghi số (dự thảo)');
    expect(text($, '.facts')).toContain('Từ 01/7/2025 thuộc tỉnh Quảng Trị');
  });

  it('Ninh Phước 2024: dated only by month, signed KT. by Phó Chủ tịch Ngô Khánh, with the district note', () => {
    const $ = page(dist, PLANS.ninhPhuoc);
    expect(text($, '.doc-place-date')).toBe('Ninh Phước, ngày … tháng 01 năm 2024');
    expect(text($, '.sign-block')).toBe('KT.CHỦ TỊCH PHÓ CHỦ TỊCH Ngô Khánh');
    expect(text($, '.facts')).toContain('huyện Ninh Phước, tỉnh Ninh Thuận');
    expect(text($, '.facts')).toContain('Từ 01/7/2025 thuộc tỉnh Khánh Hòa');
    expect(text($, '.facts')).toContain('Cấp huyện kết thúc hoạt động từ ngày 01/7/2025');
    expect(text($, '.source-note')).toContain('Bản gốc không có phần đầu văn bản');
  });

  it('Bến Tre 2021: 105/KH-UBND of 30/12/2020, the successor province and the 13 appendix rows', () => {
    const $ = page(dist, PLANS.benTre);
    expect(text($, '.doc-header')).toContain('Số: 105/KH-UBND');
    expect($('.doc-place-date')).toHaveLength(1);
    expect(text($, '.doc-place-date')).toBe('ngày 30 tháng 12 năm 2020');
    expect(text($, '.facts')).toContain('Năm kế hoạch 2021');
    expect(text($, '.facts')).toContain('tỉnh Bến Tre Từ 01/7/2025 thuộc tỉnh Vĩnh Long');
    expect($('.doc-body table tbody tr')).toHaveLength(13);
    expect(text($, '.sign-block')).toBe('Trần Ngọc Tam');
    expect(text($, '.facts')).toContain('“10. Đề nghị Trưởng Chính trị tỉnh” → “10. Đề nghị Trường Chính trị tỉnh”');
  });

  it('Kỳ Anh: 84/KH-UBND of 12/01/2024 with its corrections listed', () => {
    const $ = page(dist, PLANS.kyAnh);
    expect(text($, '.doc-header')).toContain('Số: 84/KH-UBND');
    expect(text($, '.doc-place-date')).toBe('Kỳ Anh, ngày 12 tháng 01 năm 2024');
    expect(text($, '.sign-block')).toBe('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Dương Thị Vân Anh');
    expect(text($, '.doc-body')).toContain('6. Bưu điện huyện');
    expect(text($, '.doc-body')).not.toContain('Bru điện');
    expect(text($, '.facts')).toContain('“Bru điện” → “Bưu điện” (4 lần)');
    expect(
      $('.facts abbr')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['PCI', 'DDCI']);
  });

  it('Sở VHTTDL Cao Bằng: unnumbered plan of 07/01/2022 signed by its Giám đốc', () => {
    const $ = page(dist, PLANS.caoBang);
    expect(text($, '.doc-header')).toContain('Số: …/KH-SVHTTDL');
    expect(text($, '.doc-place-date')).toBe('Cao Bằng, ngày 07 tháng 01 năm 2022');
    expect(text($, '.sign-block')).toBe('GIÁM ĐỐC Sầm Việt An');
    expect(text($, '.facts')).toContain('Giữ nguyên khi sắp xếp đơn vị hành chính cấp tỉnh năm 2025');
  });

  it('gives every heading an ASCII id and links breadcrumbs to the province and agency', () => {
    const $ = page(dist, PLANS.kyAnh);
    const ids = $('.doc-body h2, .doc-body h3')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(
      $('.breadcrumbs a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/', '/tinh/ha-tinh/', '/co-quan/ha-tinh/ubnd-huyen-ky-anh/']);
  });
});

describe('browse pages', () => {
  it('home shows counts by province, year and level and the latest plans', () => {
    const $ = page(dist, '/');
    expect(text($, 'main')).toContain('5 kế hoạch của 5 tỉnh, thành phố, trong 3 năm');
    expect(
      $('#so-theo-tinh')
        .next('table')
        .find('tbody tr td:first-child')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['Tỉnh Bến Tre', 'Tỉnh Cao Bằng', 'Tỉnh Hà Tĩnh', 'Tỉnh Ninh Thuận', 'Tỉnh Quảng Trị']);
    expect($('.plan-card h3 a').first().attr('href')).toBe(PLANS.kyAnh);
  });

  it('by province: old and new provinces, successor pages and district pages', () => {
    const $ = page(dist, '/tinh/');
    expect(text($, 'main')).toContain('Tỉnh Bến Tre — 1 kế hoạch Từ 01/7/2025 thuộc tỉnh Vĩnh Long');
    expect(text($, 'main')).toContain('Tỉnh Vĩnh Long (từ 2025) — 1 kế hoạch Gồm: tỉnh Vĩnh Long, tỉnh Bến Tre, tỉnh Trà Vinh.');
    const vinhLong = page(dist, '/tinh/vinh-long-2025/');
    expect(vinhLong('.plan-card a').first().attr('href')).toBe(PLANS.benTre);
    const kyAnh = page(dist, '/tinh/ha-tinh/huyen-ky-anh/');
    expect(text(kyAnh, '.note')).toContain('Cấp huyện kết thúc hoạt động từ ngày 01/7/2025');
    expect(page(dist, '/tinh/ha-tinh/')('.plan-card')).toHaveLength(1);
  });

  it('by year, agency and level', () => {
    expect(
      page(
        dist,
        '/nam/',
      )('.grid-cards li')
        .map((_, el) => page(dist, '/nam/')(el).text())
        .get(),
    ).toEqual(['Năm 2024 — 2 kế hoạch', 'Năm 2022 — 2 kế hoạch', 'Năm 2021 — 1 kế hoạch']);
    expect(page(dist, '/nam/2021/')('.plan-card a').first().attr('href')).toBe(PLANS.benTre);
    const agency = page(dist, '/co-quan/cao-bang/so-vhttdl/');
    expect(text(agency, 'h1')).toBe('Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng');
    expect(agency('.plan-card a').first().attr('href')).toBe(PLANS.caoBang);
    expect(page(dist, '/co-quan/quang-tri/so-noi-vu/')('h1').text()).toBe('Sở Nội vụ tỉnh Quảng Trị');
    const huyen = page(dist, '/cap/huyen/');
    expect(
      huyen('.plan-card h2 a')
        .map((_, el) => huyen(el).attr('href'))
        .get(),
    ).toEqual([PLANS.kyAnh, PLANS.ninhPhuoc]);
    expect(page(dist, '/cap/so-nganh/')('.plan-card')).toHaveLength(1);
  });

  it('serves a Vietnamese 404 page', () => {
    const $ = page(dist, '/404.html');
    expect($('html').attr('lang')).toBe('vi');
    expect(text($, 'h1')).toBe('Không tìm thấy trang');
  });
});

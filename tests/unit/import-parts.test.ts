/**
 * Title, legal basis, signer, recipients, document kind, provinces and agency proposals, on a
 * real plan text and on the layouts the real-documents notes describe.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { importPlan } from '../../src/lib/import-plan';
import { readTitle } from '../../src/lib/import/title';
import { basisKey, readLegalBasis } from '../../src/lib/import/legal-basis';
import { readSigner } from '../../src/lib/import/signer';
import { readRecipients } from '../../src/lib/import/recipients';
import { findKindLine, kindOfLine } from '../../src/lib/import/document-kind';
import { recogniseProvince, provinceInText } from '../../src/lib/import/provinces';
import { resolveAgency } from '../../src/lib/import/agencies';
import { readAgencies, readIndices, readProvinces } from '../../scripts/lib/read-content';

const catalog = buildCatalog({ plans: [], agencies: readAgencies(), units: readProvinces(), indices: readIndices() });
const agencies = [...catalog.agencies.values()];
const REAL = readFileSync(new URL('../fixtures/real/texts/2f6f80b9918e52de.md', import.meta.url), 'utf8');
const run = (text: string) => importPlan(text, agencies, catalog.units, [...catalog.indices.values()]);

describe('title', () => {
  it('reads a title over several lines, in capitals, to the first line of the body', () => {
    const l = ['KẾ HOẠCH', 'THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA', 'THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG', '', 'Thực hiện Chỉ thị số 27/CT-TTg …'];
    expect(readTitle(l, 0, 'KẾ HOẠCH').title).toBe('THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG');
    expect(readTitle(['KẾ HOẠCH', 'Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026', '', 'của Ban Thường vụ Tỉnh ủy', '', 'Thực hiện …'], 0, 'KẾ HOẠCH').title).toBe(
      'Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy',
    );
    expect(readTitle(['KẾ HOẠCH Tuyên truyền cải cách hành chính năm 2022', '', 'Thực hiện …'], 0, 'KẾ HOẠCH').title).toBe('Tuyên truyền cải cách hành chính năm 2022');
  });
});

describe('legal basis', () => {
  it('reads every "Căn cứ" paragraph, laws cited by name included', () => {
    const body =
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n\nCăn cứ Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân cấp;\n\nCăn cứ Quyết định số 1883/QĐ-UBND ngày 06/11/2025 của UBND tỉnh;\n\nI. MỤC ĐÍCH';
    expect(readLegalBasis(body).map(basisKey)).toEqual(['Luật Tổ chức chính quyền địa phương', '146/2025/NĐ-CP', '1883/QĐ-UBND']);
  });
});

describe('signer and recipients', () => {
  it('joins a capacity line broken inside the body name and stops at the name', () => {
    expect(readSigner(['TM. ỦY BAN NHÂN', 'DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Thị Ngọc Điệp', 'PHÂN CÔNG NHIỆM VỤ'])).toEqual({
      name: 'Nguyễn Thị Ngọc Điệp',
      title: 'Phó Chủ tịch',
      capacity: 'KT.',
      lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    });
    expect(readSigner(['TM. ỦY BAN', 'CHỦ TỊCH', 'Trương Cảnh Tuyên'])).toMatchObject({ capacity: 'TM.', title: 'Chủ tịch', name: 'Trương Cảnh Tuyên' });
  });
  it('keeps notes and wrapped recipients with the recipient they belong to', () => {
    expect(readRecipients(['Nơi nhận:', '- Bộ Nông nghiệp và Môi trường (để', 'b/c);', '- Lưu: VT, NNMT.', 'TM. ỦY BAN NHÂN DÂN']).recipients).toEqual([
      'Bộ Nông nghiệp và Môi trường (để b/c);',
      'Lưu: VT, NNMT.',
    ]);
    expect(readRecipients(['Nơi nhận:', '- VPUB: + CVP, các PCVP (đ/b);', '+ Cổng TTĐT tỉnh (đưa tin);', '- Lưu: VT, KTTHVTD.']).recipients).toEqual([
      'VPUB: + CVP, các PCVP (đ/b); + Cổng TTĐT tỉnh (đưa tin);',
      'Lưu: VT, KTTHVTD.',
    ]);
  });
});

describe('document kind', () => {
  it('tells a plan from other documents and refuses non-plans with what they are', () => {
    expect(kindOfLine('KẾ HOẠCH')).toBe('Kế hoạch');
    expect(kindOfLine('QUYẾT ĐỊNH')).toBe('Quyết định');
    expect(findKindLine(['ỦY BAN NHÂN DÂN', 'CHỈ THỊ'])).toBe(1);
    expect(run('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 7432/UBND-XD\n\nLào Cai, ngày 21 tháng 7 năm 2026\n\nV/v triển khai\n\nKính gửi: Các sở').refused).toMatch(
      /^is a Công văn \(7432\/UBND-XD\), not a plan$/,
    );
    expect(run('Một bài báo.\n\nKẾ HOẠCH\n\nTỔ CHỨC HOẠT ĐỘNG\n\nNội dung').refused).toMatch(/not an administrative document/);
  });
  it('imports the plan a Quyết định issues, with the decision as its legal basis', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n\nSố: 2954/QĐ-UBND\n\nSơn La, ngày 20 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thành Công\n\nKẾ HOẠCH\n\nXUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030\n\nTriển khai thực hiện các mục tiêu …\n\nI. MỤC ĐÍCH';
    const r = run(text);
    expect(r.refused).toBeNull();
    expect(r.plan).toMatchObject({
      number: '2954/QĐ-UBND',
      date: '2025-11-20',
      title: 'XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030',
      signer: { name: 'Nguyễn Thành Công', capacity: 'KT.' },
    });
    expect(r.plan.legalBasis[0]).toMatch(/^Quyết định số 2954\/QĐ-UBND ngày 20\/11\/2025 của ỦY BAN NHÂN DÂN TỈNH SƠN LA/);
  });
});

describe('provinces and agencies', () => {
  it('recognises provinces by every common name, and the era by the date', () => {
    for (const name of ['TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'THÀNH PHỐ HỒ CHÍ MINH'])
      expect(recogniseProvince(name, catalog.units, '2025-11-18')?.id).toBe('ho-chi-minh-2025');
    expect(recogniseProvince('tỉnh Bà Rịa – Vũng Tàu', catalog.units, '2024-05-01')?.id).toBe('ba-ria-vung-tau');
    expect(recogniseProvince('Thành phố Cần Thơ', catalog.units, '2025-11-21')).toMatchObject({ id: 'can-tho-2025', file: 'can-tho' });
    expect(recogniseProvince('Hoà Bình', catalog.units, '2024-01-01')?.id).toBe('hoa-binh');
    expect(provinceInText('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', catalog.units, '2025-11-18')?.id).toBe('dak-lak-2025');
  });
  it('matches a known issuer and proposes a new one, marked for review, with no district after July 2025', () => {
    expect(resolveAgency('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', null, agencies, catalog.units, '2022-01-05')).toMatchObject({ matched: true, id: 'quang-tri/ubnd-tinh' });
    const proposed = resolveAgency('SỞ CÔNG THƯƠNG', 'UBND TỈNH LÀO CAI', agencies, catalog.units, '2026-04-01');
    expect(proposed).toMatchObject({
      matched: false,
      id: 'lao-cai/so-cong-thuong',
      proposal: { file: 'content/agencies/lao-cai.yaml', name: 'Sở công thương tỉnh Lào Cai', level: 'so-nganh', kind: 'so-nganh-khac', province: 'lao-cai', district: null },
    });
    expect(proposed.proposal!.review).toMatch(/kiểm tra/);
  });
  it('imports the real HCM plan with the issuer proposed under the province it names', () => {
    const r = run(REAL);
    expect(r.refused).toBeNull();
    expect(r.issuer).toMatchObject({ printed: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', matched: false, id: 'ho-chi-minh/ubnd-tinh' });
    expect(r.plan).toMatchObject({
      number: '172/KH-UBND',
      title: 'TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH',
      level: 'tinh',
      province: 'ho-chi-minh',
      signer: { name: 'Trần Thị Diệu Thúy', capacity: 'KT.', title: 'Phó Chủ tịch' },
    });
    expect(r.plan.recipients).toHaveLength(9);
    expect(r.plan.legalBasis.map(basisKey)).toEqual(['1850/QĐ-TTg']);
  });
});

/**
 * importPlan and its steps (header and kind, number from the caption, year, issuer, signature,
 * legal basis), on a real plan text (tests/fixtures/real/texts) and on the layouts the
 * real-documents notes describe.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/catalog';
import { decideKind, findCaption, importPlan, readBasis, readFront, readIssuer, readNumberFromCaption, readPlanYear, readSignature } from '../../../src/lib/import-plan';
import { basisKey } from '../../../src/lib/import/legal-basis';
import { readAgencies, readIndices, readProvinces } from '../../../scripts/lib/read-content';

const catalog = buildCatalog({ plans: [], agencies: readAgencies(), units: readProvinces(), indices: readIndices() });
const agencies = [...catalog.agencies.values()];
const REAL = readFileSync(new URL('../../fixtures/real/texts/2f6f80b9918e52de.md', import.meta.url), 'utf8');
const run = (text: string) => importPlan(text, agencies, catalog.units, [...catalog.indices.values()]);
const SON_LA =
  'ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n\nSố: 2954/QĐ-UBND\n\nSơn La, ngày 20 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thành Công\n\nKẾ HOẠCH\n\nXUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030\n\nTriển khai thực hiện các mục tiêu …\n\nI. MỤC ĐÍCH';

describe('document kind (importPlan)', () => {
  it('refuses non-plans with what they are', () => {
    expect(run('ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 7432/UBND-XD\n\nLào Cai, ngày 21 tháng 7 năm 2026\n\nV/v triển khai\n\nKính gửi: Các sở').refused).toMatch(
      /^is a Công văn \(7432\/UBND-XD\), not a plan$/,
    );
    expect(run('Một bài báo.\n\nKẾ HOẠCH\n\nTỔ CHỨC HOẠT ĐỘNG\n\nNội dung').refused).toMatch(/not an administrative document/);
  });

  it('imports the plan a Quyết định issues, with the decision as its legal basis', () => {
    const r = run(SON_LA);
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

describe('steps', () => {
  const lines = SON_LA.split('\n');

  it('header step: the type-word line, the header and the kind', () => {
    const front = readFront(lines);
    expect(front).toMatchObject({ kindAt: lines.indexOf('QUYẾT ĐỊNH'), kind: 'Quyết định', header: { number: '2954/QĐ-UBND', place: 'Sơn La' } });
    const decision = decideKind(lines, front);
    expect(decision).toMatchObject({ kind: 'Kế hoạch', refused: null, kindAt: lines.indexOf('KẾ HOẠCH') });
    expect(decision.decisionBasis).toHaveLength(1);
  });

  it('number step: the appendix caption gives the number the header lacks, and nothing when the header has one', () => {
    const caption = findCaption('PHỤ LỤC\n(Ban hành kèm theo Kế hoạch số 84/KH-UBND ngày\n12/01/2024 của UBND huyện Kỳ Anh)');
    expect(caption).toEqual({ reference: '84/KH-UBND ngày 12/01/2024', issuer: 'UBND huyện Kỳ Anh' });
    expect(readNumberFromCaption(caption, { number: null, symbol: null, date: null })).toMatchObject({ number: '84/KH-UBND', symbol: 'KH-UBND', date: '2024-01-12' });
    expect(readNumberFromCaption(caption, { number: '1/KH-UBND', symbol: 'KH-UBND', date: null })).toMatchObject({ number: '1/KH-UBND', notes: [] });
  });

  it('year step: the title’s year, else the issue year marked for a person to confirm', () => {
    expect(readPlanYear('Tuyên truyền cải cách hành chính năm 2024', '2023-12-20')).toEqual({ year: 2024, notes: [], toCheck: [] });
    const fallback = readPlanYear('Triển khai thi hành Luật Việc làm', '2025-11-18');
    expect(fallback.year).toBe(2025);
    expect(fallback.toCheck[0]).toMatch(/^year: the title names no year/);
    expect(readPlanYear(null, null).year).toBeNull();
  });

  it('issuer step: the letterhead is matched or proposed', () => {
    const front = readFront(REAL.split('\n'));
    const { issuer } = readIssuer({ header: front.header, caption: null, body: '', title: null, place: front.header.place, date: front.header.date }, agencies, catalog.units);
    expect(issuer).toMatchObject({ matched: false, id: 'ho-chi-minh/ubnd-tinh' });
  });

  it('signature step: the recipients and the signer after them; a decision’s when the plan is attached to one', () => {
    const plan = lines.indexOf('KẾ HOẠCH');
    expect(readSignature(lines, plan, false)).toMatchObject({ recipients: [], signer: { name: null } });
    const attached = readSignature(lines, plan, true);
    expect(attached).toMatchObject({ recipients: ['Như Điều 3;', 'Lưu: VT.'], signer: { name: 'Nguyễn Thành Công', capacity: 'KT.' } });
    expect(attached.notes[0]).toMatch(/Quyết định/);
  });

  it('legal-basis step: the decision first, then the basis paragraphs of the body', () => {
    expect(readBasis(['Quyết định số 1/QĐ-UBND'], 'Căn cứ Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ;\n\nI. MỤC ĐÍCH').map(basisKey)).toEqual(['1/QĐ-UBND', '146/2025/NĐ-CP']);
  });
});

describe('a real plan', () => {
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

/**
 * The citation parser (findCitations, resolve.ts: clean → extract → resolve) on an annotated
 * set built by reading the five seeds in full, and on each real-world variant and look-alike
 * seen in published plans (spaces inside numbers, dashes for hyphens, Icelandic eth for Đ,
 * Party numbers written the administrative way).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationsByDocument, findCitations, type Citation, type CitationContext } from '../../../src/lib/citations';

const source = (file: string) => readFileSync(new URL(`../../../content/sources/${file}`, import.meta.url), 'utf8');

/**
 * Every reference to a specific document in each seed's full text, in reading order, as
 * the canonical key it must get (annotated by hand; 60 numbered references and 2 named
 * programmes; anaphora such as "Kế hoạch này" are left out here). The document's own
 * number (Kỳ Anh's "Số: 84/KH-UBND", the Bến Tre appendix caption) is listed too, and
 * `self` says which keys those are: they must come out as kind "self", never as a
 * citation of another document. Blank ones ("Số: /KH-UBND") do not exist as references.
 * The accuracy on real texts that are not seeds is measured by `npm run accuracy:cite`.
 */
const ANNOTATED: { file: string; context: CitationContext; keys: string[]; self?: string[] }[] = [
  {
    file: '000_a3a2f507bb98c9f5.txt',
    context: { province: { id: 'quang-tri', name: 'Quảng Trị' }, date: '2022' },
    keys: [
      'quang-tri-3647-qd-ubnd-2021',
      'quang-tri-204-kh-ubnd-2021',
      '76-nq-cp-2021', // "Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030 của Chính phủ"
      'quang-tri-204-kh-ubnd-2021',
      'quang-tri-34-ctr-ubnd-2021',
      'quang-tri-01-nq-tu-2021',
      '129-2007-qd-ttg',
    ],
  },
  {
    file: '001_a689da5a626b9bf9.txt',
    context: { province: { id: 'ninh-thuan', name: 'Ninh Thuận' }, district: { id: 'ninh-thuan/huyen-ninh-phuoc', name: 'Ninh Phước' }, date: '2024-01' },
    keys: [
      'ninh-thuan-huyen-ninh-phuoc-1755-qd-ubnd-2023',
      '76-nq-cp-2021',
      'ninh-thuan-05-nq-tu-2021', // written 05/NQ-TU
      'ninh-thuan-07-nq-tu-2021',
      'ninh-thuan-09-nq-tu-2021',
      'ninh-thuan-18-ct-tu-2021',
      'ninh-thuan-38-nq-hdnd-2022',
      'ninh-thuan-465-qd-ubnd-2022',
      'ninh-thuan-huyen-ninh-phuoc-87-ctr-hu-2021',
      'ninh-thuan-05-nq-tu-2021', // undated: the same document as above
      'ninh-thuan-huyen-ninh-phuoc-134-kh-hu-2023',
      'ninh-thuan-39-ct-tu-2022',
      'ninh-thuan-05-nq-tu-2021',
      'ninh-thuan-huyen-ninh-phuoc-1647-qd-ubnd-2022',
      '76-nq-cp-2021', // "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030"
      '45-2016-qd-ttg',
      'ninh-thuan-92-kh-tu-2018',
      '18-nq-tw-khoa-xii',
      'ninh-thuan-181-ctr-tu-2018',
      '19-nq-tw-khoa-xii',
      'ninh-thuan-07-nq-tu-2021',
      'ninh-thuan-huyen-ninh-phuoc-74-kh-hu-2022',
      'ninh-thuan-94-kh-tu-2021',
      'ninh-thuan-07-nq-tu-2021',
      'ninh-thuan-huyen-ninh-phuoc-84-kh-ubnd-2022', // written "84/ KH-UBND"
      'ninh-thuan-07-nq-tu-2021',
      '62-2020-nd-cp',
      '106-2020-nd-cp',
      'ninh-thuan-09-nq-tu-2021',
      '19-2014-qd-ttg',
    ],
  },
  {
    file: '002_77040273e88d3b8a.txt',
    // Dated 30/12/2020: its "Chương trình tổng thể … 2021 - 2030" was not issued yet (no alias).
    context: { province: { id: 'ben-tre', name: 'Bến Tre' }, date: '2020-12-30' },
    keys: [
      'ben-tre-7018-kh-ubnd-2020',
      'ben-tre-03-ct-ubnd-2014',
      '61-2018-nd-cp',
      '01-2018-tt-vpcp',
      '61-2018-nd-cp',
      '18-nq-tw-khoa-xii',
      '19-nq-tw-khoa-xii',
      '18-nq-tw-khoa-xii',
      '19-nq-tw-khoa-xii',
      'ben-tre-105-kh-ubnd-2020',
    ],
    self: ['ben-tre-105-kh-ubnd-2020'], // the appendix caption "Kèm theo Kế hoạch số 105/KH-UBND"
  },
  {
    file: '003_f3464f3994928751.txt',
    context: { province: { id: 'ha-tinh', name: 'Hà Tĩnh' }, district: { id: 'ha-tinh/huyen-ky-anh', name: 'Kỳ Anh' }, date: '2024-01-12' },
    keys: [
      'ha-tinh-huyen-ky-anh-84-kh-ubnd-2024', // its own number line
      'ha-tinh-08-kh-ubnd-2024',
      'ha-tinh-53-stttt-ttbcxb-2024',
      'ha-tinh-08-kh-ubnd-2024',
      '76-nq-cp-2021',
      'ha-tinh-12-nq-tu-2022',
      'ha-tinh-3504-qd-ubnd-2021',
      '18-nq-tw-khoa-xii',
      '19-nq-tw-khoa-xii',
      '17-nq-cp-2019',
      '749-qd-ttg-2020',
      'ha-tinh-279-kh-ubnd-2020', // "của UBND tỉnh tại Kế hoạch số 279/KH-UBND"
    ],
    self: ['ha-tinh-huyen-ky-anh-84-kh-ubnd-2024'],
  },
  {
    file: '004_db0b1a17f5ee1002.txt',
    context: { province: { id: 'cao-bang', name: 'Cao Bằng' }, date: '2022-01-07' },
    keys: ['cao-bang-2439-kh-ubnd-2021', 'cao-bang-98-kh-svhttdl-2021', '20-nd-cp-2008'],
  },
];

describe('annotated seed citations', () => {
  it.each(ANNOTATED.map((seed) => [seed.file, seed] as const))('%s', (_file, seed) => {
    const text = source(seed.file);
    const found = findCitations(text, seed.context);
    for (const citation of found) expect(text.slice(citation.start, citation.end)).toBe(citation.surface);
    const documents = found.filter((c) => c.kind !== 'anaphoric');
    expect(documents.map((c) => c.key)).toEqual(seed.keys);
    expect(documents.filter((c) => c.kind === 'self').map((c) => c.key)).toEqual(seed.self ?? []);
    // The document's own number is never a citation of another document.
    for (const key of seed.self ?? []) expect(documents.filter((c) => c.key === key && c.kind !== 'self')).toEqual([]);
  });
});

const one = (text: string, context: CitationContext = {}): Citation => {
  const found = findCitations(text, context);
  expect(found, JSON.stringify(found.map((c) => c.surface))).toHaveLength(1);
  return found[0]!;
};
const QT: CitationContext = { province: { id: 'quang-tri', name: 'Quảng Trị' }, date: '2022-05-01' };

describe('numbering families', () => {
  it.each([
    ['Kế hoạch số 84/KH-UBND ngày 12/01/2024 của UBND huyện Kỳ Anh', 'Kế hoạch', '84/KH-UBND', '2024-01-12', 'UBND huyện Kỳ Anh'],
    ['Công văn số 53/STTTT-TTBCXB ngày 12/01/2024 của Sở Thông tin và Truyền thông', 'Công văn', '53/STTTT-TTBCXB', '2024-01-12', 'Sở Thông tin và Truyền thông'],
    ['Văn bản số 2231/SNV-CCHC&PC ngày 05/9/2023 của Sở Nội vụ', 'Văn bản', '2231/SNV-CCHC&PC', '2023-09-05', 'Sở Nội vụ'],
    ['Quyết định số 129/2007/QĐ-TTg ngày 02/8/2007 của Thủ tướng Chính phủ', 'Quyết định', '129/2007/QĐ-TTg', '2007-08-02', 'Thủ tướng Chính phủ'],
    ['Nghị định số 61/2018/NĐ-CP', 'Nghị định', '61/2018/NĐ-CP', null, 'Chính phủ'],
    ['Thông tư số 01/2018/TT-VPCP', 'Thông tư', '01/2018/TT-VPCP', null, 'Văn phòng Chính phủ'],
    ['Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội', 'Nghị quyết', '202/2025/QH15', '2025-06-12', 'Quốc hội'],
    ['Nghị quyết số 01-NQ/TU ngày 04/11/2021 của Tỉnh ủy', 'Nghị quyết', '01-NQ/TU', '2021-11-04', 'Tỉnh ủy Quảng Trị'],
    ['Nghị quyết số 18-NQ/TW ngày 25/10/2017', 'Nghị quyết', '18-NQ/TW', '2017-10-25', 'Ban Chấp hành Trung ương Đảng'],
    ['Chương trình hành động số 87-CTr/HU ngày 03 tháng 11 năm 2021', 'Chương trình', '87-CTr/HU', '2021-11-03', null],
    ['Kế hoạch số 92-KH/TU ngày 21/02/2018', 'Kế hoạch', '92-KH/TU', '2018-02-21', 'Tỉnh ủy Quảng Trị'],
  ])('%s', (text, type, number, date, issuer) => {
    const citation = one(text, QT);
    expect(citation).toMatchObject({ type, number, date });
    if (issuer) expect(citation.issuer).toBe(issuer);
    expect(citation.surface).toBe(text.slice(0, citation.end));
  });
});

describe('real-world variants', () => {
  it('with or without "số", with "số:", spaces around the slash, en dashes, line breaks', () => {
    expect(one('theo Nghị quyết 17/NQ-CP ngày 17/3/2019').number).toBe('17/NQ-CP');
    expect(one('Quyết định số: 1206 /QĐ-HVTC').number).toBe('1206/QĐ-HVTC');
    expect(one('Kế hoạch số 84/ KH-UBND ngày 28/3/2022').numberAsWritten).toBe('84/ KH-UBND');
    expect(one('Kế hoạch số 84/KH–UBND').number).toBe('84/KH-UBND');
    expect(one('Nghị quyết số 18\u2013NQ/TW').number).toBe('18-NQ/TW');
    const broken = one('thực hiện Quyết định số 3647/\nQĐ-UBND ngày 17/11/2021 của UBND tỉnh', QT);
    expect(broken).toMatchObject({ number: '3647/QĐ-UBND', numberAsWritten: '3647/\nQĐ-UBND', key: 'quang-tri-3647-qd-ubnd-2021' });
  });

  it('a Party number written the administrative way is normalised to hyphen notation and matches', () => {
    const [a, b] = findCitations('Nghị quyết số 05/NQ-TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy Ninh Thuận; Nghị quyết số 05-NQ/TU của Ban Thường vụ Tỉnh ủy');
    expect(a).toMatchObject({ number: '05-NQ/TU', numberAsWritten: '05/NQ-TU', family: 'party' });
    expect(b!.key).toBe(a!.key);
    expect(b!.keyStatus).toBe('resolved-in-text');
  });

  it('letters in the number, case and leading zeros as written', () => {
    expect(one('Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ')).toMatchObject({ number: '30c/NQ-CP', key: '30c-nq-cp-2011' });
    expect(one('Nghị định 56/2012/nĐ-cp').number).toBe('56/2012/NĐ-CP');
    expect(one('Quyết định số 36/2006/CT-TTG').number).toBe('36/2006/CT-TTg');
    expect(one('Kế hoạch số 08/KH-UBND ngày 08/01/2024').number).toBe('08/KH-UBND');
  });

  it('short and long dates, with or without a comma', () => {
    expect(one('Nghị quyết số 19-NQ/TW, ngày 25/10/2017').date).toBe('2017-10-25');
    expect(one('Quyết định số 1755/QĐ-UBND ngày 06 tháng 12 năm 2023').date).toBe('2023-12-06');
    expect(one('Kế hoạch số 74-KH/HU ngày 25/1/2022').date).toBe('2022-01-25');
    expect(one('Quyết định số 31-QĐ/TW ngày 01-10-1997').date).toBe('1997-10-01');
  });

  it('two numbers sharing one type, date and issuer', () => {
    const found = findCitations('các Quyết định số 12/QĐ-UBND và 13/QĐ-UBND ngày 05/01/2024 của UBND tỉnh Quảng Trị', QT);
    expect(found.map((c) => [c.type, c.number, c.date, c.issuer, c.key])).toEqual([
      ['Quyết định', '12/QĐ-UBND', '2024-01-05', 'UBND tỉnh Quảng Trị', 'quang-tri-12-qd-ubnd-2024'],
      ['Quyết định', '13/QĐ-UBND', '2024-01-05', 'UBND tỉnh Quảng Trị', 'quang-tri-13-qd-ubnd-2024'],
    ]);
  });

  it('abbreviated and lower-case types', () => {
    expect(one('theo QĐ số 12/QĐ-UBND', QT).type).toBe('Quyết định');
    expect(one('căn cứ quyết định số 12/QĐ-UBND', QT)).toMatchObject({ type: 'Quyết định', surface: 'quyết định số 12/QĐ-UBND' });
    expect(one('NGHỊ QUYẾT SỐ 76/NQ-CP').type).toBe('Nghị quyết');
  });

  it('laws cited by name and date, without a number', () => {
    const law = one('Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;');
    expect(law).toMatchObject({ type: 'Luật', number: null, name: 'Ban hành văn bản quy phạm pháp luật', date: '2015-06-22', key: 'luat-ban-hanh-van-ban-quy-pham-phap-luat-2015' });
  });

  it('local documents carry their locality; the same number elsewhere is another document', () => {
    const quangTri = one('Kế hoạch số 84/KH-UBND ngày 28/3/2022 của UBND tỉnh', QT);
    const kyAnh = one('Kế hoạch số 84/KH-UBND ngày 12/01/2024 của UBND huyện Kỳ Anh', { province: { id: 'ha-tinh', name: 'Hà Tĩnh' }, district: { id: 'ha-tinh/huyen-ky-anh', name: 'Kỳ Anh' } });
    expect(quangTri.key).toBe('quang-tri-84-kh-ubnd-2022');
    expect(kyAnh.key).toBe('ha-tinh-huyen-ky-anh-84-kh-ubnd-2024');
    expect(one('Kế hoạch số 84/KH-UBND ngày 28/3/2022 của UBND tỉnh Hà Tĩnh', QT).key).toBe('ha-tinh-84-kh-ubnd-2022');
  });

  it('keeps an undated reference open instead of guessing its year', () => {
    expect(one('Quyết định số 12/QĐ-UBND của UBND tỉnh', QT)).toMatchObject({ key: 'quang-tri-12-qd-ubnd-khong-ro-nam', keyStatus: 'incomplete' });
    expect(one('Nghị quyết số 76/NQ-CP')).toMatchObject({ key: '76-nq-cp-khong-ro-nam', keyStatus: 'incomplete' });
  });

  it('resolves a named programme only for texts written after it', () => {
    const text = 'triển khai Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 của Chính phủ';
    expect(one(text, { date: '2024-01-12' })).toMatchObject({ family: 'alias', number: '76/NQ-CP', key: '76-nq-cp-2021' });
    expect(findCitations(text, { date: '2020-12-30' })).toEqual([]);
  });
});

describe('look-alikes are never documents', () => {
  it.each([
    'Bài báo (số lượng 24 bài)',
    'Thời gian: Quý I/2022 và Quý 4/2022',
    'giai đoạn 2021-2030, giai đoạn 2021 - 2025',
    'báo cáo trước ngày 30/11/2022',
    'Tháng 01/2021 – Tháng 12/2021',
    'theo tiêu chuẩn TCVN ISO 9001:2015 và ISO 9001:2008',
    'Số: /KH-UBND',
    'Số: KH-UBND',
    'Số: /KH- SVHTTDL',
    '(Ban hành kèm theo Kế hoạch số: /KH-UBND ngày tháng năm 2022 của UBND tỉnh Quảng Trị)',
    'TT/HĐND tỉnh (b/c); V/v triển khai; định kỳ 2 tháng/lần',
    'điểm a khoản 2 Điều 103; Điều 15.1',
    'Cổng/Trang thông tin điện tử; Đài PT-TH tỉnh',
    'Lưu: VT, NC_(Y).',
  ])('%s', (text) => {
    expect(findCitations(text, QT)).toEqual([]);
  });
});

/** Cases written from real texts of the gold set (tests/fixtures/citations/, provenance there), one per kind of coverage. */
describe('coverage from real texts', () => {
  const BN: CitationContext = { province: { id: 'bac-ninh', name: 'Bắc Ninh' }, date: '2025-11-20' };

  it('the document naming itself is "self", never a citation of another document', () => {
    // Bắc Ninh 141/KH-UBND's header cell; Lai Châu 7360/KH-UBND breaks the line after "Số:".
    expect(one('|\nSố: 141/KH-UBND\n|', BN).kind).toBe('self');
    expect(one('|\nSố:\n7360/KH-UBND\n|').kind).toBe('self');
    // Thanh Hóa 235/KH-UBND's appendix caption, with and without the plan's own number as context.
    const caption = '*(kèm theo Kế hoạch 235/KH-UBND ngày 18/11/2025 của UBND tỉnh Thanh Hóa)*';
    expect(one(caption).kind).toBe('self');
    expect(one(caption, { number: '235/KH-UBND' }).kind).toBe('self');
    // An appendix "kèm theo" another document's number, when the text's own number is known, is that other document.
    expect(one('(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh)', { number: '84/KH-UBND' }).kind).toBe('full');
    // "Kế hoạch này" stands for the document itself.
    const [header, , anaphor] = findCitations(
      'Số: 141/KH-UBND\nThực hiện Kế hoạch số 24/KH-UBND ngày 14/8/2025 của UBND tỉnh.\nViệc triển khai thực hiện Kế\nhoạch này phải được tiến hành đồng bộ',
      BN,
    );
    expect(anaphor).toMatchObject({ kind: 'anaphoric', refersTo: header!.key, number: '141/KH-UBND' });
  });

  it('dates given as a year only', () => {
    expect(one('Quyết định 439/QĐ-TTg năm 2023')).toMatchObject({ date: '2023', key: '439-qd-ttg-2023' });
    expect(one('Nghị quyết 99/NQ-CP năm 2020')).toMatchObject({ date: '2020', key: '99-nq-cp-2020' });
  });

  it('laws, codes and the Constitution by name and year, or by name and number', () => {
    // 60-NQ/TW: "Hiến pháp năm 2013 và Luật Tổ chức chính quyền địa phương năm 2025 (sửa đổi)".
    const [constitution, law] = findCitations(
      'sau khi Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp\nnăm 2013 và Luật Tổ chức chính quyền địa phương năm 2025 (sửa đổi) có\nhiệu lực thi hành',
    );
    expect(constitution).toMatchObject({ kind: 'named', type: 'Hiến pháp', date: '2013', key: 'hien-phap-2013' });
    expect(law).toMatchObject({ kind: 'named', type: 'Luật', name: 'Tổ chức chính quyền địa phương', date: '2025', key: 'luat-to-chuc-chinh-quyen-dia-phuong-2025' });
    expect(one('Luật Ban hành văn bản quy phạm pháp luật năm 2015')).toMatchObject({ kind: 'named', key: 'luat-ban-hanh-van-ban-quy-pham-phap-luat-2015' });
    // 1656/NQ-UBTVQH15: "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15".
    expect(one('*Căn cứ* *Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*')).toMatchObject({ type: 'Luật', name: 'Tổ chức chính quyền địa phương', number: '72/2025/QH15', key: '72-2025-qh15' });
  });

  it('the issuer ends where the subject begins', () => {
    // Cần Thơ 160/KH-UBND, Đắk Lắk 0124/KH-UBND, the example.
    expect(one('Căn cứ Thông tư số\n55/2023/TT-BTC ngày 15 tháng 8 năm 2023 của Bộ trưởng Bộ Tài chính quy định quản\nlý, sử dụng').issuer).toBe('Bộ trưởng Bộ Tài chính');
    expect(one('Thực hiện Quyết định số\n2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển\nkhai').issuer).toBe('Thủ tướng Chính phủ');
    expect(one('Quyết định số\n7619/QĐ-BCA ngày 08 tháng 9 năm 2025 của Bộ Công an phê duyệt Chương trình').issuer).toBe('Bộ Công an');
    expect(one('Nghị định số 34/2017/NĐ-CP ngày 03 tháng 4 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ').issuer).toBe('Chính phủ');
    // An issuer wrapped over two lines is read whole (Bắc Ninh 141/KH-UBND).
    expect(one('Nghị quyết số 27/NQ- TW ngày 09/11/2022 của Ban Chấp hành\nTrung ương đảng khóa XIII về tiếp tục').issuer).toBe('Ban Chấp hành Trung ương đảng');
  });

  it('ministry, multi-part and joint symbols; letters and leading zeros in the number', () => {
    expect(one('Căn cứ Quyết định số\n4255/QĐ-BNN-KHCN ngày 04/12/2024 của Bộ Nông nghiệp và Phát triển nông thôn\n(nay là Bộ Nông nghiệp và Môi trường)')).toMatchObject({
      number: '4255/QĐ-BNN-KHCN',
      national: true,
      issuer: 'Bộ Nông nghiệp và Phát triển nông thôn',
      key: '4255-qd-bnn-khcn-2024',
    });
    expect(one('Thông tư liên tịch số 02/2023/TTLT-BNV-BTC')).toMatchObject({ type: 'Thông tư liên tịch', issuer: 'Bộ Nội vụ, Bộ Tài chính', key: '02-2023-ttlt-bnv-btc' });
    expect(one('Thông tư số\n10/2022/TT-BLĐTBXH ngày 31 tháng 5 năm 2022')).toMatchObject({ number: '10/2022/TT-BLĐTBXH', issuer: 'Bộ Lao động - Thương binh và Xã hội' });
    // Đắk Lắk 0125/KH-UBND: "Chỉ thị số 007/CT-UBND": the number as written, the key without the extra zero.
    expect(one('Chỉ thị số 007/CT-UBND ngày 06/10/2025\ncủa UBND tỉnh', { province: { id: 'dak-lak', name: 'Đắk Lắk' } })).toMatchObject({ number: '007/CT-UBND', key: 'dak-lak-07-ct-ubnd-2025' });
  });

  it('irregular symbols in footnotes after the signature, and references in tables', () => {
    // Cần Thơ 165/KH-UBND, footnote [2]: "Chỉ thị số 27/CTTg" for 27/CT-TTg.
    const footnote = one('[2] Chỉ\nthị số 27/CTTg ngày 15/7/2024 của Thủ tướng Chính phủ về tăng cường thực hiện');
    expect(footnote).toMatchObject({ type: 'Chỉ thị', number: '27/CT-TTg', numberAsWritten: '27/CTTg', corrections: ['glued symbol'], key: '27-ct-ttg-2024' });
    const table = findCitations('| STT | Văn bản |\n| --- | --- |\n| 1 | Quyết định số 1679/QĐ-TTg ngày 22/11/2019 |\n| 2 | Quyết định số 314/QĐ-TTg ngày 28/02/2020 |');
    expect(table.map((c) => c.key)).toEqual(['1679-qd-ttg-2019', '314-qd-ttg-2020']);
  });

  it('Party documents with their term and "của Ban Thường vụ Tỉnh ủy"', () => {
    expect(one('Nghị quyết số 27/NQ- TW ngày 09/11/2022 của Ban Chấp hành\nTrung ương đảng khóa XIII')).toMatchObject({ family: 'party', number: '27-NQ/TW', term: 'XIII', key: '27-nq-tw-khoa-xiii' });
    expect(one('Thực hiện Kế hoạch số 14-KH/TU\nngày 29/7/2025 của Ban Thường vụ Tỉnh ủy và', BN)).toMatchObject({ issuer: 'Ban Thường vụ Tỉnh ủy Bắc Ninh', key: 'bac-ninh-14-kh-tu-2025' });
  });

  it('amendments, both ways', () => {
    // Cần Thơ 160/KH-UBND: "Thông tư số 75/2024/TT-BTC … sửa đổi, bổ sung một số điều của Thông tư số 55/2023/TT-BTC".
    const [amending, amended] = findCitations(
      'Căn cứ Thông tư số\n75/2024/TT-BTC ngày 31 tháng 10 năm 2024 của Bộ trưởng Bộ Tài chính sửa đổi, bổ\nsung một số điều của Thông tư số 55/2023/TT-BTC ngày 15 tháng 8 năm 2023 của Bộ\ntrưởng Bộ Tài chính',
    );
    expect(amending).toMatchObject({ key: '75-2024-tt-btc', amends: ['55-2023-tt-btc'] });
    expect(amended).toMatchObject({ key: '55-2023-tt-btc', amendedBy: ['75-2024-tt-btc'] });
    const [law, by] = findCitations('Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 được sửa đổi, bổ sung bởi Luật số 63/2020/QH14');
    expect([law!.amendedBy, by!.amends]).toEqual([['63-2020-qh14'], ['80-2015-qh13']]);
  });

  it('anaphora: "nêu trên", and a short name the text defines', () => {
    const found = findCitations(
      'Chỉ thị số 27/CT-TTg ngày 27/7/2020 của Thủ tướng Chính phủ (sau đây viết tắt là Chỉ thị 27). Triển khai Chỉ thị 27 và Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh; Quyết định nêu trên',
      QT,
    );
    expect(found.map((c) => [c.kind, c.surface, c.refersTo])).toEqual([
      ['full', 'Chỉ thị số 27/CT-TTg ngày 27/7/2020', null],
      ['anaphoric', 'Chỉ thị 27', '27-ct-ttg-2020'],
      ['full', 'Quyết định số 12/QĐ-UBND ngày 05/01/2024', null],
      ['anaphoric', 'Quyết định nêu trên', 'quang-tri-12-qd-ubnd-2024'],
    ]);
  });

  it('pin cites are kept as a part, not in the span', () => {
    const c = one('theo quy định tại khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP');
    expect(c).toMatchObject({ pin: 'khoản 2 Điều 5', surface: 'Nghị định số 61/2018/NĐ-CP' });
  });
});

describe('citations by document', () => {
  it('groups the citations of a text under the document they stand for, anaphora under their antecedent, in reading order', () => {
    const found = findCitations('Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh; Nghị định số 61/2018/NĐ-CP; Quyết định nêu trên; Quyết định số 12/QĐ-UBND', QT);
    const groups = citationsByDocument(found);
    expect([...groups].map(([key, list]) => [key, list.map((c) => c.kind)])).toEqual([
      ['quang-tri-12-qd-ubnd-2024', ['full', 'anaphoric', 'short']],
      ['61-2018-nd-cp', ['full']],
    ]);
  });
});

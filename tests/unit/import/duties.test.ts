/**
 * Duties per body from the organisation section: the parts (paragraphs, headings, groups), the
 * five seeds against their hand-made `duties`, and a real plan (tests/fixtures/real/texts,
 * development set) against a hand check of its "TỔ CHỨC THỰC HIỆN".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/catalog';
import { importPlan } from '../../../src/lib/import-plan';
import { isGroup, isSectionHeading, paragraphs, readDuties, readDutyEntries, splitHeading } from '../../../src/lib/import/duties';
import { readText } from '../../../src/lib/import/readers/text';
import { readAgencies, readIndices, readPlans, readProvinces } from '../../../scripts/lib/read-content';

const ROOT = new URL('../../../', import.meta.url).pathname;
const plans = readPlans();
const catalog = buildCatalog({ plans: plans.map((p) => ({ id: p.id, data: p.data })), agencies: readAgencies(), units: readProvinces(), indices: readIndices() });
const agencies = [...catalog.agencies.values()];
const run = (text: string) => importPlan(text, agencies, catalog.units, [...catalog.indices.values()]);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('parts', () => {
  it('joins the lines of a wrapped paragraph, keeps a paragraph per long line, and continues a paragraph that opens in lower case', () => {
    expect(paragraphs(['1. Sở', 'Tài chính', '', '- Chủ trì xây dựng, tổ chức thực', 'hiện Kế hoạch.', '', 'quan, đơn vị liên quan.']).map((p) => p.text)).toEqual([
      '1. Sở Tài chính',
      '- Chủ trì xây dựng, tổ chức thực hiện Kế hoạch. quan, đơn vị liên quan.',
    ]);
    const long = 'Chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này trên địa bàn tỉnh và báo cáo kết quả.';
    expect(paragraphs(['3. Phòng Tư pháp', long, `- ${long}`]).map((p) => p.line)).toEqual([0, 1, 2]);
    expect(paragraphs(['a) Xây dựng kế hoạch;', 'b) Báo cáo.']).map((p) => p.text)).toEqual(['a) Xây dựng kế hoạch;', 'b) Báo cáo.']);
  });

  it('finds the organisation headings, numbered or not, and nothing else', () => {
    for (const h of [
      'IV. TỔ CHỨC THỰC HIỆN',
      'D. TỔ CHỨC THỰC HIỆN:',
      '2. Tổ chức thực hiện',
      'IV. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN',
      'IV. PHÂN CÔNG NHIỆM VỤ',
      'I. Trách nhiệm thực hiện:',
      'V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN',
    ])
      expect(isSectionHeading(h), h).toBe(true);
    for (const h of ['VI. TỔ CHỨC THEO DÕI, KIỂM TRA VÀ CHẾ ĐỘ BÁO CÁO', '2. Tổ chức thực hiện công tác phòng, trừ dịch bệnh', 'Tổ chức thực hiện kiểm kê, đôn đốc, kiểm tra'])
      expect(isSectionHeading(h), h).toBe(false);
  });

  it('splits a numbered heading into the body it names and the duty on its line, as written', () => {
    expect(splitHeading('Sở Nội vụ')).toEqual({ named: 'Sở Nội vụ', request: false, rest: '' });
    expect(splitHeading('Phòng Văn hóa- Thông tin: Chủ trì, phối hợp với Phòng Nội vụ hướng dẫn')).toEqual({
      named: 'Phòng Văn hóa- Thông tin',
      request: false,
      rest: 'Chủ trì, phối hợp với Phòng Nội vụ hướng dẫn',
    });
    expect(splitHeading('Giao Phòng Tư pháp tham mưu Hội đồng phối hợp phổ biến giáo dục pháp luật huyện')).toMatchObject({
      named: 'Phòng Tư pháp',
      rest: 'tham mưu Hội đồng phối hợp phổ biến giáo dục pháp luật huyện',
    });
    expect(splitHeading('Đề nghị Ban Tuyên giáo Huyện ủy đưa các nội dung tuyên truyền')).toEqual({ named: 'Ban Tuyên giáo Huyện ủy', request: true, rest: 'đưa các nội dung tuyên truyền' });
    expect(splitHeading('Phòng Tài chính – Kế hoạch chủ trì, phối hợp với các cơ quan')).toMatchObject({ named: 'Phòng Tài chính – Kế hoạch', rest: 'chủ trì, phối hợp với các cơ quan' });
    // A verb inside a name ("các tổ chức", "được giao chủ trì") or inside brackets does not end it.
    expect(splitHeading('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội phối hợp tham gia')).toMatchObject({
      named: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội',
      rest: 'phối hợp tham gia',
    });
    expect(splitHeading('Sở Tài chính (cơ quan chủ trì)')).toMatchObject({ named: 'Sở Tài chính', rest: '' });
    expect(splitHeading('Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường')).toMatchObject({ named: 'Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường' });
    // A heading that names no body gives no entry.
    expect(splitHeading('Cơ chế phối hợp và trách nhiệm giải trình')).toBeNull();
    expect(splitHeading('Căn cứ kế hoạch này, Giám đốc các Sở, Thủ trưởng các ngành xây dựng kế hoạch cụ thể để triển khai thực hiện; kết quả thực hiện báo cáo về Công an tỉnh.')).toBeNull();
  });

  it('reads a heading that stands alone above its items as a name whole, but for a lead verb', () => {
    // ceb89a53c7b93f00, 689f49d25e51cbaa, 3a2db039af8c2d05 (tests/fixtures/real/SOURCES.md).
    expect(splitHeading('Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp', { alone: true })?.named).toBe('Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp');
    expect(splitHeading('Đề nghị các tổ chức cung cấp dịch vụ chi trả', { alone: true })).toMatchObject({ named: 'các tổ chức cung cấp dịch vụ chi trả', request: true });
    expect(splitHeading('Sở Tài chính chủ trì, phối hợp', { alone: true })).toMatchObject({ named: 'Sở Tài chính', rest: 'chủ trì, phối hợp' });
    // Not alone (its duty follows on its line): the first verb still ends the name.
    expect(splitHeading('Các chủ đầu tư xây dựng hạ tầng kỹ thuật.')?.named).toBe('Các chủ đầu tư');
    // "việc thực hiện" is a noun; "bằng …" opens the duty (bffd9da6f0d38031).
    expect(splitHeading('Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm thường xuyên phối hợp.')?.named).toBe(
      'Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này',
    );
    expect(splitHeading('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh bằng nhiều hình thức và phương pháp thích hợp, tổ chức tuyên truyền.')?.named).toBe(
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh',
    );
  });

  it('does not take a compound broken at its hyphen ("chính trị / - xã hội") for a list item', () => {
    const ps = paragraphs(['b) Tổ chức tuyên truyền, phối hợp tổ chức chính trị', '- xã hội tại địa phương thực hiện;', '- Lập danh sách;']);
    expect(ps.map((p) => p.text)).toEqual(['b) Tổ chức tuyên truyền, phối hợp tổ chức chính trị - xã hội tại địa phương thực hiện;', '- Lập danh sách;']);
  });

  it('tells a group of bodies from one body whose name has a comma', () => {
    for (const g of [
      'Các phòng, đơn vị trực thuộc Sở',
      'Ủy ban nhân dân các xã, thị trấn',
      'Sở Khoa học và Công nghệ, Sở Nội vụ',
      'Ủy ban nhân dân cấp xã',
      'Ủy ban nhân dân phường, xã, đặc khu',
      'Doanh nghiệp, cộng đồng, tổ chức, cá nhân',
    ])
      expect(isGroup(g), g).toBe(true);
    for (const one of [
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Văn hoá, Thể thao và Du lịch',
      'Sở Khoa học và Công nghệ',
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Báo và Phát thanh, Truyền hình Cần Thơ',
    ])
      expect(isGroup(one), one).toBe(false);
  });

  it('reads entries under numbered headings, items as written, to the end of the section', () => {
    const lines = [
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ',
      '- Theo dõi, đôn đốc;',
      '- Báo cáo.',
      '2. Giao Công an tỉnh chủ trì, phối hợp theo dõi./.',
      '3. Cơ chế phối hợp',
      '- Họp định kỳ.',
      'Trên đây là Kế hoạch.',
      '4. Sở Tư pháp',
    ];
    expect(readDutyEntries(lines)).toEqual({
      entries: [
        { named: 'Sở Nội vụ', request: false, items: ['Theo dõi, đôn đốc;', 'Báo cáo.'], line: 1 },
        { named: 'Công an tỉnh', request: false, items: ['chủ trì, phối hợp theo dõi./.'], line: 4 },
      ],
      headings: [0],
    });
    // Where the section numbers no bodies, a bullet that opens with a body and its duty is one.
    expect(readDutyEntries(['2. Trách nhiệm thực hiện', '- Sở Nội vụ hướng dẫn khen thưởng.']).entries).toEqual([{ named: 'Sở Nội vụ', request: false, items: ['hướng dẫn khen thưởng.'], line: 1 }]);
  });
});

describe('the seeds', () => {
  // The differences are the source's own misprints, which the hand-made files correct and record
  // ("Bru điện" for "Bưu điện"; "Trưởng Chính trị tỉnh" for "Trường Chính trị tỉnh"): the import keeps the text as printed.
  const KNOWN = [
    'ben-tre/ubnd-tinh/2021/105-kh-ubnd › Trường Chính trị tỉnh',
    'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd › Phòng Nội vụ',
    'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd › Bưu điện huyện',
    'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd › Ủy ban nhân dân các xã',
  ];

  it('agrees with the hand-made duties of every seed but for the misprints of the sources', () => {
    const differing: string[] = [];
    let bodies = 0;
    for (const plan of plans) {
      const got = run(readFileSync(`${ROOT}content/sources/${plan.data.source.file}`, 'utf8')).plan.duties;
      for (const want of plan.data.duties) {
        bodies++;
        const found = got.find((d) => d.named === want.named);
        const same = found && found.agency === want.agency && found.request === want.request && JSON.stringify(found.items.map(norm)) === JSON.stringify(want.items.map(norm));
        if (!same) differing.push(`${plan.id} › ${want.named}`);
      }
      // Nothing the hand check did not find.
      expect(got.filter((d) => !plan.data.duties.some((w) => w.named === d.named)).map((d) => d.named)).toEqual([]);
    }
    expect(bodies).toBe(43);
    expect(differing).toEqual(KNOWN);
  });

  it('never writes an item that is not in the source text', () => {
    for (const plan of plans) {
      const raw = readFileSync(`${ROOT}content/sources/${plan.data.source.file}`, 'utf8');
      // The common text the readers make: markup (emphasis, heading marks) removed, words as printed.
      const text = norm(readText(raw, 'md').text);
      for (const duty of run(raw).plan.duties) {
        expect(text, duty.named).toContain(norm(duty.named));
        for (const item of duty.items) expect(text, item).toContain(norm(item));
      }
    }
  });
});

describe('a real plan (development set)', () => {
  it('reads the bodies of the HCM plan’s organisation section and proposes the one it does not know', () => {
    const r = run(readFileSync(`${ROOT}tests/fixtures/real/texts/2f6f80b9918e52de.md`, 'utf8'));
    expect(r.plan.duties.map((d) => [d.named, d.agency, d.request, d.items.length])).toEqual([
      ['Sở Nội vụ', 'ho-chi-minh/so-noi-vu', false, 1],
      ['Các cơ quan, đơn vị được giao chủ trì', null, false, 1],
      ['Thủ trưởng các sở, ban, ngành và Ủy ban nhân dân phường, xã, đặc khu', null, false, 1],
    ]);
    expect(r.plan.duties[0]!.items[0]).toBe(
      'chịu trách nhiệm về việc báo cáo, đề nghị ban hành và nội dung Kế hoạch này. Tham mưu Ủy ban nhân dân Thành phố theo dõi, kiểm tra, đôn đốc các sở, ban, ngành và Ủy ban nhân dân phường, xã, đặc khu triển khai thực hiện nhiệm vụ được nêu trong Kế hoạch.',
    );
    expect(r.dutyProposals).toMatchObject([{ file: 'content/agencies/ho-chi-minh.yaml', id: 'so-noi-vu', name: 'Sở Nội vụ thành phố Hồ Chí Minh', district: null }]);
    expect(r.toCheck.join('\n')).toMatch(/^duties: 1 body is not in content\/agencies\//m);
  });

  it('leaves the agency null and says so when a body cannot be placed', () => {
    const reading = readDuties(['IV. TỔ CHỨC THỰC HIỆN', '1. Sở Nội vụ', '- Theo dõi.'], { issuer: null, issuerAgency: null, agencies, units: catalog.units, date: null });
    expect(reading.duties).toEqual([{ agency: null, named: 'Sở Nội vụ', request: false, items: ['Theo dõi.'] }]);
    expect(reading.notes[0]).toMatch(/"Sở Nội vụ" \(line 2\) is not in content\/agencies\/ and its province is not known/);
  });
});

import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/lib/citations/clean';
import { extractCitations } from '../../../src/lib/citations/extract';

const extract = (text: string) => extractCitations(cleanText(text));

describe('extract', () => {
  it('reads what the text says: type, number as written and normalised, date, issuer phrase', () => {
    const [raw] = extract('Thực hiện Kế hoạch số 84/ KH-UBND ngày 12/01/2024 của UBND huyện Kỳ Anh về việc');
    expect(raw).toMatchObject({
      family: 'administrative',
      type: 'Kế hoạch',
      typeWritten: true,
      numberAsWritten: '84/ KH-UBND',
      number: '84/KH-UBND',
      canonical: '84/KH-UBND',
      groups: ['KH', 'UBND'],
      numberYear: null,
      date: '2024-01-12',
      issuerText: 'UBND huyện Kỳ Anh',
      self: null,
      pin: null,
      anaphor: null,
    });
    expect('Thực hiện Kế hoạch số 84/ KH-UBND ngày 12/01/2024 của UBND huyện Kỳ Anh về việc'.slice(raw!.start, raw!.end)).toBe('Kế hoạch số 84/ KH-UBND ngày 12/01/2024');
  });

  it('infers the type from the abbreviation when no type word is written', () => {
    expect(extract('theo số 17/NQ-CP')[0]).toMatchObject({ type: 'Nghị quyết', typeWritten: false, number: '17/NQ-CP' });
  });

  it('marks the document naming itself: its header line and an appendix caption', () => {
    expect(extract('Số: 84/KH-UBND')[0]).toMatchObject({ self: 'header', number: '84/KH-UBND' });
    expect(extract('(Kèm theo Kế hoạch số 105/KH-UBND ngày 30/12/2020 của UBND tỉnh)')[0]).toMatchObject({ self: 'caption' });
  });

  it('reads a law by name and year, the part cited before a number, a Party term', () => {
    expect(extract('Luật Ban hành văn bản quy phạm pháp luật năm 2015')[0]).toMatchObject({ family: 'name', type: 'Luật', name: 'Ban hành văn bản quy phạm pháp luật', number: null, date: '2015' });
    expect(extract('tại khoản 2 Điều 5 Nghị định số 61/2018/NĐ-CP')[0]).toMatchObject({ pin: 'khoản 2 Điều 5', numberYear: 2018 });
    expect(extract('Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII')[0]).toMatchObject({ family: 'party', term: 'XII' });
  });

  it('reads anaphora and the short names a text defines', () => {
    const found = extract('Chỉ thị số 27/CT-TTg ngày 27/7/2020 (sau đây viết tắt là Chỉ thị 27). Triển khai Chỉ thị 27. Kế hoạch này');
    expect(found.map((raw) => [raw.anaphor?.refers ?? null, raw.definesName])).toEqual([
      [null, 'Chỉ thị 27'],
      ['defined', null],
      ['self', null],
    ]);
    expect(found[1]!.anaphor!.definedBy).toBe(0);
  });

  it('returns spans in the cleaned text, in reading order, and nothing for look-alikes', () => {
    const text = 'Quyết định 12/QĐ-UBND\u200B; Quý 4/2022; 2 tháng/lần; Nghị định 61/2018/NĐ-CP';
    const clean = cleanText(text);
    const found = extractCitations(clean);
    expect(found.map((raw) => clean.text.slice(raw.start, raw.end))).toEqual(['Quyết định 12/QĐ-UBND', 'Nghị định 61/2018/NĐ-CP']);
    expect(extract('')).toEqual([]);
  });
});

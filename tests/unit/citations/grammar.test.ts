import { describe, expect, it } from 'vitest';
import { canonicalSerial, NUMBER_IN_TEXT, parseNumberText, readNumber } from '../../../src/lib/citations/grammar';

const numbers = (text: string) => [...text.matchAll(NUMBER_IN_TEXT)].map((m) => m[0]);

describe('the grammar of document numbers', () => {
  it('reads the three families', () => {
    expect(parseNumberText('129/2007/QĐ-TTg')).toMatchObject({
      family: 'normative',
      serial: '129',
      year: 2007,
      groups: ['QĐ', 'TTg'],
      number: '129/2007/QĐ-TTg',
      canonical: '129/2007/QĐ-TTg',
      corrections: [],
    });
    expect(parseNumberText('202/2025/QH15')).toMatchObject({ family: 'normative', year: 2025, groups: ['QH15'], number: '202/2025/QH15' });
    expect(parseNumberText('84/KH-UBND')).toMatchObject({ family: 'administrative', serial: '84', year: null, groups: ['KH', 'UBND'], number: '84/KH-UBND' });
    expect(parseNumberText('4255/QĐ-BNN-KHCN')).toMatchObject({ family: 'administrative', groups: ['QĐ', 'BNN', 'KHCN'] });
    expect(parseNumberText('01-NQ/TU')).toMatchObject({ family: 'party', serial: '01', groups: ['NQ', 'TU'], number: '01-NQ/TU' });
  });

  it('normalises spaces, case and notation, and says what it corrected', () => {
    expect(parseNumberText(' 84 / kh - ubnd ')).toMatchObject({ number: '84/KH-UBND' });
    expect(parseNumberText('05/NQ-TU')).toMatchObject({ family: 'party', number: '05-NQ/TU', corrections: ['Party number in state notation'] });
    expect(parseNumberText('27/CTTg')).toMatchObject({ groups: ['CT', 'TTg'], number: '27/CT-TTg', corrections: ['glued symbol'] });
    expect(parseNumberText('5/KH-UBND')).toMatchObject({ number: '5/KH-UBND', canonical: '05/KH-UBND' });
  });

  it('reads canonical frontmatter strictly: the shape only, no spaces, groups as written', () => {
    expect(parseNumberText('84/KH-UBND', { strict: true })).toMatchObject({ family: 'administrative', number: '84/KH-UBND' });
    expect(parseNumberText('84/ KH-UBND', { strict: true })).toBeNull();
    expect(parseNumberText('84/kh-UBND', { strict: true })).toBeNull();
    // No vocabulary: a Party-looking number with an unknown issuer keeps its shape; a one-group symbol is not a number.
    expect(parseNumberText('01-NQ/XYZ', { strict: true })).toMatchObject({ family: 'party', groups: ['NQ', 'XYZ'] });
    expect(parseNumberText('01-NQ/XYZ')).toBeNull();
    expect(parseNumberText('27/CTTg', { strict: true })).toBeNull();
  });

  it('refuses what only looks like a number', () => {
    for (const text of ['2021-2025/KH', 'Quý 4/2022', '24/24h', '2/lần', '84/', 'KH-UBND', '123456/KH-UBND', '']) expect(parseNumberText(text), text).toBeNull();
  });

  it('finds numbers in running text, not inside longer tokens', () => {
    expect(numbers('theo 84/KH-UBND và 01-NQ/TU; Nghị định 61/2018/NĐ-CP.')).toEqual(['84/KH-UBND', '01-NQ/TU', '61/2018/NĐ-CP']);
    expect(numbers('số 3647/\nQĐ-UBND')).toEqual(['3647/\nQĐ-UBND']);
    expect(numbers('x84/KH-UBND 1.84/KH-UBND /84/KH-UBND')).toEqual([]);
    // A group may carry digits (QH15, UBTVQH15), so "UBND2" is one group.
    expect(numbers('84/KH-UBND2')).toEqual(['84/KH-UBND2']);
  });

  it('reads an issuer\'s own symbol where a type word and "số" say a document is meant', () => {
    // Company letters cited in Sở Công Thương Lào Cai's plans (KH-2242, KH-3898, KH-3957 in tests/fixtures/real/SOURCES.md).
    const read = (text: string) => [...text.matchAll(NUMBER_IN_TEXT)].map((m) => readNumber(m.groups!)?.number ?? null);
    expect(read('tại Văn bản số 12/YH/KT-TC ngày 15/6/2026; Văn bản số 93/CT-05 ngày 18/6/2026')).toEqual(['12/YH/KT-TC', '93/CT-05']);
    expect(read('Văn bản số 305/QLTC, Văn bản số 51/GĐN và Công văn số 45/UBND')).toEqual(['305/QLTC', '51/GĐN', '45/UBND']);
    expect(read('Văn bản số 12/YH/KT-TC')).toEqual(['12/YH/KT-TC']);
    expect(readNumber(NUMBER_IN_TEXT.exec('Văn bản số 12/YH/KT-TC')!.groups!)).toMatchObject({ family: 'administrative', serial: '12', groups: ['YH', 'KT', 'TC'], canonical: '12/YH/KT-TC' });
    NUMBER_IN_TEXT.lastIndex = 0;
    // A number of the three families keeps its family and its normalisation.
    // The Party's shape for a body the vocabulary lacks (a province's steering committee), after a type word only.
    expect(read('Căn cứ Quyết định số 03-QĐ/BCĐ ngày 13/8/2025; Kế hoạch số 01-KH/BCĐ')).toEqual(['03-QĐ/BCĐ', '01-KH/BCĐ']);
    expect(read('theo 03-QĐ/BCĐ')).toEqual([null]);
    expect(read('Văn bản số 05/NQ-TU; Kế hoạch số 84/KH-UBND; Quyết định số 129/2007/QĐ-TTg; Nghị quyết số 27/NQ- TW')).toEqual(['05-NQ/TU', '84/KH-UBND', '129/2007/QĐ-TTg', '27-NQ/TW']);
  });

  it('still refuses the mistyped and the unannounced', () => {
    const read = (text: string) => [...text.matchAll(NUMBER_IN_TEXT)].map((m) => readNumber(m.groups!)?.number ?? null);
    // No type word before it: a one-group symbol is no number.
    expect(read('theo 305/QLTC và số 12/YH/KT-TC')).toEqual([null, null]);
    // A type abbreviation alone (the issuer lost), spaces inside, a lower-case symbol.
    expect(read('Quyết định số 12/QĐ UBND')).toEqual([null]);
    expect(read('Quyết định số 12/ QĐ UBND')).toEqual([null]);
    expect(read('Văn bản số 12/yh/kt-tc')).toEqual([null]);
    // Frontmatter stays strict: the decree's shapes only.
    expect(parseNumberText('12/YH/KT-TC', { strict: true })).toBeNull();
    expect(parseNumberText('305/QLTC', { strict: true })).toBeNull();
  });

  it('keeps the named groups of the match as written', () => {
    const match = NUMBER_IN_TEXT.exec('Kế hoạch 84/ kh-UBND');
    NUMBER_IN_TEXT.lastIndex = 0;
    expect(readNumber(match!.groups!)).toMatchObject({ number: '84/KH-UBND', match: { serialB: '84', symB: 'kh-UBND' } });
  });

  it('writes the serial canonically: leading zeros dropped, at least two digits, the letter kept', () => {
    expect(['5', '05', '0124', '007', '30c', '1000'].map(canonicalSerial)).toEqual(['05', '05', '124', '07', '30c', '1000']);
  });
});

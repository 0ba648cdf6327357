import { describe, expect, it } from 'vitest';
import { documentNumberSlug, isDocumentSymbol, parseDocumentNumber } from '../../src/lib/document-number';

describe('parseDocumentNumber', () => {
  it.each([
    ['84/KH-UBND', 'administrative', '84', null, 'KH-UBND'],
    ['53/STTTT-TTBCXB', 'administrative', '53', null, 'STTTT-TTBCXB'],
    ['2231/SNV-CCHC&PC', 'administrative', '2231', null, 'SNV-CCHC&PC'],
    ['1656/NQ-UBTVQH15', 'administrative', '1656', null, 'NQ-UBTVQH15'],
    ['30c/NQ-CP', 'administrative', '30c', null, 'NQ-CP'],
    ['129/2007/QĐ-TTg', 'normative', '129', 2007, 'QĐ-TTg'],
    ['202/2025/QH15', 'normative', '202', 2025, 'QH15'],
    ['01/2018/TT-VPCP', 'normative', '01', 2018, 'TT-VPCP'],
    ['01-NQ/TU', 'party', '01', null, 'NQ/TU'],
    ['87-CTr/HU', 'party', '87', null, 'CTr/HU'],
    ['08-QĐi/TW', 'party', '08', null, 'QĐi/TW'],
  ] as const)('%s', (text, family, serial, year, symbol) => {
    expect(parseDocumentNumber(text)).toEqual({ text, family, serial, year, symbol });
  });

  it.each(['84/ KH-UBND', '84 /KH-UBND', 'KH-UBND', '/KH-UBND', '84/KH–UBND', 'Quý I/2022', '30/11/2022', 'b/c', '84/kh-ubnd', '84/KH-UBND\u200b'])(
    'refuses %j (not canonical, or not a number)',
    (text) => {
      expect(parseDocumentNumber(text)).toBeNull();
    },
  );
});

describe('symbols and slugs', () => {
  it('recognises a symbol standing alone, as in an unnumbered draft', () => {
    expect(isDocumentSymbol('KH-UBND')).toBe(true);
    expect(isDocumentSymbol('KH-SVHTTDL')).toBe(true);
    expect(isDocumentSymbol('KH- SVHTTDL')).toBe(false);
    expect(isDocumentSymbol('UBND')).toBe(false);
  });
  it('makes ASCII URL segments', () => {
    expect(documentNumberSlug('84/KH-UBND')).toBe('84-kh-ubnd');
    expect(documentNumberSlug('129/2007/QĐ-TTg')).toBe('129-2007-qd-ttg');
  });
});

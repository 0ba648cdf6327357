import { describe, expect, it } from 'vitest';
import { findInvisibleCharacters, INVISIBLE_CHARACTERS, normalizeDeep } from '../../src/lib/text-hygiene';
import { cleanText } from '../../src/lib/citations/clean';

describe('text hygiene', () => {
  it('composes every string of a value, at any depth, and leaves other values as they are', () => {
    const date = new Date(0);
    const value = { title: 'Tuyên truyền'.normalize('NFD'), recipients: ['Sở Nội vụ'.normalize('NFD'), 3, null], signer: { name: 'Dương Thị Vân Anh'.normalize('NFD') }, year: 2024, when: date };
    const result = normalizeDeep(value);
    expect(result).toEqual({ title: 'Tuyên truyền', recipients: ['Sở Nội vụ', 3, null], signer: { name: 'Dương Thị Vân Anh' }, year: 2024, when: date });
    expect(result.title).not.toBe(value.title);
    expect(result.when).toBe(date);
    expect(normalizeDeep('Đ')).toBe('Đ');
  });

  it('names each invisible character with its path, position and Unicode name', () => {
    expect(findInvisibleCharacters({ number: '84/KH\u200B-UBND', recipients: ['Sở\u00ADNội vụ', 'x\u202Ey'], signer: { name: '\uFEFFAn\u2063' } })).toEqual([
      { path: ['number'], index: 5, description: 'U+200B ZERO WIDTH SPACE' },
      { path: ['recipients', 0], index: 2, description: 'U+00AD SOFT HYPHEN' },
      { path: ['recipients', 1], index: 1, description: 'U+202E' },
      { path: ['signer', 'name'], index: 0, description: 'U+FEFF BYTE ORDER MARK' },
      { path: ['signer', 'name'], index: 3, description: 'U+2063' },
    ]);
    expect(findInvisibleCharacters({ title: 'Kế hoạch số 84/KH-UBND', year: 2024, tags: [] })).toEqual([]);
  });

  it('is the one set of invisible characters: the citation parser drops exactly these', () => {
    const all = [...Array(0x10000).keys()].map((code) => String.fromCharCode(code)).filter((char) => !/[\uD800-\uDFFF]/.test(char));
    const named = all.filter((char) => findInvisibleCharacters(char).length > 0);
    expect(named.map((char) => char.codePointAt(0)!.toString(16))).toEqual([
      'ad',
      '180e',
      '200b',
      '200c',
      '200d',
      '200e',
      '200f',
      '202a',
      '202b',
      '202c',
      '202d',
      '202e',
      '2060',
      '2061',
      '2062',
      '2063',
      '2064',
      'feff',
    ]);
    expect(named.filter((char) => cleanText(`a${char}b`).text !== 'ab')).toEqual([]);
    expect(INVISIBLE_CHARACTERS).toBe('\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF');
  });
});

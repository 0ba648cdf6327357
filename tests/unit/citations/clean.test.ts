import { describe, expect, it } from 'vitest';
import { cleanText, inputSpan } from '../../../src/lib/citations/clean';
import { findCitations } from '../../../src/lib/citations';

const offsets = (clean: { toInput: Uint32Array }) => [...clean.toInput];

describe('clean', () => {
  it('folds dashes, slashes, exotic spaces and the Icelandic eth one for one, so offsets do not move', () => {
    const input = 'Số 84\u2044KH\u2013UBND\u00A0ngày 12\uFF0F01 \u00D0ảng \u00F0oàn';
    const clean = cleanText(input);
    expect(clean.text).toBe('Số 84/KH-UBND ngày 12/01 Đảng đoàn');
    expect(offsets(clean)).toEqual([...Array(input.length + 1).keys()]);
  });

  it('drops invisible characters and maps every offset of the copy back to the input', () => {
    const input = '84/KH\u200B-\u00ADUBND\u200E';
    const clean = cleanText(input);
    expect(clean.text).toBe('84/KH-UBND');
    expect(offsets(clean)).toEqual([0, 1, 2, 3, 4, 6, 8, 9, 10, 11, 13]);
    expect(inputSpan(clean, 0, clean.text.length)).toEqual({ start: 0, end: input.length });
    expect(inputSpan(clean, 6, 10)).toEqual({ start: 8, end: 13 });
  });

  it('composes decomposed (NFD) text cluster by cluster, each composed letter pointing at its first code unit', () => {
    const input = 'Kế hoạch'.normalize('NFD');
    const clean = cleanText(input);
    expect(clean.text).toBe('Kế hoạch');
    // "ế" is three code units decomposed (e, circumflex, acute), one composed.
    expect(offsets(clean)).toEqual([0, 1, 4, 5, 6, 7, 9, 10, input.length]);
    expect(input.length).toBe(11);
  });

  it('leaves ordinary composed text as it is', () => {
    const clean = cleanText('Kế hoạch số 84/KH-UBND');
    expect(clean.text).toBe('Kế hoạch số 84/KH-UBND');
    expect(clean.toInput).toHaveLength(23);
    expect(cleanText('')).toEqual({ text: '', toInput: Uint32Array.from([0]) });
  });

  it('lets the parser read a number with invisible characters and look-alikes, with the span in the text as given', () => {
    const input = 'Thực hiện Kế hoạch số 84/KH\u200E\u2011UBND ngày 12/01/2024';
    const [citation] = findCitations(input);
    expect(citation).toMatchObject({ number: '84/KH-UBND', surface: input.slice(10) });
  });
});

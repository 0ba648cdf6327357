import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/lib/sentence';

describe('sentence', () => {
  it('cuts at sentence ends and line breaks', () => {
    const text = 'Câu trước. Thực hiện Kế hoạch số 08/KH-UBND ngày 08/01/2024 của UBND tỉnh; câu sau.';
    const at = text.indexOf('Kế hoạch');
    expect(sentenceAround(text, at, at + 20)).toBe('Thực hiện Kế hoạch số 08/KH-UBND ngày 08/01/2024 của UBND tỉnh;');
    expect(sentenceAround('Dòng một\nDòng hai có 76/NQ-CP\nDòng ba', 20, 28)).toBe('Dòng hai có 76/NQ-CP');
  });

  it('does not end a sentence at a stop inside a word or a number', () => {
    const text = 'Trước. Báo cáo trước ngày 08.01.2024 gửi Sở Nội vụ theo Kế hoạch số 08/KH-UBND. Sau.';
    const at = text.indexOf('Kế hoạch');
    expect(sentenceAround(text, at, at + 20)).toBe('Báo cáo trước ngày 08.01.2024 gửi Sở Nội vụ theo Kế hoạch số 08/KH-UBND.');
    const start = text.indexOf('Báo cáo');
    expect(sentenceAround(text, start, start + 7)).toBe('Báo cáo trước ngày 08.01.2024 gửi Sở Nội vụ theo Kế hoạch số 08/KH-UBND.');
  });

  it('drops Markdown emphasis, escapes, list markers and table pipes, and folds white space', () => {
    const text = '| 1 | Tuyên truyền **Nghị quyết** 76/NQ\\-CP   ngày 15/7/2021 |';
    const at = text.indexOf('Nghị');
    expect(sentenceAround(text, at, at + 10)).toBe('1 · Tuyên truyền Nghị quyết 76/NQ-CP ngày 15/7/2021 ·');
  });

  it('shortens a long sentence around the span, marking the cuts with …', () => {
    const text = `${'a '.repeat(300)}Nghị quyết số 76/NQ-CP ${'b '.repeat(300)}.`;
    const at = text.indexOf('Nghị');
    const sentence = sentenceAround(text, at, at + 22, 100);
    expect(sentence).toContain('Nghị quyết số 76/NQ-CP');
    expect(sentence.startsWith('…')).toBe(true);
    expect(sentence.endsWith('…')).toBe(true);
    expect(sentence.length).toBeLessThanOrEqual(102);
  });
});

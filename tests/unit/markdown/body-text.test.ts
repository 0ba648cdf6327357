import { describe, expect, it } from 'vitest';
import { bodyText, bodyTextOfSource } from '../../../src/lib/markdown/body-text';
import { parseMdx } from '../../../src/lib/markdown/parse';

describe('body text', () => {
  it('joins the text of a block as it reads and separates blocks by a line break', () => {
    const { text, pieces } = bodyTextOfSource('## I. Mục đích\n\nThực hiện **Kế hoạch số 204/KH-UBND** ngày 24/12/2021.\n\n- Một\n- Hai');
    expect(text).toBe('I. Mục đích\nThực hiện Kế hoạch số 204/KH-UBND ngày 24/12/2021.\nMột\nHai');
    expect(pieces.map((p) => p.linkable)).toEqual([false, true, true, true, true, true]);
    for (const p of pieces) expect(text.slice(p.start, p.end)).toBe(p.node.value);
  });
  it('separates table cells, joins the text of a link with its sentence and marks it unlinkable', () => {
    const { text, pieces } = bodyText(parseMdx('| STT | Văn bản |\n| - | - |\n| 1 | Xem [Nghị quyết 76](https://x.vn) nay |'));
    expect(text).toBe('STT\nVăn bản\n1\nXem Nghị quyết 76 nay');
    expect(pieces.map((p) => [p.node.value, p.linkable])).toEqual([
      ['STT', true],
      ['Văn bản', true],
      ['1', true],
      ['Xem ', true],
      ['Nghị quyết 76', false],
      [' nay', true],
    ]);
  });
  it('reads the source as the pipeline does: composed (NFC)', () => {
    expect(bodyTextOfSource('Cải cách *hành chính*'.normalize('NFD')).text).toBe('Cải cách hành chính'.normalize('NFC'));
    expect(bodyTextOfSource('').text).toBe('');
  });
});

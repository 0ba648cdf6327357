import { describe, expect, it } from 'vitest';
import { findCitations, type Citation, type CitationContext } from '../../../src/lib/citations';
import { segmentText } from '../../../src/lib/citations/annotate';

const QT: CitationContext = { province: { id: 'quang-tri', name: 'Quảng Trị' }, date: '2022-05-01' };
/** A citation of `text` at [start, end), the other fields irrelevant to segmenting. */
const at = (start: number, end: number): Citation => ({ ...findCitations('Nghị định số 61/2018/NĐ-CP')[0]!, start, end });

describe('annotate', () => {
  it('cuts a text into runs that put it back together unchanged', () => {
    const text = 'Thực hiện Kế hoạch số 204/KH-UBND ngày 24/12/2021 của UBND tỉnh và Nghị quyết số 01-NQ/TU.';
    const segments = segmentText(text, findCitations(text, QT));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.citation).map((s) => s.text)).toEqual(['Kế hoạch số 204/KH-UBND ngày 24/12/2021', 'Nghị quyết số 01-NQ/TU']);
  });

  it('sorts the spans, keeps the first of overlapping ones and skips empty or out-of-range ones', () => {
    const text = 'abcdefghij';
    const segments = segmentText(text, [at(6, 8), at(1, 4), at(2, 5), at(5, 5), at(9, 12)]);
    expect(segments.map((s) => [s.text, s.citation ? `${s.citation.start}-${s.citation.end}` : null])).toEqual([
      ['a', null],
      ['bcd', '1-4'],
      ['ef', null],
      ['gh', '6-8'],
      ['ij', null],
    ]);
  });

  it('gives a text without citations back as one plain run, and an empty text as none', () => {
    expect(segmentText('Không có trích dẫn.', [])).toEqual([{ text: 'Không có trích dẫn.', citation: null }]);
    expect(segmentText('', [])).toEqual([]);
    expect(segmentText('ab', [at(0, 2)]).map((s) => s.text)).toEqual(['ab']);
  });
});

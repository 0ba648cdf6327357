// Split from tests/unit/search.test.ts (one test file per module); assertions unchanged.
import { describe, expect, it } from 'vitest';
import { excerptParts, mergeRanked, resultTitle } from '../../../src/lib/search/results';
import { STROKE } from '../../../src/lib/search/fold';
import { fullTitle } from '../../../src/lib/plan-format';
import { seedCorpus } from '../../helpers/corpus';

describe('results', () => {
  const r = (id: string) => ({ id });
  it('lists phrase matches first, then the other all-words matches, then citing plans, each once', () => {
    expect(
      mergeRanked([
        { kind: 'phrase', results: [r('b'), r('c')] },
        { kind: 'words', results: [r('a'), r('b'), r('d'), r('c')] },
        { kind: 'cites', results: [r('e'), r('a')] },
      ]),
    ).toEqual([
      { result: r('b'), kind: 'phrase' },
      { result: r('c'), kind: 'phrase' },
      { result: r('a'), kind: 'words' },
      { result: r('d'), kind: 'words' },
      { result: r('e'), kind: 'cites' },
    ]);
    expect(
      mergeRanked([
        { kind: 'phrase', results: null },
        { kind: 'words', results: [r('a')] },
      ]),
    ).toEqual([{ result: r('a'), kind: 'words' }]);
  });

  it('turns an excerpt into text and marks, restoring đ and decoding entities, never HTML', () => {
    expect(excerptParts(`Báo <mark>D${STROKE}ồng</mark> <mark>Khởi</mark> &amp; &lt;b&gt; d${STROKE}ài`)).toEqual([
      { text: 'Báo ', mark: false },
      { text: 'Đồng', mark: true },
      { text: ' ', mark: false },
      { text: 'Khởi', mark: true },
      { text: ' & <b> đài', mark: false },
    ]);
    expect(excerptParts('a <img src=x onerror=alert(1)> b')).toEqual([{ text: 'a  b', mark: false }]);
    expect(excerptParts('&#273;&#x110;')).toEqual([{ text: 'đĐ', mark: false }]);
  });
});

describe('results: titles', () => {
  const { catalog } = seedCorpus();

  it('titles a result as the plan page does, from the heading the index holds', () => {
    for (const each of catalog.plans) expect(resultTitle(`${each.data.type.toUpperCase()}  ${each.data.title}`)).toBe(fullTitle(each));
    expect(resultTitle('Something else')).toBe('Something else');
  });
});

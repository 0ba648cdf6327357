import { describe, expect, it } from 'vitest';
import { hasEveryTerm, looseTerms, normalizeWord, strictIndex, type CheckedResponse } from '../../../src/lib/search/word-match';
import { foldForIndex, foldQuery } from '../../../src/lib/search/fold';

const BEN_TRE = foldForIndex('ỦY BAN NHÂN DÂN TỈNH BẾN TRE Số: 105/KH-UBND. Độc lập - Tự do. Căn cứ Quyết định số 1291/QĐ-UBND, Nghị quyết 30c/NQ-CP; tuyên truyền cải cách hành chính.');

describe('words as Pagefind compares them', () => {
  it('folds case, accents, the đ overlay and punctuation inside a word', () => {
    expect([normalizeWord('Quảng'), normalizeWord(foldForIndex('Đồng')), normalizeWord('76/NQ-CP'), normalizeWord('“Trị”,')]).toEqual(['quang', 'dong', '76nqcp', 'tri']);
  });

  it('splits a loose query into its words; a quoted phrase or no query has none to check', () => {
    expect(looseTerms(foldQuery('Sở Nội vụ'))).toEqual(['so', 'noi', 'vu']);
    expect(looseTerms('76/nq-cp')).toEqual(['76nqcp']);
    expect([looseTerms('"cải cách hành chính"'), looseTerms(null), looseTerms('  ')]).toEqual([[], [], []]);
  });
});

describe('a text has every word', () => {
  it('whole, as the start of a word, or as a part of a number written with punctuation', () => {
    expect(hasEveryTerm(BEN_TRE, looseTerms(foldQuery('tuyen truyen cai cach')))).toBe(true);
    expect(hasEveryTerm(BEN_TRE, looseTerms('105/kh-ubnd'))).toBe(true);
    expect(hasEveryTerm(BEN_TRE, ['ubnd', 'nq', 'cp', '30c'])).toBe(true);
    expect(hasEveryTerm(BEN_TRE, ['chin'])).toBe(true);
    expect(hasEveryTerm(BEN_TRE, looseTerms(foldQuery('Độc lập')))).toBe(true);
  });

  it('not when Pagefind replaced a word it did not have', () => {
    expect(hasEveryTerm(BEN_TRE, looseTerms('76/nq-cp'))).toBe(false);
    expect(hasEveryTerm(BEN_TRE, looseTerms('129/2007/qd-ttg'))).toBe(false);
    expect(hasEveryTerm(BEN_TRE, looseTerms('tuyen zzzz'))).toBe(false);
  });
});

describe('an index that answers only with plans having every word', () => {
  type Result = { id: string; score: number; data: () => Promise<{ content: string }> };
  function fakeIndex(pages: Record<string, string>, answer: (term: string | null) => string[]) {
    let fragments = 0;
    const index = {
      filters: async () => ({ nam: { '2020': 1 } }),
      search: async (term: string | null, options?: { filters?: Record<string, string> }): Promise<CheckedResponse<Result>> => {
        const ids = answer(term).filter((id) => !options?.filters || id.startsWith(options.filters['nam'] ?? ''));
        return {
          results: ids.map((id, i) => ({ id, score: 1 - i / 10, data: async () => (fragments++, { content: pages[id]! }) })),
          filters: { nam: { '2020': ids.length } },
          totalFilters: { nam: { '2020': 1 } },
        };
      },
    };
    return { index, fragments: () => fragments };
  }

  it('keeps an answer whose best result has the words, and drops one whose best result lacks them, counts at 0', async () => {
    // Pagefind's answer in an index without "76nqcp": the plans with "7…".
    const { index, fragments } = fakeIndex({ '2020-a': BEN_TRE }, () => ['2020-a']);
    const strict = strictIndex(index);
    expect((await strict.search('tuyen truyen')).results.map((r) => r.id)).toEqual(['2020-a']);
    const dropped = await strict.search('76/nq-cp');
    expect(dropped.results).toEqual([]);
    expect(dropped.filters).toEqual({ nam: { '2020': 0 } });
    expect(dropped.totalFilters).toEqual({ nam: { '2020': 1 } });
    // The verdict is per query, whatever the filters: one fragment read for each query.
    await strict.search('76/nq-cp', { filters: { nam: '2020' } });
    await strict.search('tuyen truyen', { filters: { nam: '2020' } });
    expect(fragments()).toBe(2);
  });

  it('passes phrases, filter-only searches and empty answers through unread', async () => {
    const { index, fragments } = fakeIndex({ a: BEN_TRE }, (term) => (term === 'khong co' ? [] : ['a']));
    const strict = strictIndex(index);
    expect((await strict.search('"76/nq-cp"')).results).toHaveLength(1);
    expect((await strict.search(null)).results).toHaveLength(1);
    expect((await strict.search('khong co')).results).toHaveLength(0);
    expect(await strict.filters()).toEqual({ nam: { '2020': 1 } });
    expect(fragments()).toBe(0);
  });
});

// Split from tests/unit/search.test.ts (one test file per module); assertions unchanged.
import { describe, expect, it } from 'vitest';
import { documentNumberSlug, documentsWithNumber, prepareQuery, wordsSearchNeeded } from '../../../src/lib/search/query';
import { STROKE } from '../../../src/lib/search/fold';

describe('prepareQuery: phrase first for several words', () => {
  it('runs one word once', () => {
    expect(prepareQuery('  dang ')).toEqual({ display: 'dang', allWords: 'dang', phrase: null });
  });

  it('runs several words as a phrase and as all-words, folded', () => {
    expect(prepareQuery('Quảng   Trị')).toEqual({ display: 'Quảng Trị', allWords: 'Quảng Trị', phrase: '"Quảng Trị"' });
    expect(prepareQuery('dai phat thanh').phrase).toBe('"dai phat thanh"');
    expect(prepareQuery('Đồng Khởi').phrase).toBe(`"D${STROKE}ồng Khởi"`);
  });

  it('keeps a document number as one word', () => {
    expect(prepareQuery('129/2007/QĐ-TTg')).toEqual({ display: '129/2007/QĐ-TTg', allWords: `129/2007/QD${STROKE}-TTg`, phrase: null });
  });

  it('runs a query the reader quoted as typed, curly quotes included', () => {
    expect(prepareQuery('“quản trị”')).toEqual({ display: '“quản trị”', allWords: '"quản trị"', phrase: null });
  });

  it('treats an empty or quotes-only query as no query (browse by facets)', () => {
    expect(prepareQuery('   ')).toEqual({ display: '', allWords: null, phrase: null });
    expect(prepareQuery('""')).toEqual({ display: '', allWords: null, phrase: null });
  });
});

describe('document numbers in a query', () => {
  it('recognises a number as typed or pasted, and nothing else', () => {
    expect(documentNumberSlug('84/KH-UBND')).toBe('84-kh-ubnd');
    expect(documentNumberSlug(' 84/ KH-UBND ')).toBe('84-kh-ubnd');
    expect(documentNumberSlug('76/NQ-CP')).toBe('76-nq-cp');
    expect(documentNumberSlug('129/2007/QĐ-TTg')).toBe('129-2007-qd-ttg');
    expect(documentNumberSlug('01-NQ/TU')).toBe('01-nq-tu');
    expect(documentNumberSlug('2231/SNV-CCHC&PC')).toBe('2231-snv-cchc-pc');
    expect(documentNumberSlug('"30c/NQ-CP"')).toBe('30c-nq-cp');
    for (const other of ['quang tri', 'KH-UBND', '2022', 'Nghị quyết 76/NQ-CP', '1/2', '76 NQ CP']) expect(documentNumberSlug(other), other).toBeNull();
  });

  it('finds the cited documents with that number, whole numbers only', () => {
    const ids = [
      '76-nq-cp-2021',
      'quang-tri-84-kh-ubnd-2021',
      'ninh-thuan-huyen-ninh-phuoc-84-kh-ubnd-2022',
      'ha-tinh-184-kh-ubnd-2024',
      '129-2007-qd-ttg',
      'quang-tri-01-nq-tu-2021',
      '18-nq-tw-khoa-xii',
    ];
    expect(documentsWithNumber('84-kh-ubnd', ids)).toEqual(['quang-tri-84-kh-ubnd-2021', 'ninh-thuan-huyen-ninh-phuoc-84-kh-ubnd-2022']);
    expect(documentsWithNumber('76-nq-cp', ids)).toEqual(['76-nq-cp-2021']);
    expect(documentsWithNumber('129-2007-qd-ttg', ids)).toEqual(['129-2007-qd-ttg']);
    expect(documentsWithNumber('01-nq-tu', ids)).toEqual(['quang-tri-01-nq-tu-2021']);
    expect(documentsWithNumber('18-nq-tw', ids)).toEqual(['18-nq-tw-khoa-xii']);
  });
});

describe('whether the all-words search must run', () => {
  const words = prepareQuery('cải cách hành chính');
  it('not when the phrase is in every plan and no facet narrows the search: every plan has the words', () => {
    expect(wordsSearchNeeded(words, { phraseMatches: 10000, plans: 10000, narrowed: false })).toBe(false);
  });
  it('when some plan lacks the phrase, when a facet narrows it, or when the archive size is unknown', () => {
    expect(wordsSearchNeeded(words, { phraseMatches: 9999, plans: 10000, narrowed: false })).toBe(true);
    expect(wordsSearchNeeded(words, { phraseMatches: 120, plans: 10000, narrowed: true })).toBe(true);
    expect(wordsSearchNeeded(words, { phraseMatches: 10000, plans: null, narrowed: false })).toBe(true);
  });
  it('not when the first search was the all-words search already (one word, a quoted query, no query)', () => {
    for (const typed of ['Quảng', '"cải cách hành chính"', '']) expect(wordsSearchNeeded(prepareQuery(typed), { phraseMatches: 3, plans: 10000, narrowed: false })).toBe(false);
  });
});

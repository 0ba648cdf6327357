import { describe, expect, it } from 'vitest';
import * as citations from '../../../src/lib/citations';
import { findCitations as fromResolve } from '../../../src/lib/citations/resolve';
import { cleanText as fromClean } from '../../../src/lib/citations/clean';
import { ALIASES as fromAliases } from '../../../src/lib/citations/aliases';
import { DOCUMENT_TYPES as fromVocabulary } from '../../../src/lib/citations/vocabulary';
import { canonicalSerial, parseNumberText } from '../../../src/lib/citations/grammar';

describe('the citations package', () => {
  it('exports the parser and its parts from one entry point', () => {
    expect(Object.keys(citations).sort()).toEqual([
      'ALIASES',
      'CITING_KINDS',
      'DOCUMENT_TYPES',
      'canonicalSerial',
      'citationsByDocument',
      'cleanText',
      'findCitations',
      'parseNumberText',
      'resolveInText',
    ]);
    expect(citations.findCitations).toBe(fromResolve);
    expect(citations.cleanText).toBe(fromClean);
    expect(citations.ALIASES).toBe(fromAliases);
    expect(citations.DOCUMENT_TYPES).toBe(fromVocabulary);
    expect(citations.parseNumberText).toBe(parseNumberText);
    expect(citations.canonicalSerial).toBe(canonicalSerial);
  });

  it('counts as citing another document: full, short and named references, not the text itself or anaphora', () => {
    expect([...citations.CITING_KINDS].sort()).toEqual(['full', 'named', 'short']);
    const text =
      'Số: 84/KH-UBND\nThực hiện Kế hoạch số 08/KH-UBND ngày 08/01/2024 của UBND tỉnh. Theo Kế hoạch số 08/KH-UBND, Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030. Kế hoạch này';
    const context = { province: { id: 'quang-tri', name: 'Quảng Trị' }, date: '2024-02-01', number: '84/KH-UBND' };
    expect(citations.findCitations(text, context).map((c) => [c.kind, citations.CITING_KINDS.has(c.kind)])).toEqual([
      ['self', false],
      ['full', true],
      ['short', true],
      ['named', true],
      ['anaphoric', false],
    ]);
  });
});

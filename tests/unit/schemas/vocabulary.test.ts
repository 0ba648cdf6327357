/** The schemas of the citation vocabulary on their own (the real files: tests/unit/vocabulary-files.test.ts). */
import { describe, expect, it } from 'vitest';
import { documentTypesSchema, issuersSchema, partySchema, programmesSchema } from '../../../src/lib/schemas/vocabulary';

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('schemas/vocabulary', () => {
  it('defaults the optional lists of a document type', () => {
    expect(documentTypesSchema.parse({ types: [{ name: 'Kế hoạch', symbols: ['KH'] }] })).toEqual({ types: [{ name: 'Kế hoạch', words: [], symbols: ['KH'], before: [] }], mixedCase: [] });
  });

  it('refuses an abbreviation with a space, an empty name, no types and unknown fields', () => {
    expect(messages(documentTypesSchema.safeParse({ types: [{ name: ' ', symbols: ['K H'] }] }))).toEqual([
      'types.0.name: must not be empty',
      'types.0.symbols.0: must be an abbreviation such as "NQ", "TTg" or "BGDĐT" (letters and digits, no spaces)',
    ]);
    expect(documentTypesSchema.safeParse({ types: [] }).success).toBe(false);
    expect(documentTypesSchema.safeParse({ types: [{ name: 'Kế hoạch', abbreviations: ['KH'] }] }).success).toBe(false);
  });

  it('needs "{place}" in a local body’s name', () => {
    const issuers = { national: [{ abbreviation: 'CP', name: 'Chính phủ' }], local: [{ abbreviation: 'UBND', name: 'Ủy ban nhân dân {level}' }], party: ['TU'], subject: ['về'] };
    expect(messages(issuersSchema.safeParse(issuers))).toEqual(['local.0.name: must contain "{place}"']);
    expect(issuersSchema.safeParse({ ...issuers, local: [{ abbreviation: 'UBND', name: 'Ủy ban nhân dân {level} {place}' }] }).success).toBe(true);
  });

  it('reads Party terms as Roman numerals with ISO dates', () => {
    expect(messages(partySchema.safeParse({ centralTerms: [{ term: '12', from: '28/01/2016' }], termsKnownUntil: '2026-01-01' }))).toEqual([
      'centralTerms.0.term: must be a Roman numeral',
      'centralTerms.0.from: must be a date written YYYY-MM-DD',
    ]);
  });

  it('needs every field of a programme, with at least one name', () => {
    const programme = { names: ['Chương trình tổng thể'], type: 'Nghị quyết', number: '76/NQ-CP', date: '2021-07-15', issuer: 'Chính phủ', evidence: 'x' };
    expect(programmesSchema.parse({ programmes: [programme] })).toEqual({ programmes: [programme] });
    expect(messages(programmesSchema.safeParse({ programmes: [{ ...programme, names: [], date: '2021' }] }))).toEqual([
      'programmes.0.names: Too small: expected array to have >=1 items',
      'programmes.0.date: must be a date written YYYY-MM-DD',
    ]);
  });
});

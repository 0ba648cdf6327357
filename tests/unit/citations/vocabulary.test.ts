import { describe, expect, it } from 'vitest';
import {
  canonicalGroup,
  CENTRAL_PARTY_TERMS,
  centralPartyTerm,
  DOCUMENT_TYPES,
  isKnownIssuer,
  isPartyIssuer,
  localIssuerName,
  nationalIssuer,
  PROGRAMMES,
  SUBJECT_WORDS,
  typeOfAbbreviation,
} from '../../../src/lib/citations/vocabulary';

describe('citations/vocabulary', () => {
  it('gives the lookups the parser uses', () => {
    expect(typeOfAbbreviation('qđ')).toBe('Quyết định');
    expect(typeOfAbbreviation('UBND')).toBeNull();
    expect([canonicalGroup('TTG'), canonicalGroup('ctr'), canonicalGroup('QĐI'), canonicalGroup('ubnd')]).toEqual(['TTg', 'CTr', 'QĐi', 'UBND']);
    expect(nationalIssuer('QH15')).toBe('Quốc hội');
    expect(nationalIssuer('BNN')).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
    expect(nationalIssuer('UBND')).toBeNull();
    expect(isPartyIssuer('tu')).toBe(true);
    expect(centralPartyTerm('2017-10-25')).toBe('XII');
    expect(centralPartyTerm('2026-03-01')).toBeNull();
    expect(PROGRAMMES.map((p) => p.number)).toEqual(['76/NQ-CP', '749/QĐ-TTg']);
    expect('Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030'.match(PROGRAMMES[0]!.pattern)).not.toBeNull();
  });

  it('names a local body in its place, at the province or district level', () => {
    expect(localIssuerName('UBND', 'province', 'Quảng Trị')).toBe('Ủy ban nhân dân tỉnh Quảng Trị');
    expect(localIssuerName('ubnd', 'district', 'Kỳ Anh')).toBe('Ủy ban nhân dân huyện Kỳ Anh');
    expect(localIssuerName('XYZ', 'province', 'Quảng Trị')).toBeNull();
  });

  it('knows issuers national, local and of the Party, and nothing else', () => {
    expect(['TTg', 'UBTVQH15', 'UBND', 'TU', 'HU'].map(isKnownIssuer)).toEqual([true, true, true, true, true]);
    expect(['KH', 'XYZ', ''].map(isKnownIssuer)).toEqual([false, false, false]);
    expect(isPartyIssuer('UBND')).toBe(false);
  });

  it('orders subject words longest first and the Party terms by date, and lists the types in the file order', () => {
    expect(SUBJECT_WORDS).toEqual([...SUBJECT_WORDS].sort((a, b) => b.length - a.length));
    expect(CENTRAL_PARTY_TERMS.map((t) => t.term)).toEqual(['X', 'XI', 'XII', 'XIII']);
    expect(centralPartyTerm('2016-01-27')).toBe('XI');
    expect(centralPartyTerm('2016-01-28')).toBe('XII');
    expect(centralPartyTerm('2000-01-01')).toBeNull();
    expect(DOCUMENT_TYPES.slice(0, 3)).toEqual(['Hiến pháp', 'Bộ luật', 'Luật']);
  });
});

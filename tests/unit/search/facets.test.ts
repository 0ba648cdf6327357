// Split from tests/unit/search.test.ts (one test file per module); assertions unchanged.
import { describe, expect, it } from 'vitest';
import { FACETS, decodeFacetValue, encodeFacetValue, facetOptions } from '../../../src/lib/search/facets';

describe('facets', () => {
  it('encodes ids and labels, refusing an id with "|"', () => {
    expect(decodeFacetValue(encodeFacetValue({ id: 'quang-tri', label: 'Quảng Trị' }))).toEqual({ id: 'quang-tri', label: 'Quảng Trị' });
    expect(decodeFacetValue('ha-tinh/ubnd|Ủy ban | x')).toEqual({ id: 'ha-tinh/ubnd', label: 'Ủy ban | x' });
    expect(() => encodeFacetValue({ id: 'a|b', label: 'x' })).toThrow(/\|/);
  });

  it('orders facet options per facet: Vietnamese collation, years newest first, levels as given, documents by count', () => {
    const labels = (key: (typeof FACETS)[number]['key'], counts: Record<string, number>, selected: string | null = null, given: string[] = []) =>
      facetOptions(key, counts, selected, given).map((option) => `${option.label}:${option.count}${option.selected ? '*' : ''}`);
    expect(labels('tinh', { 'dak-lak|Đắk Lắk': 1, 'an-giang|An Giang': 2, 'ben-tre|Bến Tre': 1, 'dien-bien|Điện Biên': 1, 'da-nang|Đà Nẵng': 3 })).toEqual([
      'An Giang:2',
      'Bến Tre:1',
      'Đà Nẵng:3',
      'Đắk Lắk:1',
      'Điện Biên:1',
    ]);
    expect(labels('nam', { '2021|2021': 1, '2024|2024': 2, '2022|2022': 0 }, '2022')).toEqual(['2024:2', '2022:0*', '2021:1']);
    expect(labels('cap', { 'huyen|Cấp huyện': 1, 'tinh|Cấp tỉnh': 1, 'so-nganh|Sở': 1 }, null, ['tinh', 'so-nganh', 'huyen', 'xa'])).toEqual(['Cấp tỉnh:1', 'Sở:1', 'Cấp huyện:1']);
    expect(labels('van-ban', { 'a|Nghị quyết A': 1, 'b|Nghị quyết B': 3, 'c|Chỉ thị C': 0 })).toEqual(['Nghị quyết B:3', 'Nghị quyết A:1']);
  });
});

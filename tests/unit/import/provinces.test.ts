/** Provinces and cities by every name people write, and the era a date places them in. */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/catalog';
import { provinceInText, recogniseProvince } from '../../../src/lib/import/provinces';
import { readAgencies, readIndices, readProvinces } from '../../../scripts/lib/read-content';

const catalog = buildCatalog({ plans: [], agencies: readAgencies(), units: readProvinces(), indices: readIndices() });

describe('provinces', () => {
  it('recognises provinces by every common name, and the era by the date', () => {
    for (const name of ['TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'THÀNH PHỐ HỒ CHÍ MINH'])
      expect(recogniseProvince(name, catalog.units, '2025-11-18')?.id).toBe('ho-chi-minh-2025');
    expect(recogniseProvince('tỉnh Bà Rịa – Vũng Tàu', catalog.units, '2024-05-01')?.id).toBe('ba-ria-vung-tau');
    expect(recogniseProvince('Thành phố Cần Thơ', catalog.units, '2025-11-21')).toMatchObject({ id: 'can-tho-2025', file: 'can-tho' });
    expect(recogniseProvince('Hoà Bình', catalog.units, '2024-01-01')?.id).toBe('hoa-binh');
    expect(provinceInText('ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', catalog.units, '2025-11-18')?.id).toBe('dak-lak-2025');
  });

  it('recognises nothing in a name that is no province', () => {
    expect(recogniseProvince('Sở Nội vụ', catalog.units, '2025-11-18')).toBeNull();
  });
});

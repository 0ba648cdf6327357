/** The province and district schemas on their own (the real files are tested through the loaders). */
import { describe, expect, it } from 'vitest';
import { districtEntrySchema, provinceSchema, UNIT_TYPES } from '../../../src/lib/schemas/province';
import { readProvinces } from '../../../scripts/lib/read-content';

const quangTri = {
  name: 'Quảng Trị',
  fullName: 'Tỉnh Quảng Trị',
  type: 'tỉnh',
  tier: 'province',
  era: 'pre-2025',
  code: '45',
  slug: 'quang-tri',
  successor: 'quang-tri-2025',
  parent: null,
  until: '2025-06-30',
};

describe('schemas/province', () => {
  it('reads the 63 + 34 provinces and the districts the plans name', () => {
    const units = readProvinces();
    expect(units.filter((u) => u.data.tier === 'province' && u.data.era === 'pre-2025')).toHaveLength(63);
    expect(units.filter((u) => u.data.tier === 'province' && u.data.era === '2025')).toHaveLength(34);
    for (const unit of units.filter((u) => u.data.tier === 'province')) expect(provinceSchema.safeParse(unit.data).success, unit.id).toBe(true);
  });

  it('refuses a district entry without its fields', () => {
    expect(districtEntrySchema.safeParse({}).success).toBe(false);
  });

  it('defaults predecessors and the note, and refuses a bad code, date or type', () => {
    expect(provinceSchema.parse(quangTri)).toEqual({ ...quangTri, predecessors: [], note: null });
    expect(provinceSchema.safeParse({ ...quangTri, code: '4' }).error?.issues[0]?.path).toEqual(['code']);
    expect(provinceSchema.safeParse({ ...quangTri, until: '30/06/2025' }).error?.issues[0]?.path).toEqual(['until']);
    expect(provinceSchema.safeParse({ ...quangTri, type: 'xã' }).error?.issues[0]?.message).toBe(`expected type as one of: ${UNIT_TYPES.join(', ')}`);
  });

  it('reads a district entry as authors write it, and names what is expected', () => {
    const kyAnh = { province: 'ha-tinh', type: 'huyện', name: 'Kỳ Anh', source: 'Nghị định 08/2015/NĐ-CP' };
    expect(districtEntrySchema.parse(kyAnh)).toEqual({ ...kyAnh, code: null });
    expect(districtEntrySchema.safeParse({ ...kyAnh, type: 'tỉnh' }).error?.issues[0]?.message).toBe('expected type as one of: huyện, thị xã, thành phố thuộc tỉnh, quận');
    expect(districtEntrySchema.safeParse({ ...kyAnh, code: '45' }).error?.issues[0]?.message).toBe('expected code as the three-digit GSO district code');
  });
});

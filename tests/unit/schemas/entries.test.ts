/** The agency, index and province schemas on their own (the real files are tested through the loaders). */
import { describe, expect, it } from 'vitest';
import { agencySchema } from '../../../src/lib/schemas/agency';
import { indexSchema } from '../../../src/lib/schemas/index-entry';
import { districtEntrySchema, provinceSchema } from '../../../src/lib/schemas/province';
import { readIndices, readProvinces } from '../../../scripts/lib/read-content';

describe('schemas/agency', () => {
  const agency = { id: 'so-noi-vu', name: 'Sở Nội vụ tỉnh Quảng Trị', kind: 'so-noi-vu', level: 'so-nganh', province: 'quang-tri' };

  it('accepts an agency, defaulting short names and district', () => {
    expect(agencySchema.parse(agency)).toMatchObject({ shortNames: [], district: null });
  });

  it('names the field and what is expected when an entry is wrong', () => {
    expect(agencySchema.safeParse({ ...agency, kind: 'so-khong-co' }).error?.issues[0]?.message).toMatch(/^expected kind as one of: ubnd-tinh, /);
    expect(agencySchema.safeParse({ ...agency, level: 'quan' }).error?.issues[0]?.message).toMatch(/^expected level as one of: trung-uong, tinh/);
    expect(agencySchema.safeParse({ ...agency, extra: 1 }).success).toBe(false);
  });
});

describe('schemas/index-entry', () => {
  it('accepts every index of content/indices.yaml and refuses a pattern that is not a regular expression', () => {
    expect(readIndices().length).toBeGreaterThan(0);
    const [first] = readIndices();
    expect(indexSchema.safeParse({ ...first!.data, patterns: ['PCI('] }).error?.issues[0]?.message).toBe('"PCI(" is not a valid regular expression');
  });
});

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
});

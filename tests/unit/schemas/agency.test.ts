/** The agency schema on its own (the real files are tested through the loaders). */
import { describe, expect, it } from 'vitest';
import { agencySchema } from '../../../src/lib/schemas/agency';

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

  it('keeps what the file gives: short names, district, letterhead; a central body has no province', () => {
    const full = { ...agency, shortNames: ['Sở NV'], district: 'ha-tinh/huyen-ky-anh', letterhead: ['UBND TỈNH QUẢNG TRỊ', 'SỞ NỘI VỤ'] };
    expect(agencySchema.parse(full)).toEqual(full);
    expect(agencySchema.parse({ ...agency, province: null }).province).toBeNull();
  });

  it('names unknown fields, an empty letterhead and a missing name', () => {
    expect(agencySchema.safeParse({ ...agency, extra: 1, other: 2 }).error?.issues[0]?.message).toBe('unknown field(s) extra, other');
    expect(agencySchema.safeParse({ ...agency, letterhead: [] }).error?.issues[0]?.path).toEqual(['letterhead']);
    const { name: _name, ...nameless } = agency;
    expect(agencySchema.safeParse(nameless).error?.issues.map((issue) => issue.path)).toEqual([['name']]);
    expect(agencySchema.safeParse({ ...agency, district: 7 }).error?.issues[0]?.message).toBe('expected district as a district id such as "ha-tinh/huyen-ky-anh", or null');
  });
});

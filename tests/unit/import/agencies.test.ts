/** Agencies: a printed body matched to content/agencies/, or a new entry proposed for review. */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/catalog';
import { resolveAgency, runningName } from '../../../src/lib/import/agencies';
import { recogniseProvince } from '../../../src/lib/import/provinces';
import { readAgencies, readIndices, readProvinces } from '../../../scripts/lib/read-content';

const catalog = buildCatalog({ plans: [], agencies: readAgencies(), units: readProvinces(), indices: readIndices() });
const agencies = [...catalog.agencies.values()];

describe('agencies', () => {
  it('matches a known issuer and proposes a new one, marked for review, with no district after July 2025', () => {
    expect(resolveAgency('ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', null, agencies, catalog.units, '2022-01-05')).toMatchObject({ matched: true, id: 'quang-tri/ubnd-tinh' });
    const proposed = resolveAgency('SỞ CÔNG THƯƠNG', 'UBND TỈNH LÀO CAI', agencies, catalog.units, '2026-04-01');
    expect(proposed).toMatchObject({
      matched: false,
      id: 'lao-cai/so-cong-thuong',
      proposal: { file: 'content/agencies/lao-cai.yaml', name: 'Sở công thương tỉnh Lào Cai', level: 'so-nganh', kind: 'so-nganh-khac', province: 'lao-cai', district: null },
    });
    expect(proposed.proposal!.review).toMatch(/kiểm tra/);
  });

  it('writes a printed name as running text, with the place name spelt as the provinces list has it', () => {
    const hcm = recogniseProvince('Thành phố Hồ Chí Minh', catalog.units, '2025-11-18');
    expect(runningName('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', hcm)).toBe('Ủy ban nhân dân thành phố Hồ Chí Minh');
    expect(runningName('UBND TỈNH', null)).toBe('Ủy ban nhân dân tỉnh');
  });
});

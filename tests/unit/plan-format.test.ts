import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { agenciesByKind, districtsWithPlans, levelsWithPlans, provincesWithPlans, successorsWithPlans, unitsWithPlans, yearsWithPlans } from '../../src/lib/browse';
import { dateLabel, fullTitle, letterheadLines, numberLabel, placeDateLine, successorSentence, unitName, unitTitle } from '../../src/lib/plan-format';
import { readAgencies, readPlans, readIndices, readProvinces } from '../../scripts/lib/read-content';

const catalog = buildCatalog({
  plans: readPlans().map((plan) => ({ id: plan.id, data: plan.data })),
  agencies: readAgencies(),
  units: readProvinces(),
    indices: readIndices(),
});
const plan = (id: string) => catalog.plans.find((p) => p.id.includes(id))!;

describe('plan-format', () => {
  it('writes numbers, dates and the place-and-date line as the documents do', () => {
    expect(numberLabel(plan('84-kh-ubnd'))).toBe('84/KH-UBND');
    expect(numberLabel(plan('quang-tri'))).toBe('Chưa ghi số (…/KH-UBND)');
    expect(dateLabel(plan('ninh-phuoc'))).toBe('01/2024');
    expect(placeDateLine(plan('84-kh-ubnd'))).toBe('Kỳ Anh, ngày 12 tháng 01 năm 2024');
    expect(placeDateLine(plan('quang-tri'))).toBe('Quảng Trị, ngày … tháng … năm 2022');
    expect(placeDateLine(plan('105-kh-ubnd'))).toBe('ngày 30 tháng 12 năm 2020');
    expect(fullTitle(plan('105-kh-ubnd'))).toBe('Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2021');
  });

  it('uses the letterhead the source prints, else the issuer name', () => {
    expect(letterheadLines(plan('quang-tri'))).toEqual({ lines: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ'], fromSource: true });
    expect(letterheadLines(plan('84-kh-ubnd'))).toEqual({ lines: ['ỦY BAN NHÂN DÂN HUYỆN KỲ ANH'], fromSource: false });
  });

  it('names units and what became of them in 2025', () => {
    const benTre = plan('105-kh-ubnd');
    expect(unitName(benTre.province)).toBe('tỉnh Bến Tre');
    expect(unitTitle(benTre.province)).toBe('Tỉnh Bến Tre');
    expect(successorSentence(benTre.successor)).toBe('Từ 01/7/2025 thuộc tỉnh Vĩnh Long (Nghị quyết 202/2025/QH15).');
    expect(successorSentence(plan('cao-bang').successor)).toMatch(/^Giữ nguyên khi sắp xếp/);
  });
});

describe('browse groupings', () => {
  it('lists provinces, successors and districts in Vietnamese order', () => {
    expect(provincesWithPlans(catalog).map((g) => g.unit.name)).toEqual(['Bến Tre', 'Cao Bằng', 'Hà Tĩnh', 'Ninh Thuận', 'Quảng Trị']);
    expect(successorsWithPlans(catalog).map((g) => g.unit.name)).toEqual(['Cao Bằng', 'Hà Tĩnh', 'Khánh Hòa', 'Quảng Trị', 'Vĩnh Long']);
    expect(districtsWithPlans(catalog).map((g) => g.key)).toEqual(['ha-tinh/huyen-ky-anh', 'ninh-thuan/huyen-ninh-phuoc']);
  });

  it('gives every unit a page, with its plans as issued, as of 2025 or in its district', () => {
    const units = new Map(unitsWithPlans(catalog).map((g) => [g.key, g.plans.length]));
    expect(units.size).toBe(99);
    expect([units.get('ben-tre'), units.get('vinh-long-2025'), units.get('tra-vinh'), units.get('ha-tinh/huyen-ky-anh')]).toEqual([1, 1, 0, 1]);
  });

  it('lists years newest first and levels in their fixed order', () => {
    expect(yearsWithPlans(catalog).map((g) => [g.key, g.plans.length])).toEqual([[2024, 2], [2022, 2], [2021, 1]]);
    expect(levelsWithPlans(catalog).map((g) => [g.key, g.plans.length])).toEqual([['tinh', 2], ['so-nganh', 1], ['huyen', 2], ['xa', 0]]);
  });

  it('gathers agencies of one kind across provinces', () => {
    const soNoiVu = agenciesByKind(catalog).find((group) => group.kind === 'so-noi-vu')!;
    expect(soNoiVu.agencies.map((g) => g.agency.province)).toEqual(expect.arrayContaining(['quang-tri', 'ben-tre', 'cao-bang']));
  });
});

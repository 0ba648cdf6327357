import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { dateLabel, fullTitle, headerNumber, letterheadLines, numberLabel, placeDateLine, planCrumbLabel, successorSentence, unitName, unitTitle } from '../../src/lib/plan-format';
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

describe('plan-format: the plan page header', () => {
  it('prints the number after "Số:" as the document does, and the last breadcrumb', () => {
    expect(headerNumber(plan('84-kh-ubnd'))).toBe('84/KH-UBND');
    expect(headerNumber(plan('quang-tri'))).toBe('…/KH-UBND');
    const bare = plan('quang-tri');
    expect(headerNumber({ ...bare, data: { ...bare.data, symbol: null } })).toBe('…');
    expect(planCrumbLabel(plan('84-kh-ubnd'))).toBe('Kế hoạch 84/KH-UBND (2024)');
    expect(planCrumbLabel(plan('quang-tri'))).toBe('Kế hoạch chưa ghi số (2022)');
  });
});

import { describe, expect, it } from 'vitest';
import { planSchema, type PlanInput } from '../../../src/lib/schemas/plan';
import { readPlans } from '../../../scripts/lib/read-content';

/** A minimal valid plan; each test breaks one field. */
function valid(): PlanInput {
  return {
    number: '84/KH-UBND',
    symbol: 'KH-UBND',
    title: 'Tuyên truyền cải cách hành chính năm 2024',
    year: 2024,
    date: '2024-01-12',
    place: 'Kỳ Anh',
    issuer: 'ha-tinh/ubnd-huyen-ky-anh',
    level: 'huyen',
    province: 'ha-tinh',
    district: 'ha-tinh/huyen-ky-anh',
    status: 'ban-hanh',
    signer: { name: 'Dương Thị Vân Anh', title: 'Phó Chủ tịch', capacity: 'KT.', lines: ['KT. CHỦ TỊCH'] },
    source: { file: 'x.txt' },
  };
}

function issues(input: unknown): string[] {
  const result = planSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('plan schema', () => {
  it('accepts the five seed plans', () => {
    const plans = readPlans();
    expect(plans.map((plan) => plan.id)).toEqual([
      'ben-tre/ubnd-tinh/2021/105-kh-ubnd',
      'cao-bang/so-vhttdl/2022/tuyen-truyen-cchc',
      'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd',
      'ninh-thuan/ubnd-huyen-ninh-phuoc/2024/tuyen-truyen-cchc',
      'quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc',
    ]);
  });

  it('accepts a minimal plan and fills defaults', () => {
    const plan = planSchema.parse(valid());
    expect(plan.type).toBe('Kế hoạch');
    expect(plan.date).toEqual({ year: 2024, month: 1, day: 12 });
    expect(plan.tasks).toEqual([]);
  });

  it('names the field and what is expected', () => {
    const { title: _title, ...noTitle } = valid();
    expect(issues(noTitle)).toEqual([expect.stringMatching(/^title: expected title \(the trích yếu/)]);
    expect(issues({ ...valid(), number: '84/ KH-UBND' })).toEqual([expect.stringMatching(/^number: "84\/ KH-UBND" is not a valid number: expected a document number without spaces/)]);
    expect(issues({ ...valid(), date: '2024-02-31' })).toEqual([expect.stringMatching(/^date: day 31 does not exist in 02\/2024/)]);
    expect(issues({ ...valid(), date: '31/02/2024' })).toEqual([expect.stringMatching(/^date: .*YYYY-MM-DD/)]);
    expect(issues({ ...valid(), level: 'quan' })).toEqual([expect.stringMatching(/^level: expected level as one of: tinh, so-nganh, huyen, xa/)]);
    expect(issues({ ...valid(), indices: ['PCI'] })).toEqual([expect.stringMatching(/^indices.0: expected each index \(an id of content\/indices.yaml/)]);
    expect(issues({ ...valid(), signer: { ...valid().signer, capacity: 'T/M' } })).toEqual([expect.stringMatching(/^signer.capacity:/)]);
    expect(issues({ ...valid(), subtitle: 'x' })).toEqual([expect.stringMatching(/unknown field\(s\) subtitle/)]);
    expect(issues({ ...valid(), title: 'x'.repeat(2000) })).toEqual([expect.stringMatching(/^title: title is longer than 500/)]);
  });

  it('keeps a draft unnumbered and refuses inconsistent status', () => {
    expect(issues({ ...valid(), number: null, status: 'du-thao' })).toEqual([]);
    expect(issues({ ...valid(), number: null })).toEqual(['status: an issued plan ("ban-hanh") needs its number']);
    expect(issues({ ...valid(), status: 'du-thao' })).toEqual(['status: a plan with a number is issued: expected status "ban-hanh"']);
    expect(issues({ ...valid(), symbol: 'QĐ-UBND' })).toEqual([expect.stringMatching(/^symbol: symbol "QĐ-UBND" differs/)]);
  });

  it('accepts partial dates as the sources write them, and no date', () => {
    expect(planSchema.parse({ ...valid(), number: null, status: 'du-thao', date: '2024-01' }).date).toEqual({ year: 2024, month: 1, day: null });
    expect(planSchema.parse({ ...valid(), number: null, status: 'du-thao', date: 2022 }).date).toEqual({ year: 2022, month: null, day: null });
    expect(planSchema.parse({ ...valid(), date: null }).date).toBeNull();
  });

  it('needs a district for a district plan and none for a provincial one', () => {
    expect(issues({ ...valid(), district: null })).toEqual([expect.stringMatching(/^district: a district plan/)]);
    expect(issues({ ...valid(), level: 'tinh' })).toEqual([expect.stringMatching(/^district: a plan of level "tinh" has no district/)]);
  });

  it('normalises decomposed Vietnamese text to NFC', () => {
    const plan = planSchema.parse({ ...valid(), title: valid().title.normalize('NFD') });
    expect(plan.title).toBe(valid().title);
  });
});

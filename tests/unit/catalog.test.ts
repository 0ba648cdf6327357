import { describe, expect, it } from 'vitest';
import { buildCatalog, type Entry } from '../../src/lib/catalog';
import { ContentError } from '../../src/lib/content-error';
import type { PlanData } from '../../src/lib/schemas/plan';
import { readAgencies, readPlans, readIndices, readProvinces } from '../../scripts/lib/read-content';

const agencies = readAgencies();
const units = readProvinces();
const indices = readIndices();
const seeds = readPlans().map((plan): Entry<PlanData> => ({ id: plan.id, data: plan.data, filePath: `content/plans/${plan.id}.mdx` }));
const kyAnh = seeds.find((plan) => plan.id.endsWith('84-kh-ubnd'))!;

function problems(plans: Entry<PlanData>[]): string[] {
  try {
    buildCatalog({ plans, agencies, units, indices });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map((p) => `${p.file} › ${p.field}: ${p.message}`);
  }
}

describe('catalog', () => {
  it('joins the seeds to their agencies and provinces, newest first', () => {
    const catalog = buildCatalog({ plans: seeds, agencies, units, indices });
    expect(catalog.plans.map((plan) => [plan.data.date ? plan.data.date.year : null, plan.issuer.name])).toEqual([
      [2024, 'Ủy ban nhân dân huyện Kỳ Anh'],
      [2024, 'Ủy ban nhân dân huyện Ninh Phước'],
      [2022, 'Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng'],
      [2022, 'Ủy ban nhân dân tỉnh Quảng Trị'],
      [2020, 'Ủy ban nhân dân tỉnh Bến Tre'],
    ]);
    const benTre = catalog.plans.at(-1)!;
    expect(benTre.url).toBe('/ke-hoach/ben-tre/ubnd-tinh/2021/105-kh-ubnd/');
    expect(benTre.successor.key).toBe('vinh-long-2025');
    expect(benTre.successor.predecessors).toContain('ben-tre');
    expect(catalog.plans[0]!.district?.key).toBe('ha-tinh/huyen-ky-anh');
  });

  it('refuses an unknown agency, province and district, naming file and field', () => {
    expect(problems([{ ...kyAnh, data: { ...kyAnh.data, issuer: 'ha-tinh/ubnd-huyen-khong-co' } }])).toEqual([
      expect.stringMatching(/^content\/plans\/ha-tinh\/ubnd-huyen-ky-anh\/2024\/84-kh-ubnd\.mdx › issuer: unknown agency "ha-tinh\/ubnd-huyen-khong-co"/),
      expect.stringMatching(/the file must be content\/plans\/ha-tinh\/ubnd-huyen-khong-co\/2024\/84-kh-ubnd\.mdx/),
    ]);
    expect(problems([{ ...kyAnh, data: { ...kyAnh.data, province: 'atlantis' } }])).toEqual([
      expect.stringMatching(/› province: unknown province "atlantis"/),
      expect.stringMatching(/› district: unknown district "ha-tinh\/huyen-ky-anh": expected a district of "atlantis"/),
      expect.stringMatching(/› province: "atlantis" differs from the issuer's province "ha-tinh"/),
    ]);
    expect(problems([{ ...kyAnh, data: { ...kyAnh.data, district: 'ha-tinh/thi-xa-ky-anh' } }])[0]).toMatch(/› district: unknown district "ha-tinh\/thi-xa-ky-anh"/);
  });

  it('refuses an unknown index and an unknown agency in the duties', () => {
    expect(problems([{ ...kyAnh, data: { ...kyAnh.data, indices: ['gdp'] } }])).toEqual([expect.stringMatching(/› indices\.0: unknown index "gdp": expected one of par-index, papi, pci/)]);
    const duties = [{ agency: 'ha-tinh/khong-co', named: 'X', request: false, items: ['y'] }];
    expect(problems([{ ...kyAnh, data: { ...kyAnh.data, duties } }])).toEqual([expect.stringMatching(/› duties\.0\.agency: unknown agency "ha-tinh\/khong-co"/)]);
  });

  it('refuses a 2025 province where the province as issued is expected', () => {
    expect(problems([{ ...kyAnh, data: { ...kyAnh.data, province: 'ha-tinh-2025' } }])[0]).toMatch(/unknown province "ha-tinh-2025"/);
  });

  it('refuses two plans with one identity', () => {
    const copy = { ...kyAnh, id: 'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd', filePath: 'content/plans/copy.mdx' };
    expect(problems([kyAnh, copy])).toEqual([expect.stringMatching(/^content\/plans\/copy\.mdx › number: same identity as content\/plans\/ha-tinh/)]);
  });

  it('requires the file path to be the plan identity', () => {
    const moved = { ...kyAnh, id: 'ha-tinh/ubnd-huyen-ky-anh/2024/ke-hoach-84' };
    expect(problems([moved])[0]).toMatch(/the file must be content\/plans\/ha-tinh\/ubnd-huyen-ky-anh\/2024\/84-kh-ubnd\.mdx/);
    const wrongYear = { ...kyAnh, data: { ...kyAnh.data, year: 2023 } };
    expect(problems([wrongYear])[0]).toMatch(/ubnd-huyen-ky-anh\/2023\/84-kh-ubnd\.mdx/);
  });

  it('keeps aliases as redirects and refuses an alias taken by another plan', () => {
    const withAlias = { ...kyAnh, data: { ...kyAnh.data, aliases: ['ha-tinh/ubnd-huyen-ky-anh/2024/ke-hoach-cu'] } };
    const catalog = buildCatalog({ plans: [withAlias], agencies, units, indices });
    expect(catalog.aliases.get('ha-tinh/ubnd-huyen-ky-anh/2024/ke-hoach-cu')?.id).toBe(kyAnh.id);
    const clash = { ...kyAnh, data: { ...kyAnh.data, aliases: [kyAnh.id] } };
    expect(problems([clash])[0]).toMatch(/› aliases: .* is already the path or alias of another plan/);
  });
});

/** Each cross-collection check on its own; tests/unit/catalog.test.ts checks the builder gathers them. */
import { describe, expect, it } from 'vitest';
import { agencyProblems, aliasMap, dateProblems, identityProblems, pathProblems, placeProblems, planIdentity, referenceProblems } from '../../src/lib/catalog-checks';
import { seedCorpus } from '../helpers/corpus';

const { catalog, plan } = seedCorpus();
const kyAnh = plan('84-kh-ubnd');
const F = 'content/plans/x.mdx';
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('catalog-checks', () => {
  it('passes every seed plan and agency', () => {
    for (const p of catalog.plans) {
      expect(
        [
          ...placeProblems(F, p.data, catalog.agencies, catalog.units),
          ...referenceProblems(F, p.data, catalog.agencies, catalog.indices),
          ...dateProblems(F, p.data),
          ...pathProblems(F, p.id, p.data),
        ],
        p.id,
      ).toEqual([]);
    }
    for (const agency of catalog.agencies.values()) expect(agencyProblems(F, agency, catalog.units), agency.key).toEqual([]);
  });

  it('refuses an agency in an unknown province or a district of another province', () => {
    const agency = catalog.agencies.get('ha-tinh/ubnd-huyen-ky-anh')!;
    expect(fields(agencyProblems(F, { ...agency, province: 'ha-tinh-2025' }, catalog.units))).toEqual(['ubnd-huyen-ky-anh.province', 'ubnd-huyen-ky-anh.district']);
  });

  it('refuses an unknown issuer, and a plan that disagrees with its issuer', () => {
    expect(fields(placeProblems(F, { ...kyAnh.data, issuer: 'ha-tinh/khong-co' }, catalog.agencies, catalog.units))).toEqual(['issuer']);
    expect(placeProblems(F, { ...kyAnh.data, level: 'tinh' }, catalog.agencies, catalog.units)).toEqual([{ file: F, field: 'level', message: '"tinh" differs from the issuer\'s level "huyen"' }]);
    expect(fields(placeProblems(F, { ...kyAnh.data, district: 'ha-tinh/huyen-khong-co' }, catalog.agencies, catalog.units))).toEqual(['district', 'district']);
  });

  it('refuses unknown indices and duty agencies, by position', () => {
    const duty = { ...kyAnh.data.duties[0]!, agency: 'ha-tinh/khong-co' };
    expect(fields(referenceProblems(F, { ...kyAnh.data, indices: ['pci', 'khong-co'], duties: [duty] }, catalog.agencies, catalog.indices))).toEqual(['indices.1', 'duties.0.agency']);
  });

  it('refuses an issue year more than a year from the plan year', () => {
    expect(dateProblems(F, { ...kyAnh.data, date: { year: 2022, month: 1, day: 12 } })[0]?.message).toMatch(/issued in 2022 for year 2024/);
    expect(dateProblems(F, { ...kyAnh.data, date: { year: 2023, month: 12, day: 30 } })).toEqual([]);
  });

  it('requires the path to be issuer/year/number, naming the file expected', () => {
    expect(pathProblems(F, 'ha-tinh/ubnd-huyen-ky-anh/2024/85-kh-ubnd', kyAnh.data)[0]?.message).toMatch(/^the file must be content\/plans\/ha-tinh\/ubnd-huyen-ky-anh\/2024\/84-kh-ubnd\.mdx/);
    const draft = plan('quang-tri');
    expect(pathProblems(F, 'quang-tri/ubnd-tinh/2022/Bad_Slug', draft.data)[0]?.message).toMatch(/<slug>\.mdx \(issuer\/year\/a slug of your choice/);
  });

  it('knows a plan by issuer, issue year and number, an unnumbered one by its path, and refuses a second', () => {
    expect(planIdentity(kyAnh.id, kyAnh.data)).toBe('number:ha-tinh/ubnd-huyen-ky-anh|2024|84/KH-UBND');
    expect(planIdentity('a/b/2022/x', plan('quang-tri').data)).toBe('path:a/b/2022/x');
    const seen = new Map<string, string>();
    expect(identityProblems('a.mdx', kyAnh.id, kyAnh.data, seen)).toEqual([]);
    expect(identityProblems('b.mdx', kyAnh.id, kyAnh.data, seen)[0]).toMatchObject({ file: 'b.mdx', field: 'number', message: expect.stringMatching(/^same identity as a\.mdx/) });
  });

  it('maps aliases to their plans and refuses an alias that is a path or another alias', () => {
    const withAlias = { ...kyAnh, data: { ...kyAnh.data, aliases: ['ha-tinh/ubnd-huyen-ky-anh/2024/cu'] } };
    expect(aliasMap([withAlias]).aliases.get('ha-tinh/ubnd-huyen-ky-anh/2024/cu')).toBe(withAlias);
    const other = plan('105-kh-ubnd');
    const { problems } = aliasMap([withAlias, { ...other, data: { ...other.data, aliases: ['ha-tinh/ubnd-huyen-ky-anh/2024/cu', kyAnh.id] } }]);
    expect(problems.map((p) => p.message)).toEqual(['"ha-tinh/ubnd-huyen-ky-anh/2024/cu" is already the path or alias of another plan', `"${kyAnh.id}" is already the path or alias of another plan`]);
  });
});

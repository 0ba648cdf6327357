import { describe, expect, it } from 'vitest';
import {
  agenciesByKind,
  agenciesInContent,
  unitsInContent,
  agenciesWithPlans,
  byIssuer,
  indicesWithPlans,
  byLevel,
  byProvince,
  bySuccessor,
  byYear,
  districtsWithPlans,
  groupPlans,
  levelsWithPlans,
  provincesWithPlans,
  successorsWithPlans,
  unitsWithPlans,
  yearsWithPlans,
} from '../../src/lib/browse';
import { seedCorpus } from '../helpers/corpus';

const { catalog, assignments } = seedCorpus();

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
    expect(yearsWithPlans(catalog).map((g) => [g.key, g.plans.length])).toEqual([
      [2024, 2],
      [2022, 2],
      [2021, 1],
    ]);
    expect(levelsWithPlans(catalog).map((g) => [g.key, g.plans.length])).toEqual([
      ['tinh', 2],
      ['so-nganh', 1],
      ['huyen', 2],
      ['xa', 0],
    ]);
  });

  it('gathers agencies of one kind across provinces', () => {
    const soNoiVu = agenciesByKind(catalog).find((group) => group.kind === 'so-noi-vu')!;
    expect(soNoiVu.agencies.map((g) => g.agency.province)).toEqual(expect.arrayContaining(['quang-tri', 'ben-tre', 'cao-bang']));
  });

  it('keeps the agencies the content speaks of: issuers and those given a duty or task, in the same order', () => {
    const all = agenciesWithPlans(catalog);
    const inContent = agenciesInContent(catalog, assignments.byAgency);
    expect(inContent).toEqual(all.filter((g) => g.plans.length > 0 || assignments.byAgency.has(g.key)));
    // The seeds' registry names bodies no plan mentions: they get no page.
    expect(inContent.length).toBeLessThan(all.length);
    for (const plan of catalog.plans) expect(inContent.map((g) => g.key)).toContain(plan.issuer.key);
    for (const key of assignments.byAgency.keys()) expect(inContent.map((g) => g.key)).toContain(key);
    // Only `has` is asked: a set of keys does as well as the assignments map.
    expect(agenciesInContent(catalog, new Set<string>())).toEqual(all.filter((g) => g.plans.length > 0));
  });

  it('groups by kind only the agencies in content when given their keys', () => {
    const keys = new Set(agenciesInContent(catalog, assignments.byAgency).map((g) => g.key));
    const kinds = agenciesByKind(catalog, assignments.byAgency);
    expect(kinds.flatMap((k) => k.agencies.map((g) => g.key)).sort()).toEqual([...keys].sort());
    for (const kind of kinds) expect(kind.agencies.length).toBeGreaterThan(0);
  });
});

describe('grouping plans', () => {
  it('groups by a key, keeping catalog order inside each group and first-seen order of the groups', () => {
    const groups = groupPlans(catalog.plans, byYear);
    expect([...groups.keys()]).toEqual([...new Set(catalog.plans.map((p) => p.data.year))]);
    for (const [year, plans] of groups) expect(plans).toEqual(catalog.plans.filter((p) => p.data.year === year));
  });

  it('keys plans by province as issued, 2025 province, issuer and level', () => {
    const kyAnh = catalog.plans.find((p) => p.id.endsWith('84-kh-ubnd'))!;
    expect([byProvince(kyAnh), bySuccessor(kyAnh), byIssuer(kyAnh), byLevel(kyAnh), byYear(kyAnh)]).toEqual(['ha-tinh', 'ha-tinh-2025', 'ha-tinh/ubnd-huyen-ky-anh', 'huyen', 2024]);
  });
});

describe('indices with their plans', () => {
  it('lists every index in the collection’s order with the plans targeting it', () => {
    const groups = indicesWithPlans(catalog);
    expect(groups.map((g) => g.index.id)).toEqual([...catalog.indices.keys()]);
    const pci = groups.find((g) => g.index.id === 'pci')!;
    expect(pci.plans).toEqual(catalog.plans.filter((p) => p.data.indices.includes('pci')));
    expect(pci.plans.length).toBeGreaterThan(0);
  });
});

describe('units with a page', () => {
  const agencies = agenciesInContent(catalog, assignments.byAgency);

  it('keeps every province and the districts plans are filed in', () => {
    const units = unitsInContent(catalog, agencies);
    expect(units.map((g) => g.key)).toEqual(unitsWithPlans(catalog).map((g) => g.key));
    expect(units.filter((g) => g.unit.tier === 'province')).toHaveLength([...catalog.units.values()].filter((u) => u.tier === 'province').length);
  });

  it('leaves out a district no plan and no agency with a page names, and keeps one an agency is in', () => {
    const kyAnh = catalog.units.get('ha-tinh/huyen-ky-anh')!;
    const empty = { ...kyAnh, key: 'ha-tinh/huyen-khong-co', name: 'Không Có' };
    const named = { ...kyAnh, key: 'ha-tinh/huyen-co-co-quan', name: 'Có Cơ Quan' };
    const units = new Map([...catalog.units, [empty.key, empty], [named.key, named]]);
    const agency = { ...agencies[0]!.agency, key: 'ha-tinh/phong-thu', district: named.key };
    const keys = unitsInContent({ ...catalog, units }, [...agencies, { key: agency.key, agency, plans: [] }]).map((g) => g.key);
    expect(keys).toContain(named.key);
    expect(keys).not.toContain(empty.key);
    expect(keys).toContain('ha-tinh/huyen-ky-anh');
  });
});

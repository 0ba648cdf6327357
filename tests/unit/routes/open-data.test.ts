/** The open-data page's route data and the bulk files' scopes, on the real corpus. */
import { describe, expect, it } from 'vitest';
import { openDataPageData, openDataPaths, openDataScopes, scopeParam } from '../../../src/data/routes/open-data';
import { planRecordFields } from '../../../src/lib/open-data';
import { getCatalog, getRecords } from '../../../src/data/catalog';

describe('routes/open-data', () => {
  it('counts the plans, names an example record, lists the schema’s own field descriptions and the years, newest first', async () => {
    const catalog = await getCatalog();
    const data = await openDataPageData();
    expect(data.count).toBe(catalog.plans.length);
    expect(data.exampleId).toBe(catalog.plans[0]!.id);
    expect(data.fields).toEqual(planRecordFields());
    expect(data.years).toEqual([
      { year: 2024, count: 2 },
      { year: 2022, count: 2 },
      { year: 2021, count: 1 },
    ]);
  });

  it('scopes the bulk files to the archive, then each year, each plan beside its own record', async () => {
    const [catalog, records, scopes] = await Promise.all([getCatalog(), getRecords(), openDataScopes()]);
    expect(scopes.map((s) => s.year)).toEqual([null, 2024, 2022, 2021]);
    expect(scopes[0]!.plans).toEqual(catalog.plans);
    expect(scopes[0]!.records).toEqual(records);
    for (const scope of scopes.slice(1)) {
      expect(scope.plans.every((plan) => plan.data.year === scope.year)).toBe(true);
      scope.plans.forEach((plan, i) => expect(scope.records[i]!.id).toBe(plan.id));
    }
    expect(scopes.slice(1).flatMap((s) => s.plans).length).toBe(catalog.plans.length);
    expect([scopeParam(null), scopeParam(2024)]).toEqual([undefined, 'nam/2024']);
  });

  it('keys each file of each scope apart', async () => {
    const [json, csv] = await Promise.all([openDataPaths('ke-hoach.json'), openDataPaths('ke-hoach.csv')]);
    expect(json.map((p) => p.params.scope)).toEqual([undefined, 'nam/2024', 'nam/2022', 'nam/2021']);
    const keys = [...json, ...csv].map((p) => p.cacheKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect((await openDataPaths('ke-hoach.json')).map((p) => p.cacheKey)).toEqual(json.map((p) => p.cacheKey));
  });
});

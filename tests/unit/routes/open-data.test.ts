/** The open-data page's route data, on the real corpus. */
import { describe, expect, it } from 'vitest';
import { openDataPageData } from '../../../src/data/routes/open-data';
import { planRecordFields } from '../../../src/lib/open-data';
import { getCatalog } from '../../../src/data/catalog';

describe('routes/open-data', () => {
  it('counts the plans, names an example record and lists the schema’s own field descriptions', async () => {
    const catalog = await getCatalog();
    const data = await openDataPageData();
    expect(data.count).toBe(catalog.plans.length);
    expect(data.exampleId).toBe(catalog.plans[0]!.id);
    expect(data.fields).toEqual(planRecordFields());
  });
});

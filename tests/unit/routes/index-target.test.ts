/** Route data of the index pages (/chi-so/<id>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { indexPageData, indexPaths } from '../../../src/data/routes/index-target';
import { getCatalog } from '../../../src/data/catalog';

describe('routes/index-target', () => {
  it('lists the plans targeting an index, each with the sentences naming it', async () => {
    const catalog = await getCatalog();
    expect((await indexPaths()).map((p) => p.params.id)).toEqual([...catalog.indices.keys()]);
    const data = await indexPageData(catalog.indices.get('pci')!);
    expect(data.crumbs.at(-1)).toEqual({ label: 'PCI' });
    expect(data.plans.map((p) => p.plan.id)).toEqual(catalog.plans.filter((p) => p.data.indices.includes('pci')).map((p) => p.id));
    const kyAnh = data.plans.find((p) => p.plan.id.endsWith('84-kh-ubnd'))!;
    expect(kyAnh.mentions.length).toBeGreaterThan(0);
    for (const sentence of kyAnh.mentions) expect(sentence).toMatch(/PCI|năng lực cạnh tranh/i);
  });
});

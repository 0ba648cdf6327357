/** Route data of the index pages (/chi-so/<id>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { indexPageData, indexPaths } from '../../../src/data/routes/index-target';
import { getCatalog } from '../../../src/data/catalog';
import { PAGE_SIZE, paginateList } from '../../../src/lib/pagination';

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
    expect([data.total, data.range, data.base]).toEqual([data.plans.length, null, '/chi-so/pci/']);
  });

  it('reads the mentions of one page’s plans only, and names the page after the first', async () => {
    const catalog = await getCatalog();
    const pci = catalog.indices.get('pci')!;
    const targeting = catalog.plans.filter((p) => p.data.indices.includes('pci'));
    const many = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => targeting[i % targeting.length]!);
    const data = await indexPageData(pci, paginateList(many)[1]!);
    expect(data.total).toBe(PAGE_SIZE + 1);
    expect(data.plans.map((p) => p.plan)).toEqual([many[PAGE_SIZE]]);
    expect(data.title).toBe(`PCI: ${pci.name} — trang 2/2`);
    expect(data.crumbs.at(-1)).toEqual({ label: 'Trang 2' });
  });

  it('computes each page’s data with its path, and keys the page on it', async () => {
    const paths = await indexPaths();
    for (const { props } of paths) expect(props.data).toEqual(await indexPageData(props.index, props.page));
    expect(new Set(paths.map((p) => p.cacheKey)).size).toBe(paths.length);
    expect((await indexPaths()).map((p) => p.cacheKey)).toEqual(paths.map((p) => p.cacheKey));
  });
});

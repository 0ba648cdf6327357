/** Route data of the indices index (/chi-so/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { indexTargetsPageData } from '../../../src/data/routes/index-targets';

describe('routes/index-targets', () => {
  it('lists every index in the collection’s order with its name, link and number of plans', async () => {
    const { indices } = await indexTargetsPageData();
    expect(indices.map((i) => [i.id, i.plans])).toEqual([
      ['par-index', 3],
      ['papi', 3],
      ['pci', 5],
      ['ddci', 3],
      ['sipas', 2],
      ['ict-index', 2],
      ['dti', 1],
      ['ipa', 1],
    ]);
    const pci = indices.find((i) => i.id === 'pci')!;
    expect([pci.label, pci.href]).toEqual(['PCI', '/chi-so/pci/']);
    expect(pci.name).toMatch(/năng lực cạnh tranh/i);
  });

  it('gives the chart one row per index, counted per plan year', async () => {
    const { chart } = await indexTargetsPageData();
    const pci = chart.find((r) => r.id === 'pci')!;
    expect(pci.total).toBe(5);
    expect(pci.counts).toEqual([
      { year: 2021, count: 1 },
      { year: 2022, count: 2 },
      { year: 2023, count: 0 },
      { year: 2024, count: 2 },
    ]);
  });
});

/** Route data of the permalinks by number, on the real corpus. */
import { describe, expect, it } from 'vitest';
import { permalinkPageData, permalinkPaths } from '../../../src/data/routes/permalink';
import { permalinks } from '../../../src/lib/permalinks';
import { seedCorpus } from '../../helpers/corpus';

const { catalog, plan } = seedCorpus();

describe('routes/permalink', () => {
  it('leads an issuer’s permalink to its one plan, and lists the plans of a bare number', async () => {
    const links = permalinks(catalog);
    const byIssuer = permalinkPageData(links.find((l) => l.path === '84-kh-ubnd/ha-tinh-ubnd-huyen-ky-anh')!);
    expect(byIssuer).toEqual({ number: '84/KH-UBND', single: plan('84-kh-ubnd'), crumbs: [{ label: 'Số 84/KH-UBND' }] });
    expect(permalinkPageData(links.find((l) => l.path === '84-kh-ubnd')!).single).toBeNull();
  });
});

describe('routes/permalink paths', () => {
  it('has a page for every permalink', async () => {
    expect((await permalinkPaths()).map((p) => p.params.path)).toEqual(permalinks(catalog).map((l) => l.path));
  });
});

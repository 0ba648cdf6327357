import { describe, expect, it } from 'vitest';
import { issuerSegment, permalinks, planPermalink } from '../../src/lib/permalinks';
import { seedCorpus } from '../helpers/corpus';

const { catalog, plan } = seedCorpus();

describe('permalinks', () => {
  it('writes the issuer with its slash as a hyphen', () => {
    expect(issuerSegment(plan('84-kh-ubnd'))).toBe('ha-tinh-ubnd-huyen-ky-anh');
  });

  it('gives a numbered plan /so/<number>/<issuer>/, an unnumbered one none', () => {
    expect(planPermalink(plan('84-kh-ubnd'))).toBe('/so/84-kh-ubnd/ha-tinh-ubnd-huyen-ky-anh/');
    expect(planPermalink(plan('quang-tri'))).toBeNull();
  });

  it('lists /so/<number>/ with every plan of that number, and /so/<number>/<issuer>/ with the issuer’s', () => {
    const links = permalinks(catalog);
    const numbered = catalog.plans.filter((p) => p.data.number !== null);
    expect(links).toHaveLength(new Set(numbered.map((p) => p.data.number)).size + numbered.length);
    expect(links.find((l) => l.path === '84-kh-ubnd')?.plans).toEqual([plan('84-kh-ubnd')]);
    expect(links.find((l) => l.path === '84-kh-ubnd/ha-tinh-ubnd-huyen-ky-anh')?.plans).toEqual([plan('84-kh-ubnd')]);
  });

  it('keeps every plan sharing a number under /so/<number>/ (numbers are unique per issuer and year only)', () => {
    const kyAnh = plan('84-kh-ubnd');
    const other = plan('105-kh-ubnd');
    const twin = { ...other, data: { ...other.data, number: '84/KH-UBND' } };
    const links = permalinks({ ...catalog, plans: [kyAnh, twin] });
    expect(links.find((l) => l.path === '84-kh-ubnd')?.plans).toEqual([kyAnh, twin]);
    expect(links.map((l) => l.path)).toEqual(['84-kh-ubnd', '84-kh-ubnd/ha-tinh-ubnd-huyen-ky-anh', '84-kh-ubnd/ben-tre-ubnd-tinh']);
  });
});

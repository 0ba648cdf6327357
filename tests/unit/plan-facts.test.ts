import { describe, expect, it } from 'vitest';
import { correctionLabel, planFacts } from '../../src/lib/plan-facts';
import { seedCorpus } from '../helpers/corpus';

const { plan, index, catalog } = seedCorpus();

describe('plan-facts', () => {
  const facts = planFacts(plan('84-kh-ubnd'), index, catalog.indices);

  it('cuts each legal-basis entry at its citations, every character kept, each citation linked', () => {
    const basis = plan('84-kh-ubnd').data.legalBasis;
    expect(facts.basis.map((parts) => parts.map((p) => p.text).join(''))).toEqual(basis);
    expect(facts.basis[1]!.filter((p) => p.href).map((p) => [p.text, p.href])).toEqual([
      ['Công văn số 53/STTTT-TTBCXB ngày 12/01/2024', '/van-ban/ha-tinh-53-stttt-ttbcxb-2024/'],
      ['Kế hoạch số 08/KH-UBND ngày 08/01/2024', '/van-ban/ha-tinh-08-kh-ubnd-2024/'],
    ]);
  });

  it('gives the permalink by number, or the page URL of an unnumbered plan, and the open-data file', () => {
    expect(facts.permalink).toBe('/so/84-kh-ubnd/ha-tinh-ubnd-huyen-ky-anh/');
    expect(facts.dataUrl).toBe('/du-lieu/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.json');
    const draft = plan('quang-tri');
    expect(planFacts(draft, index, catalog.indices).permalink).toBe(draft.url);
  });

  it('names the indices by label and full name, in the plan’s order', () => {
    expect(facts.indices.map((i) => [i.href, i.label])).toEqual([
      ['/chi-so/pci/', 'PCI'],
      ['/chi-so/ddci/', 'DDCI'],
    ]);
  });

  it('words corrections with their count and the original’s line breaks as ↵', () => {
    expect(facts.corrections).toEqual(['“Bru điện” → “Bưu điện” (4 lần)', '“bu chính” → “bưu chính”']);
    expect(correctionLabel({ original: 'cải cách\n  hành chính', corrected: 'cải cách hành chính', count: 1 })).toBe('“cải cách ↵ hành chính” → “cải cách hành chính”');
  });
});

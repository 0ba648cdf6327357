import { describe, expect, it } from 'vitest';
import { chartIds, countSummary } from '../../src/lib/charts/figure';

describe('charts/figure', () => {
  it('ties the SVG to its title then description, and the figure to its caption', () => {
    expect(chartIds('bieu-do-nam')).toEqual({ caption: 'bieu-do-nam-cap', title: 'bieu-do-nam-t', desc: 'bieu-do-nam-d', labelledBy: 'bieu-do-nam-t bieu-do-nam-d' });
  });

  it('summarises items as "label: count" joined by semicolons', () => {
    const rows = [
      { label: 'PCI', total: 5 },
      { label: 'PAPI', total: 1200 },
    ];
    expect(
      countSummary(
        rows,
        (r) => r.label,
        (r) => r.total,
      ),
    ).toBe('PCI: 5; PAPI: 1.200');
    expect(
      countSummary(
        [{ year: 2024, total: 2 }],
        (r) => r.year,
        (r) => r.total,
      ),
    ).toBe('2024: 2');
    expect(countSummary([], String, Number)).toBe('');
  });
});

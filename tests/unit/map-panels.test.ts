import { describe, expect, it } from 'vitest';
import { buildProvinceMaps } from '../../src/lib/map/province-maps';
import { MAP_ERAS, mapPanels, unitLabel } from '../../src/lib/map/panels';
import type { MapEntries, UnitEntry } from '../../src/lib/map/entries';
import { reference, topology } from '../helpers/geo';

describe('mapPanels', () => {
  const ref = reference();
  const maps = buildProvinceMaps(topology(), ref);
  // Counts made up for the test: Quảng Trị 12, Quảng Bình 3 (one 2025 Quảng Trị: 15), all else none.
  const entry = (name: string, url: string, count: number): UnitEntry => ({ name, url, count });
  const entries: MapEntries = {
    units63: new Map(ref.units63.map((u) => [u.slug, entry(u.slug, `/tinh/${u.slug}/`, u.slug === 'quang-tri' ? 12 : u.slug === 'quang-binh' ? 3 : 0)])),
    units2025: new Map(ref.units2025.map((u) => [u.slug, entry(u.slug, `/tinh/${u.slug}-2025/`, u.slug === 'quang-tri' ? 15 : 0)])),
  };
  const panels = mapPanels(maps, entries, { '63': '#t63', '2025': '#t34' });

  it('gives one panel per era, 2025 first, each with its id, title, units and table link', () => {
    expect(MAP_ERAS.map((e) => e.era)).toEqual(['2025', '63']);
    expect(panels.map((p) => [p.id, p.units.length, p.tableHref])).toEqual([
      ['ban-do-34', 34, '#t34'],
      ['ban-do-63', 63, '#t63'],
    ]);
    expect(panels[1]!.title).toBe('63 tỉnh, thành phố trước ngày 01/7/2025: số kế hoạch khi ban hành');
    expect(panels.map((p) => p.archipelagos)).toEqual([maps.archipelagos2025, maps.archipelagos63]);
    for (const p of panels) expect([p.width, p.height]).toEqual([maps.width, maps.height]);
  });

  it('links every unit with its count in its label, its shapes and one shading for both eras', () => {
    const qt = panels[0]!.units.find((u) => u.href === '/tinh/quang-tri-2025/')!;
    expect(qt.label).toBe('quang-tri: 15 kế hoạch');
    expect(qt.d).toBe(maps.units2025.find((s) => s.slug === 'quang-tri')!.d);
    const qb = panels[1]!.units.find((u) => u.href === '/tinh/quang-binh/')!;
    expect(qb.label).toBe('quang-binh: 3 kế hoạch');
    expect(qb.shade).toBeLessThan(qt.shade);
    expect(panels[1]!.units.find((u) => u.href === '/tinh/ha-noi/')!.shade).toBe(0);
    expect(panels[0]!.legend).toEqual(panels[1]!.legend);
    expect(panels[0]!.legend[0]).toEqual({ index: 0, label: 'Chưa có kế hoạch' });
    expect(panels[0]!.legend.map((c) => c.label)).toEqual(['Chưa có kế hoạch', '1–4 kế hoạch', '5–9 kế hoạch', '10–14 kế hoạch', '15 kế hoạch']);
  });

  it('fails naming the panel and the unit when an entry is missing', () => {
    const partial = { ...entries, units63: new Map([...entries.units63].filter(([slug]) => slug !== 'ha-noi')) };
    expect(() => mapPanels(maps, partial, { '63': '#a', '2025': '#b' })).toThrow('map ban-do-63: no entry for "ha-noi"');
  });
});

describe('unitLabel', () => {
  it('says the count in Vietnamese number format, or that there is none', () => {
    expect(unitLabel({ name: 'tỉnh Hà Tĩnh', url: '/', count: 1234 })).toBe('tỉnh Hà Tĩnh: 1.234 kế hoạch');
    expect(unitLabel({ name: 'tỉnh Lai Châu', url: '/', count: 0 })).toBe('tỉnh Lai Châu: chưa có kế hoạch');
  });
});

/** src/data/maps.ts: the maps of this build, read from the project's geometry and the content tree's reference. */
import { describe, expect, it } from 'vitest';
import { getLocator, getMapPanels, getProvinceMaps } from '../../../src/data/maps';
import { mapEntries } from '../../../src/lib/map/entries';
import { getCatalog } from '../../../src/data/catalog';

describe('data/maps', () => {
  it('draws both maps once per build', () => {
    const maps = getProvinceMaps();
    expect([maps.units63.length, maps.units2025.length]).toEqual([63, 34]);
    expect(maps.width).toBe(400);
    expect(getProvinceMaps()).toBe(maps);
  });

  it('finds a locator by the catalog’s unit key, of either era, and none for an unknown key', () => {
    const old = getLocator('quang-tri')!;
    const merged = getLocator('quang-tri-2025')!;
    expect([old.width, merged.width]).toEqual([160, 160]);
    expect(old.unit.slug).toBe('quang-tri');
    expect(merged.unit.slug).toBe('quang-tri');
    // The 2025 Quảng Trị includes Quảng Bình: a larger shape.
    expect(merged.unit.d).not.toBe(old.unit.d);
    expect(getLocator('atlantis')).toBeUndefined();
  });

  it('gives the panels of the catalog’s entries on the build’s maps', async () => {
    const panels = getMapPanels(mapEntries(await getCatalog()), { '63': '#a', '2025': '#b' });
    expect(panels.map((p) => [p.id, p.units.length])).toEqual([
      ['ban-do-34', 34],
      ['ban-do-63', 63],
    ]);
    expect(panels[1]!.units.find((u) => u.href === '/tinh/quang-tri/')!.label).toBe('tỉnh Quảng Trị: 1 kế hoạch');
  });
});

/**
 * What a page shows of the province maps: one panel per era (the 34 units from 2025-07-01
 * first, then the 63 as issued), each unit a link with its accessible label and shade
 * class, one shading for both eras so their colours compare. Pure.
 */
import type { MapEntries, UnitEntry } from './entries';
import type { ArchipelagoLabel, ProvinceMaps } from './province-maps';
import { shadeCounts } from './shading';
import { formatCount } from '../number-format';

export type MapEra = '2025' | '63';

/** The eras in the order the page shows them, with each panel's id and title. */
export const MAP_ERAS: readonly { era: MapEra; id: string; title: string }[] = [
  { era: '2025', id: 'ban-do-34', title: '34 tỉnh, thành phố từ ngày 01/7/2025: số kế hoạch của các tỉnh cũ hợp thành' },
  { era: '63', id: 'ban-do-63', title: '63 tỉnh, thành phố trước ngày 01/7/2025: số kế hoạch khi ban hành' },
];

export interface MapPanel {
  id: string;
  title: string;
  width: number;
  height: number;
  /** Every unit of the era: its link, its accessible name, its shapes and its shade class. */
  units: { href: string; label: string; d: string; dots: string; shade: number }[];
  archipelagos: ArchipelagoLabel[];
  /** The shade classes: index and label ("Chưa có kế hoạch", "1 kế hoạch", "2–3 kế hoạch"). */
  legend: { index: number; label: string }[];
  /** The table or list that gives the same counts ("#tinh-2025", "/tinh/#tinh-2025"). */
  tableHref: string;
}

/** "tỉnh Hà Tĩnh: 3 kế hoạch", "tỉnh Lai Châu: chưa có kế hoạch". */
export function unitLabel(entry: UnitEntry): string {
  return `${entry.name}: ${entry.count === 0 ? 'chưa có kế hoạch' : `${formatCount(entry.count)} kế hoạch`}`;
}

/** The shapes and entries of one era. */
function eraOf(maps: ProvinceMaps, entries: MapEntries, era: MapEra) {
  return era === '63'
    ? { shapes: maps.units63, archipelagos: maps.archipelagos63, entries: entries.units63 }
    : { shapes: maps.units2025, archipelagos: maps.archipelagos2025, entries: entries.units2025 };
}

/** The panels of both eras, in MAP_ERAS order; `tables` links each to its counts. */
export function mapPanels(maps: ProvinceMaps, entries: MapEntries, tables: Record<MapEra, string>): MapPanel[] {
  const shading = shadeCounts([...entries.units63.values(), ...entries.units2025.values()].map((e) => e.count));
  const legend = shading.classes.map((c) => ({ index: c.index, label: c.index === 0 ? c.label : `${c.label} kế hoạch` }));
  return MAP_ERAS.map(({ era, id, title }) => {
    const { shapes, archipelagos, entries: byslug } = eraOf(maps, entries, era);
    return {
      id,
      title,
      width: maps.width,
      height: maps.height,
      units: shapes.map((shape) => {
        const entry = byslug.get(shape.slug);
        if (!entry) throw new Error(`map ${id}: no entry for "${shape.slug}"`);
        return { href: entry.url, label: unitLabel(entry), d: shape.d, dots: shape.dots, shade: shading.classOf(entry.count) };
      }),
      archipelagos,
      legend,
      tableHref: tables[era],
    };
  });
}

/**
 * Provinces and cities by every name people write: "Thành phố Cần Thơ", "TP. Hồ Chí Minh",
 * "TP Hồ Chí Minh", "tỉnh Bà Rịa – Vũng Tàu", "TỈNH ĐẮK LẮK", "Thừa Thiên Huế"/"Huế",
 * "Hoà Bình"/"Hòa Bình". A name means the 2025 unit for a document dated from 1 July 2025 and
 * the pre-2025 unit before (or when the date is unknown and the name is only pre-2025).
 */
import { foldVietnamese } from '../slug';
import type { Unit } from '../catalog';

export interface ProvinceMatch {
  /** The unit meant at the document's date: "can-tho" (pre-2025) or "can-tho-2025". */
  id: string;
  /** The pre-2025 id agency files are named after (for a 2025 unit: its name-bearing predecessor). */
  file: string;
  name: string;
}

const key = (text: string) =>
  foldVietnamese(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[–—-]/g, ' ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const PREFIX = /^(tinh|thanh pho|tp|t p)\s+/;

/** The province a name denotes, or null. `date` (ISO, partial) chooses between the pre-2025 and 2025 units. */
export function recogniseProvince(text: string, units: ReadonlyMap<string, Unit>, date: string | null = null): ProvinceMatch | null {
  const wanted = key(text).replace(PREFIX, '');
  if (!wanted) return null;
  const after2025 = date !== null && date.slice(0, 7) >= '2025-07';
  let pre: Unit | null = null;
  let post: Unit | null = null;
  for (const unit of units.values()) {
    if (unit.tier !== 'province') continue;
    const names = [unit.name, unit.fullName, unit.slug.replace(/-/g, ' ')];
    if (unit.slug === 'thua-thien-hue' || unit.slug === 'hue') names.push('Huế', 'Thừa Thiên Huế');
    if (names.some((n) => key(n).replace(PREFIX, '') === wanted)) {
      if (unit.era === '2025') post = unit;
      else pre = unit;
    }
  }
  const chosen = after2025 ? (post ?? pre) : (pre ?? post);
  if (!chosen) return null;
  const file = chosen.era === '2025' ? (chosen.predecessors[0] ?? chosen.slug) : chosen.key;
  return { id: chosen.key, file, name: chosen.name };
}

/** Finds a province named after a locality word in a longer text ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"). */
export function provinceInText(text: string, units: ReadonlyMap<string, Unit>, date: string | null = null): ProvinceMatch | null {
  const m = /(?:^|\s)(TỈNH|THÀNH PHỐ|TP\.?|tỉnh|thành phố|Thành phố|Tỉnh)\s+(.+)$/u.exec(text.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const words = m[2]!.split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const found = recogniseProvince(words.slice(0, n).join(' '), units, date);
    if (found) return found;
  }
  return null;
}

/**
 * The issuer and the agencies a plan names, matched to content/agencies/, or, when a body is
 * not there yet, a proposed entry (name, kind, level, province; no district after 1 July 2025)
 * in the file it belongs in, marked for review. Nothing is matched on a guess: the printed
 * name must equal an agency's name, letterhead or short name once case and tone marks fold.
 */
import { AGENCY_KIND_IDS } from '../agency-kinds';
import type { Agency, Unit } from '../catalog';
import { foldVietnamese, slugify } from '../slug';
import { provinceInText, type ProvinceMatch } from './provinces';

export interface AgencyProposal {
  /** The file the entry belongs in: "content/agencies/can-tho.yaml". */
  file: string;
  id: string;
  name: string;
  kind: string;
  level: 'tinh' | 'so-nganh' | 'huyen' | 'xa' | 'trung-uong';
  province: string | null;
  district: null;
  letterhead: string[] | null;
  review: string;
}

export interface AgencyResolution {
  /** The name as printed. */
  printed: string;
  /** The matched agency id, or the proposed one. */
  id: string | null;
  matched: boolean;
  proposal: AgencyProposal | null;
  province: ProvinceMatch | null;
}

const fold = (s: string) =>
  foldVietnamese(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const expand = (s: string) =>
  s
    .replace(/(?<![\p{L}\p{N}])UBND(?![\p{L}\p{N}])/gu, 'Ủy ban nhân dân')
    .replace(/(?<![\p{L}\p{N}])TP\.?\s/gu, 'thành phố ')
    .replace(/(?<![\p{L}\p{N}])HĐND(?![\p{L}\p{N}])/gu, 'Hội đồng nhân dân');

/** "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ" → "Ủy ban nhân dân thành phố Cần Thơ" (place names from the provinces list). */
export function runningName(printed: string, province: ProvinceMatch | null): string {
  const text = expand(printed).replace(/\s+/g, ' ').trim();
  // A name printed in running text ("Sở Tài chính", in a plan's duties) keeps its capitals.
  if (printed !== printed.toUpperCase()) return text;
  const lower = text
    .toLowerCase()
    .replace(/^./u, (c) => c.toUpperCase())
    .replace(/^uỷ/iu, 'Ủy')
    .replace(/^Uỷ/u, 'Ủy');
  if (!province) return lower;
  const placeAt = fold(lower).lastIndexOf(fold(province.name));
  if (placeAt === -1) return lower;
  // Replace the trailing place name by its proper spelling.
  const words = lower.split(' ');
  const n = province.name.split(' ').length;
  return [...words.slice(0, words.length - n), province.name].join(' ');
}

function kindOf(name: string): { kind: string; level: AgencyProposal['level'] } {
  const n = fold(name);
  const known = new Set<string>(AGENCY_KIND_IDS);
  const pick = (kind: string) => (known.has(kind) ? kind : 'co-quan-khac');
  if (/^uy ban nhan dan (tinh|thanh pho)/.test(n)) return { kind: pick('ubnd-tinh'), level: 'tinh' };
  if (/^uy ban nhan dan (huyen|quan|thi xa)/.test(n)) return { kind: pick('ubnd-huyen'), level: 'huyen' };
  if (/^uy ban nhan dan (xa|phuong|thi tran|dac khu)/.test(n)) return { kind: pick('ubnd-xa'), level: 'xa' };
  if (/^so /.test(n))
    return {
      kind: pick(
        n.startsWith('so noi vu')
          ? 'so-noi-vu'
          : n.startsWith('so tu phap')
            ? 'so-tu-phap'
            : n.startsWith('so tai chinh')
              ? 'so-tai-chinh'
              : n.startsWith('so van hoa')
                ? 'so-vhttdl'
                : 'so-nganh-khac',
      ),
      level: 'so-nganh',
    };
  if (/^(bo |thu tuong|chinh phu)/.test(n) && !/^bo (chi huy|tu lenh|doi)/.test(n)) return { kind: pick('bo-nganh-trung-uong'), level: 'trung-uong' };
  return { kind: pick('co-quan-khac'), level: 'so-nganh' };
}

/**
 * Resolves a printed body (and its superior, for a Sở under "UBND TỈNH …") against the agencies.
 * `date` picks the province era; after 1 July 2025 a proposal carries no district.
 */
export function resolveAgency(
  printed: string,
  superior: string | null,
  agencies: readonly Agency[],
  units: ReadonlyMap<string, Unit>,
  date: string | null,
  letterhead: string[] | null = null,
): AgencyResolution {
  const province = provinceInText(printed, units, date) ?? (superior ? provinceInText(superior, units, date) : null);
  const own = runningName(printed, province);
  const full =
    superior && !provinceInText(printed, units, date) && province
      ? `${own} ${province.name.startsWith('Hồ Chí Minh') || /thành phố/iu.test(expand(superior)) ? 'thành phố' : 'tỉnh'} ${province.name}`
      : own;
  const candidates = new Set([fold(expand(printed)), fold(own), fold(full), ...(letterhead ? [fold(expand(letterhead.join(' ')))] : [])]);
  const inProvince = (a: Agency) => !province || a.province === province.file || a.province === null;
  const match = agencies.find(
    (a) => inProvince(a) && [a.name, ...(a.letterhead ? [a.letterhead.join(' ')] : []), ...(province && a.province === province.file ? a.shortNames : [])].some((n) => candidates.has(fold(expand(n)))),
  );
  if (match) return { printed, id: match.key, matched: true, proposal: null, province };
  const { kind, level } = kindOf(full);
  const fileId = level === 'trung-uong' ? 'trung-uong' : (province?.file ?? null);
  const localId = slugify(level === 'tinh' ? 'ubnd-tinh' : full.replace(/\s+(tỉnh|thành phố)\s+.*$/iu, '')).replace(/^uy-ban-nhan-dan-/, 'ubnd-');
  const proposal: AgencyProposal = {
    file: `content/agencies/${fileId ?? '<tinh>'}.yaml`,
    id: localId,
    name: full,
    kind,
    level,
    province: level === 'trung-uong' ? null : (province?.file ?? null),
    district: null,
    letterhead,
    review: 'Đề xuất tự động: kiểm tra tên, loại (kind), cấp (level) trước khi thêm vào tệp cơ quan.',
  };
  return { printed, id: fileId ? `${fileId}/${localId}` : null, matched: false, proposal, province };
}

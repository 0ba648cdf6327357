/**
 * What a document is: the type word under the header ("KẾ HOẠCH", "QUYẾT ĐỊNH" …), or for a
 * công văn (which has none) its "V/v" line and its symbol; and whether a Quyết định issues a
 * plan attached to it ("KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)").
 */
export const KIND_WORDS = [
  'KẾ HOẠCH',
  'QUYẾT ĐỊNH',
  'CHỈ THỊ',
  'NGHỊ QUYẾT',
  'BÁO CÁO',
  'THÔNG BÁO',
  'TỜ TRÌNH',
  'HƯỚNG DẪN',
  'CHƯƠNG TRÌNH',
  'KẾT LUẬN',
  'QUY ĐỊNH',
  'QUY CHẾ',
  'PHƯƠNG ÁN',
  'ĐỀ ÁN',
  'GIẤY MỜI',
  'BIÊN BẢN',
  'CÔNG ĐIỆN',
  'THÔNG TƯ',
  'NGHỊ ĐỊNH',
  'LUẬT',
  'BỘ LUẬT',
  'HIẾN PHÁP',
  'PHÁP LỆNH',
] as const;

const RUNNING: Record<string, string> = Object.fromEntries(KIND_WORDS.map((w) => [w, w.charAt(0) + w.slice(1).toLowerCase()]));

/** The kind a type-word line names ("KẾ HOẠCH" → "Kế hoạch"), or null. The line may carry the title after the word. */
export function kindOfLine(line: string): string | null {
  const upper = line.trim().replace(/\s+/g, ' ');
  for (const word of KIND_WORDS) {
    if (upper === word || (word === 'KẾ HOẠCH' && upper.startsWith(`${word} `) && /^\p{Lu}/u.test(upper.slice(word.length + 1)))) return RUNNING[word]!;
  }
  return null;
}

/** Index of the first type-word line at or after `from`, or -1. */
export function findKindLine(lines: readonly string[], from = 0): number {
  for (let i = from; i < lines.length; i++) if (kindOfLine(lines[i]!)) return i;
  return -1;
}

const CAPTION = /^\(?\s*(?:Ban hành\s+)?kèm theo Quyết định\s+(?:số\s*)?:?\s*([^)]*?)\s*\)?$/iu;

/** In a Quyết định: the line of the attached plan's "KẾ HOẠCH" and its caption, when there is one. */
export function findAttachedPlan(lines: readonly string[], decisionKindLine: number, decisionTitle: string | null = null): { kindLine: number; caption: string; captionLine: number } | null {
  // Only a decision that says it issues a plan ("BAN HÀNH KẾ HOẠCH …") has one attached.
  if (!decisionTitle || !/ban hành\s+(kèm theo\s+)?kế hoạch/iu.test(decisionTitle)) return null;
  const received = lines.findIndex((l, i) => i > decisionKindLine && /^Nơi nhận/u.test(l.trim()));
  for (let i = Math.max(decisionKindLine + 1, received); i < lines.length; i++) {
    if (kindOfLine(lines[i]!) !== 'Kế hoạch') continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 12); j++) {
      const joined = lines
        .slice(j, j + 3)
        .join(' ')
        .replace(/\s+/g, ' ');
      const m = CAPTION.exec(lines[j]!.trim()) ?? (/^\(?\s*(?:Ban hành\s+)?kèm theo Quyết định/iu.test(lines[j]!.trim()) ? CAPTION.exec(joined.slice(0, joined.indexOf(')') + 1 || undefined)) : null);
      if (m) return { kindLine: i, caption: m[1]!.trim(), captionLine: j };
    }
    return { kindLine: i, caption: '', captionLine: i };
  }
  return null;
}

/** A công văn has no type word: it carries "V/v …" under its number and a symbol whose first group is its issuer. */
export function looksLikeCongVan(headerLines: readonly string[], symbol: string | null): boolean {
  if (headerLines.some((l) => /^V\/v(?![\p{L}\p{N}])/u.test(l.trim()))) return true;
  const first = symbol?.split('-')[0] ?? '';
  return /^(UBND|SNNMT|SCT|SNV|STC|SYT|SGDĐT|SXD|STP|BCT|BNV|BTC|VP|VPUB|[A-ZĐ]{2,})$/u.test(first) && !TYPE_ABBREVIATIONS.has(first);
}

/** The type abbreviations of NĐ 30/2020 Phụ lục III (the first group of an administrative symbol). */
export const TYPE_ABBREVIATIONS = new Map<string, string>([
  ['NQ', 'Nghị quyết'],
  ['QĐ', 'Quyết định'],
  ['CT', 'Chỉ thị'],
  ['QC', 'Quy chế'],
  ['QyĐ', 'Quy định'],
  ['TC', 'Thông cáo'],
  ['TB', 'Thông báo'],
  ['HD', 'Hướng dẫn'],
  ['CTr', 'Chương trình'],
  ['KH', 'Kế hoạch'],
  ['PA', 'Phương án'],
  ['ĐA', 'Đề án'],
  ['DA', 'Dự án'],
  ['BC', 'Báo cáo'],
  ['BB', 'Biên bản'],
  ['TTr', 'Tờ trình'],
  ['HĐ', 'Hợp đồng'],
  ['CĐ', 'Công điện'],
  ['GM', 'Giấy mời'],
  ['TT', 'Thông tư'],
  ['NĐ', 'Nghị định'],
]);

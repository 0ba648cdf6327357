/**
 * The signature block of a text with no "Nơi nhận" list, found by its signing mark: legal
 * libraries print "(Đã ký)" where the signature stood, between the signer's title and name
 * ("Chủ tịch Quốc hội / (Đã ký) / Nguyễn Sinh Hùng"), or, where the page kept the signature
 * table as one row, all on one line ("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG ( Đã ký ) Hồ Quốc Dũng").
 * Returns the block's lines, the mark dropped, for readSigner; null when there is no mark.
 * Without a mark, a page that lost its Nơi nhận list still ends with the block itself: a
 * capacity line ("KT. CHỦ TỊCH"), the title and the name among its last lines
 * ({@link findTrailingSignature}).
 */
const MARK = /\(\s*(?:Đã|đã)\s+ký(?:\s+và\s+đóng\s+dấu)?\s*\)/u;
const NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

export interface SignedBlock {
  /** The line (0-based) of the mark. */
  at: number;
  lines: string[];
}

export function findSignedBlock(lines: readonly string[], from = 0): SignedBlock | null {
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i]!.replace(/\s+/g, ' ').trim();
    const mark = MARK.exec(line);
    if (!mark) continue;
    const before = line.slice(0, mark.index).trim();
    const after = line.slice(mark.index + mark[0].length).trim();
    const name = after || (lines[i + 1] ?? '').replace(/\s+/g, ' ').trim();
    if (!NAME.test(name)) continue;
    const titles: string[] = [];
    if (before) titles.push(before);
    else
      for (let j = i - 1; j >= Math.max(from, i - 4); j--) {
        const t = lines[j]!.replace(/\s+/g, ' ').trim();
        // The title lines stand short above the mark; a sentence or a blank line ends them.
        if (!t || t.length > 60 || /[.;:]$/u.test(t)) break;
        titles.unshift(t);
      }
    return { at: i, lines: [...titles, name] };
  }
  return null;
}

const CAPACITY_LINE = /^(?:TM|KT|Q|TL|TUQ|T\/M|K\/T|T\/L)\.\s*\p{Lu}/u;

/** The signature block standing at the end of a text with no Nơi nhận list: a capacity line, up to two title lines and the name, among the last 12 lines. */
export function findTrailingSignature(lines: readonly string[], from = 0): SignedBlock | null {
  const clean = (l: string) => l.replace(/[*_|]/g, ' ').replace(/\s+/g, ' ').trim();
  const kept = lines.map((l, i) => ({ text: clean(l), i })).filter((l, k) => l.i >= from && l.text && k >= 0);
  const tail = kept.slice(-12);
  for (let k = tail.length - 1; k >= 0; k--) {
    if (!CAPACITY_LINE.test(tail[k]!.text)) continue;
    const block = tail.slice(k, k + 4).map((l) => l.text);
    const nameAt = block.findIndex((l, j) => j > 0 && NAME.test(l));
    if (nameAt === -1) return null;
    return { at: tail[k]!.i, lines: block.slice(0, nameAt + 1) };
  }
  return null;
}

/**
 * The signature block: capacity lines (TM./KT./Q./TL./TUQ., with or without the space, a
 * body name broken over two lines), the signer's title (one or two lines) and the name.
 */
export interface SignerFields {
  name: string | null;
  title: string | null;
  capacity: string | null;
  lines: string[];
}

const CAPACITY = /^(TM|KT|Q|TL|TUQ|T\/M|K\/T|T\/L)\.?\s*/u;
const TITLE =
  /^(PHÓ )?(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|BỘ TRƯỞNG|THỦ TƯỚNG|TRƯỞNG ĐOÀN|TRƯỞNG PHÒNG|CHI CỤC TRƯỞNG|CỤC TRƯỞNG|THỨ TRƯỞNG|PHÓ THỦ TƯỚNG|BÍ THƯ|PHÓ BÍ THƯ|CHÁNH THANH TRA|HIỆU TRƯỞNG|GIÁM ĐỐC SỞ|TỔNG GIÁM ĐỐC|ỦY VIÊN|THÀNH VIÊN)(?![\p{L}\p{N}])/u;

/** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", as running text writes titles. */
export function signerTitle(upper: string): string {
  const lower = upper.toLowerCase();
  return lower
    .replace(/^./u, (c) => c.toUpperCase())
    .replace(/(phó )(chủ tịch|giám đốc|trưởng ban|chánh văn phòng|thủ tướng|bí thư)/iu, (_m, p: string, t: string) => `${p}${t.charAt(0).toUpperCase()}${t.slice(1)}`);
}

/** Reads the block in `lines` (the lines after the recipients, up to the appendix or the footnotes). */
export function readSigner(blockLines: readonly string[]): SignerFields {
  const block: string[] = [];
  for (const raw of blockLines) {
    const l = raw.replace(/\s{2,}$/, '').trim();
    if (!l) continue;
    if (/^(PHỤ LỤC|Phụ lục)(?![\p{L}\p{N}])|^\[\d+\]/u.test(l)) break;
    for (const part of l.split(/\s{2,}(?=\p{Lu})/u)) {
      const prev = block.at(-1);
      const upper = part === part.toUpperCase() && /\p{L}/u.test(part);
      // "TM. ỦY BAN NHÂN" / "DÂN": a capacity line broken inside the body's name.
      if (prev && upper && CAPACITY.test(prev) && !CAPACITY.test(part) && !TITLE.test(part) && /^(DÂN|NHÂN DÂN|BAN NHÂN DÂN)(?![\p{L}\p{N}])/u.test(part)) block[block.length - 1] = `${prev} ${part}`;
      else block.push(part);
    }
    // The name ends the block: what follows (an appendix without a "PHỤ LỤC" line) is not the signer's.
    if (block.length > 1 && /^\p{Lu}\p{Ll}*(\s+\p{Lu}\p{Ll}*){1,5}$/u.test(block.at(-1)!) && block.slice(0, -1).some((l) => l === l.toUpperCase())) break;
  }
  const isUpper = (l: string) => l === l.toUpperCase() && /\p{L}/u.test(l);
  const upper = block.filter((l) => isUpper(l) && !/^\(?(đã ký|ký|Đã ký)/iu.test(l));
  const name = block.filter((l) => !isUpper(l) && !/^\(.*\)$/u.test(l) && /^\p{Lu}\p{Ll}*(\s+\p{Lu}\p{Ll}*){1,5}$/u.test(l)).at(-1) ?? null;
  const own = upper.at(-1) ?? null;
  const capacityLine = [...upper].reverse().find((l) => CAPACITY.test(l));
  const rawCapacity = capacityLine ? CAPACITY.exec(capacityLine)![1]!.replace('/', '') : null;
  const capacity = rawCapacity ? `${rawCapacity}.` : null;
  const titleLine = own && !CAPACITY.test(own) ? own : null;
  const lines = upper;
  return {
    name,
    title: titleLine ? signerTitle(titleLine) : null,
    capacity: capacity === 'TM.' && upper.length >= 3 ? (upper.find((l) => /^KT\./u.test(l)) ? 'KT.' : capacity) : capacity,
    lines,
  };
}

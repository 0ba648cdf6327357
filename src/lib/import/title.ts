/**
 * The title (trích yếu) under the type word: on real layouts it runs over several lines, in
 * capitals or not, and may share the type word's line ("KẾ HOẠCH Tuyên truyền …"). It ends at
 * the first line of the body (legal basis, opening sentence, first heading), at the appendix
 * caption, or at the body's author line ("ỦY BAN NHÂN DÂN TỈNH …" in a Quyết định).
 */
export const BODY_START =
  /^(Căn cứ|Thực hiện|Triển khai|Kính gửi|Nhằm|Để |Theo |Trên cơ sở|Ngày \d|Do |Sau |Qua |Hiện nay|Năm \d{4}|Phần\s|[IVX]+\.\s|\d+\.\s|[A-D]\.\s|CHỦ TỊCH(?![\p{L}\p{N}])|GIÁM ĐỐC(?![\p{L}\p{N}])|THỦ TƯỚNG(?![\p{L}\p{N}])|BỘ TRƯỞNG(?![\p{L}\p{N}])|(ỦY|UỶ) BAN NHÂN DÂN(?![\p{L}\p{N}])|Chương\s+[IVX\d])/u;
const AUTHOR = /^(CHỦ TỊCH|GIÁM ĐỐC|THỦ TƯỚNG|BỘ TRƯỞNG|(ỦY|UỶ) BAN NHÂN DÂN)/u;
const CAPTION = /^\(?\s*(Ban hành\s+)?kèm theo(?![\p{L}\p{N}])/iu;

export interface TitleFields {
  title: string | null;
  /** Lines [start, end) of the text the title was read from. */
  from: number;
  to: number;
}

/** Reads the title after the type-word line `kindLine`. */
export function readTitle(lines: readonly string[], kindLine: number, kindWord: string): TitleFields {
  const parts: string[] = [];
  const own = lines[kindLine]!.trim().slice(kindWord.length).trim();
  if (own) parts.push(own);
  let i = kindLine + 1;
  let blankRun = 0;
  let sawUpper = own !== '' && own === own.toUpperCase();
  for (; i < lines.length && parts.join(' ').length < 600; i++) {
    const line = lines[i]!.trim();
    if (!line) {
      if (parts.length > 0) blankRun++;
      if (blankRun > 0 && parts.length > 0) {
        // A title continued in the next block only when both are in capitals (page cleaners split them).
        const next =
          lines
            .slice(i + 1)
            .find((l) => l.trim())
            ?.trim() ?? '';
        if (!((sawUpper && next === next.toUpperCase() && /\p{Lu}{3}/u.test(next) && !BODY_START.test(next) && next.length < 200) || (/^\p{Ll}/u.test(next) && next.length < 200))) break;
      }
      continue;
    }
    if (CAPTION.test(line)) {
      if (parts.length > 0) break;
      continue;
    }
    // Inside one block a capitalised line continues the title ("… CỦA" / "THỦ TƯỚNG CHÍNH PHỦ …"); a new block starting with an author line ends it.
    if (BODY_START.test(line) && parts.length > 0 && !(blankRun === 0 && AUTHOR.test(line) && !/^(ỦY|UỶ) BAN NHÂN DÂN (TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG)/u.test(line))) break;
    if (parts.length === 0 && BODY_START.test(line) && !/^(Triển khai|Thực hiện)(?![\p{L}\p{N}])/u.test(line)) break;
    if (/^[-_–—*]{3,}$/.test(line)) continue;
    parts.push(line);
    if (line === line.toUpperCase()) sawUpper = true;
  }
  const title = parts.join(' ').replace(/\s+/g, ' ').trim();
  return { title: title || null, from: kindLine, to: i };
}

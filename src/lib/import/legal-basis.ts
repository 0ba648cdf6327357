/**
 * The legal basis: the paragraphs at the top of the body that start "Căn cứ …", "Thực hiện …",
 * "Triển khai …" (or "Theo đề nghị …"), each cut into one entry per document cited, through
 * the references parser. A law cited by name and date ("Căn cứ Luật Tổ chức chính quyền địa
 * phương ngày 16/6/2025") is one entry without a number.
 */
import { findCitations } from '../citations';

const OPENING = /^(Căn cứ|Thực hiện|Triển khai|Theo đề nghị|Tiếp tục thực hiện)(?![\p{L}\p{N}])/u;

/** The legal-basis paragraphs of a body (text from the title on), in order. */
export function basisParagraphs(body: string): string[] {
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const first = paragraphs.findIndex((p) => OPENING.test(p));
  if (first === -1 || first > 3) return [];
  const out: string[] = [];
  for (const p of paragraphs.slice(first)) {
    if (!OPENING.test(p) || /^Theo đề nghị/u.test(p)) break;
    out.push(p);
  }
  return out;
}

/**
 * What stands before a citation that opens an entry: ";", "," or "và", then, mid-paragraph, an
 * opening word again ("…; Căn cứ Kế hoạch số 77/KH-UBND") or whose guidance it is ("và hướng dẫn
 * của Bộ Nội vụ tại Công văn số 8935/BNV-CTTN&BĐG").
 */
const AFTER_SEPARATOR =
  /(?:;|,|(?<![\p{L}\p{N}])và)\s*(?:(?:Căn cứ|căn cứ|Thực hiện|thực hiện|Triển khai|triển khai)\s+|[Cc]ác\s+\p{L}+(?:\s+\p{L}+){0,3}\s*:\s*|(?:sự\s+)?(?:chỉ đạo|hướng dẫn|ý kiến chỉ đạo)\s+của\s+[^,;()]{2,60}?\s+tại\s+)?$/u;

/** One paragraph's entries: a new entry starts at a citation that opens it or follows ";", "," or "và". */
export function basisEntries(paragraph: string): string[] {
  const found = findCitations(paragraph).filter((c) => c.family !== 'alias' && c.kind !== 'anaphoric');
  // After "," or "và" a citation opens an entry only when the one before it did: in "Kế hoạch số
  // 17/KH-UBND … về thực hiện Nghị quyết số 71/NQ-CP … và Kế hoạch số 07-KH/TU" both are inside
  // the description of 17/KH-UBND. After ";" or an opening word it opens one.
  // A short name in brackets ("(Nghị quyết số 50/NQ-CP)") closes the entry it names: what follows
  // it is chained to that entry, not to a document of the entry's description.
  const depth = (at: number) => (paragraph.slice(0, at).match(/\(/g) ?? []).length - (paragraph.slice(0, at).match(/\)/g) ?? []).length;
  const opens = found.map(() => false);
  let previousOpened = false;
  found.forEach((c, i) => {
    const before = paragraph.slice(Math.max(0, c.start - 90), c.start);
    if (i > 0 && depth(c.start) > 0) {
      previousOpened = found.some((d, j) => j < i && opens[j] && d.number !== null && d.number === c.number);
      return;
    }
    opens[i] = i === 0 || (AFTER_SEPARATOR.test(before) && (previousOpened || !/(?:,|(?<![\p{L}\p{N}])và)\s*$/u.test(before)));
    previousOpened = opens[i]!;
  });
  const citations = found.filter((_, i) => opens[i]);
  const entries = citations.map((c, i) => {
    const end = citations[i + 1]?.start ?? paragraph.length;
    return paragraph
      .slice(c.start, end)
      .replace(/(?:;|\.\s)[\s\S]*$/u, '')
      .replace(/,\s*(?:Ủy ban nhân dân|UBND|Sở)[^,;]*(?:ban hành|xây dựng)[\s\S]*$/u, '')
      .replace(/[;,.]?\s*(?:và\s*)?$/u, '')
      .trim();
  });
  // A law or ordinance cited by name has no number: the paragraph up to the first citation is its own entry.
  const lead = paragraph.replace(OPENING, '').trim();
  const head = (citations[0] ? paragraph.slice(0, citations[0].start) : paragraph)
    .replace(OPENING, '')
    .replace(/[;,.:]\s*$/u, '')
    .trim();
  if (/^(Luật|Bộ luật|Pháp lệnh|Hiến pháp)\s/u.test(lead) && head.length > 5) {
    const laws = head
      .split(/;\s*|,\s*(?=Luật\s)/u)
      .map((s) => s.replace(/^và\s+/u, '').trim())
      .filter((s) => /^(Luật|Bộ luật|Pháp lệnh|Hiến pháp)\s/u.test(s));
    entries.unshift(...laws);
  }
  return entries;
}

export function readLegalBasis(body: string): string[] {
  return basisParagraphs(body).flatMap(basisEntries);
}

/** The key an entry is compared by: its first document number, or "Luật …" up to "ngày". */
export function basisKey(entry: string): string {
  const first = findCitations(entry).find((c) => c.family !== 'alias' && c.kind !== 'anaphoric');
  if (first?.number && first.start < 40) return first.number;
  // A law's name may have commas in it ("Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"): it ends at its number or date.
  const law = /^((?:Luật|Bộ luật|Pháp lệnh|Hiến pháp)[^;]*?)(?:\s+(?:số|ngày)(?![\p{L}\p{N}])|;|$)/u.exec(entry);
  return law ? law[1]!.trim() : entry.slice(0, 60);
}

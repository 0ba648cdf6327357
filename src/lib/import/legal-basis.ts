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

/** One paragraph's entries: a new entry starts at a citation that opens it or follows ";", "," or "và". */
export function basisEntries(paragraph: string): string[] {
  const citations = findCitations(paragraph)
    .filter((c) => c.family !== 'alias' && c.kind !== 'anaphoric')
    .filter((c, i) => i === 0 || /(?:;|,|(?<![\p{L}\p{N}])và)\s*$/u.test(paragraph.slice(Math.max(0, c.start - 12), c.start)));
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

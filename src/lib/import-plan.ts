/**
 * Reading a raw plan text (as the seeds are: a conversion of the official document) into
 * the fields of a plan: number, date, place, issuer, title, signer, recipients, legal
 * basis, appendix tasks, indices. Pure: the agencies to recognise are given. What the
 * text does not state stays null and is listed for a person to check; nothing is guessed.
 */
import { findCitations } from './citations';
import { parseVietnameseDate, toIsoPartial } from './dates';
import { detectIndices } from './indices';
import type { IndexData } from './schemas/index-entry';
import type { Agency, Unit } from './catalog';
import { slugify } from './slug';

export interface ImportedTask {
  no: string;
  content: string;
  product: string | null;
  lead: string[];
  partners: string[];
  start: string | null;
  end: string | null;
  notes: string | null;
}

export interface ImportedPlan {
  type: 'Kế hoạch';
  number: string | null;
  symbol: string | null;
  title: string | null;
  year: number | null;
  date: string | null;
  place: string | null;
  issuer: string | null;
  level: string | null;
  province: string | null;
  district: string | null;
  status: 'ban-hanh' | 'du-thao';
  letterhead: string[] | null;
  signer: { name: string | null; title: string | null; capacity: string | null; lines: string[] };
  recipients: string[];
  legalBasis: string[];
  indices: string[];
  tasks: ImportedTask[];
}

export interface ImportReport {
  plan: ImportedPlan;
  /** Where a value came from when it is not its usual place ("number: from the appendix caption"). */
  notes: string[];
  /** Fields a person must check or fill (unknown, or inferred). */
  toCheck: string[];
}

/** A title from the signature block in the case plans write it in running text: "PHÓ CHỦ TỊCH" → "Phó Chủ tịch". */
export function signerTitle(upper: string): string {
  const lower = upper.toLowerCase();
  return lower
    .replace(/^./u, (c) => c.toUpperCase())
    .replace(/(phó )(chủ tịch|giám đốc|trưởng ban|chánh văn phòng)/iu, (_m, p: string, t: string) => `${p}${t.charAt(0).toUpperCase()}${t.slice(1)}`);
}

const strip = (line: string) => line.replace(/\*\*|__|\*/g, '').replace(/^#+\s*/, '').replace(/\s+$/, '').trim();
const CAPACITY = /^(TM|KT|Q|TL|TUQ)\.\s*/;

/** Reads a raw plan text. `agencies` and `units` are the collections to recognise the issuer in. */
export function importPlan(raw: string, agencies: readonly Agency[], units: ReadonlyMap<string, Unit>, indices: readonly IndexData[]): ImportReport {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  const lines = text.split('\n');
  const clean = lines.map(strip);
  const notes: string[] = [];
  const toCheck: string[] = [];

  // Header: letterhead lines before the Quốc hiệu; the number line; the place-and-date line.
  const motto = clean.findIndex((l) => /^CỘNG HO[ÀA] XÃ HỘI CHỦ NGHĨA VIỆT NAM/u.test(l));
  const letterhead = motto > 0 ? clean.slice(0, motto).filter(Boolean) : null;
  const numberIndex = clean.findIndex((l) => /^Số\s*:/u.test(l));
  let number: string | null = null;
  let symbol: string | null = null;
  if (numberIndex !== -1) {
    const own = findCitations(clean[numberIndex]!)[0];
    number = own?.number ?? null;
    symbol = number ? number.split('/').slice(1).join('/') : (/([A-ZĐ][A-Za-zĐđ]*(?:\s*-\s*[A-ZĐ][A-Za-zĐđ]*)+)\s*$/u.exec(clean[numberIndex]!)?.[1]?.replace(/\s+/g, '') ?? null);
  }
  const placeDate = clean.map((l) => /^([^,]{2,40}),\s*(ngày.*năm\s*\d{4})\s*$/u.exec(l)).find(Boolean) ?? null;
  let place = placeDate ? placeDate[1]!.trim() : null;
  let date: string | null = null;
  if (placeDate) {
    const parsed = parseVietnameseDate(placeDate[2]!);
    if (parsed && typeof parsed === 'object') date = toIsoPartial(parsed);
  }

  // Title: the line after "KẾ HOẠCH", or the rest of that line.
  const typeIndex = clean.findIndex((l) => /^KẾ HOẠCH\b/u.test(l));
  let title: string | null = null;
  if (typeIndex !== -1) {
    const rest = clean[typeIndex]!.replace(/^KẾ HOẠCH\s*/u, '');
    title = rest || clean.slice(typeIndex + 1).find(Boolean) || null;
  }

  // The appendix caption may carry the number and date the header lacks.
  const caption = /Ban hành kèm theo Kế hoạch số\s*:?\s*([^\n)]*?)\s*của\s+([^)\n]+)\)/u.exec(text.replace(/\*+/g, '').replace(/\s*\n\s*/g, ' '));
  if (number === null && caption) {
    const fromCaption = findCitations(`Kế hoạch số ${caption[1]}`)[0];
    if (fromCaption?.number) {
      number = fromCaption.number;
      symbol = number.split('/').slice(1).join('/');
      if (!date && fromCaption.date) date = fromCaption.date;
      notes.push(`number and date taken from the appendix caption: "Kế hoạch số ${caption[1]}"`);
    }
  }
  const year = title ? Number([...title.matchAll(/năm\s+(\d{4})/gu)].at(-1)?.[1] ?? NaN) || null : null;

  // Issuer: the letterhead, the appendix caption, or "… ban hành/xây dựng Kế hoạch" with the title's or place's locality.
  const byName = (name: string) => {
    const wanted = slugify(name);
    return agencies.find((a) => [a.name, ...(a.letterhead ? [a.letterhead.join(' ')] : [])].some((n) => slugify(n) === wanted)) ?? null;
  };
  let issuer: Agency | null = letterhead ? byName(letterhead.join(' ')) : null;
  if (!issuer && caption) issuer = byName(caption[2]!.trim());
  if (!issuer) {
    const made = /(Ủy ban nhân dân|UBND|Sở\s+[^()\n.;]{3,60}?)\s*(?:\([^)]*\)\s*)?(tỉnh|huyện)?\s*(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})?\s*(?:ban hành|xây dựng)\s+(?:Kế hoạch|kế hoạch)/u.exec(text.replace(/\*+/g, ''));
    const locality = /(tỉnh|huyện)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/u.exec(title ?? '');
    if (made) {
      const body = made[1] === 'UBND' ? 'Ủy ban nhân dân' : made[1]!.trim();
      const candidates = [
        made[2] && made[3] ? `${body} ${made[2]} ${made[3]}` : null,
        locality ? `${body} ${locality[1]} ${locality[2]}` : null,
        made[2] && locality && made[2] === locality[1] ? `${body} ${made[2]} ${locality[2]}` : null,
        place ? `${body} tỉnh ${place}` : null,
        place ? `${body} huyện ${place}` : null,
      ].filter((c): c is string => c !== null);
      issuer = candidates.map(byName).find(Boolean) ?? null;
    }
    if (issuer) notes.push(`issuer recognised from the text: ${issuer.name}`);
  }
  if (!issuer) toCheck.push('issuer: not recognised; add the agency to content/agencies/<province>.yaml or set issuer by hand');

  // Signature and recipients: "Nơi nhận:" then "- …" lines; the signature block around them.
  const recipientsAt = clean.findIndex((l) => /^Nơi nhận\s*:?$/u.test(l));
  const recipients: string[] = [];
  let after = recipientsAt;
  if (recipientsAt !== -1) {
    for (let i = recipientsAt + 1; i < clean.length; i++) {
      const l = clean[i]!;
      if (!l) continue;
      if (!l.startsWith('- ')) break;
      recipients.push(l.slice(2).trim());
      after = i;
    }
  }
  const block: string[] = [];
  for (let i = after + 1; i < clean.length; i++) {
    const l = clean[i]!.replace(/\s{2,}$/, '');
    if (!l) continue;
    if (/^(PHỤ LỤC|Phụ lục)\b/u.test(l)) break;
    block.push(...l.split(/\s{2,}(?=\p{Lu})/u));
  }
  const upper = block.filter((l) => l === l.toUpperCase() && /\p{L}/u.test(l));
  const name = block.filter((l) => l !== l.toUpperCase()).at(-1) ?? null;
  const own = upper.at(-1) ?? null;
  const capacityLine = [...upper].reverse().find((l) => CAPACITY.test(l));
  const capacity = capacityLine ? `${CAPACITY.exec(capacityLine)![1]}.` : null;
  const titleLine = own && !CAPACITY.test(own) ? own : null;
  const signer = {
    name,
    title: titleLine ? signerTitle(titleLine) : null,
    capacity: capacity === 'TM.' && upper.length >= 3 ? (upper.find((l) => /^KT\./.test(l)) ? 'KT.' : capacity) : capacity,
    lines: upper,
  };
  if (!name) toCheck.push('signer.name: not found');

  // Legal basis: the first paragraph that says "Thực hiện" or "Căn cứ", one entry per document cited.
  const basisParagraph = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).find((p) => /^(Thực hiện|Căn cứ)\b/u.test(p)) ?? '';
  // A new entry starts at a citation that opens the paragraph or follows ";", "," or "và";
  // a citation inside another's "về việc triển khai thực hiện …" belongs to that entry.
  const basisCitations = findCitations(basisParagraph)
    .filter((c) => c.family !== 'alias')
    .filter((c, i) => i === 0 || /(?:;|,|\bvà)\s*$/u.test(basisParagraph.slice(Math.max(0, c.start - 12), c.start)));
  const legalBasis = basisCitations.map((c, i) => {
    const end = basisCitations[i + 1]?.start ?? basisParagraph.length;
    return basisParagraph
      .slice(c.start, end)
      .replace(/(?:;|\.\s)[\s\S]*$/u, '')
      .replace(/,\s*(?:Ủy ban nhân dân|UBND|Sở)[^,;]*(?:ban hành|xây dựng)[\s\S]*$/u, '')
      .replace(/[;,.]?\s*(?:và\s*)?$/u, '')
      .trim();
  });

  // Appendix rows: tab-separated lines under a header with "Nội dung".
  const tasks: ImportedTask[] = [];
  const headerAt = lines.findIndex((l) => l.includes('\t') && /nội dung/iu.test(l));
  if (headerAt !== -1) {
    const headers = lines[headerAt]!.split('\t').map((h) => strip(h).toLowerCase());
    const sub = lines[headerAt + 1]?.split('\t').map((h) => strip(h).toLowerCase()) ?? [];
    const column = (test: RegExp) => {
      const i = headers.findIndex((h) => test.test(h));
      const j = sub.findIndex((h) => test.test(h));
      return j !== -1 && !/^\d/.test(sub[0] ?? '') ? j : i;
    };
    const cols = {
      no: column(/^(stt|số tt)$/u),
      content: column(/nội dung/u),
      product: column(/sản phẩm/u),
      lead: column(/chủ trì/u),
      partners: column(/phối hợp/u),
      start: column(/^triển khai$/u),
      end: column(/hoàn thành/u),
      notes: column(/ghi chú/u),
    };
    const items = (cell: string | undefined) =>
      (cell ?? '')
        .replace(/<[^>]+>/g, ' ')
        .split(/\s*;\s*-\s*|^\s*-\s*|\s+-\s+(?=\p{Lu})|;\s*(?=\p{Lu})/u)
        .map((s) => s.replace(/^[-\s]+|[;\s]+$/g, '').trim())
        .filter(Boolean);
    for (const line of lines.slice(headerAt + 1)) {
      if (!line.includes('\t')) continue;
      const cells = line.split('\t').map((c) => c.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
      const get = (i: number) => (i >= 0 && cells[i] ? cells[i]! : null);
      const no = get(cols.no);
      if (no && /^\d+$/.test(no)) {
        tasks.push({ no, content: get(cols.content) ?? '', product: get(cols.product), lead: items(get(cols.lead) ?? ''), partners: items(get(cols.partners) ?? ''), start: get(cols.start), end: get(cols.end), notes: get(cols.notes) });
      } else if (tasks.length > 0 && cells.some(Boolean) && !cells.some((c) => /nội dung|triển khai/iu.test(c))) {
        // A row continued after a page break: its cells belong to the row above.
        const last = tasks.at(-1)!;
        if (get(cols.content)) last.content = `${last.content} ${get(cols.content)}`;
        if (get(cols.product)) last.product = `${last.product ?? ''} ${get(cols.product)}`.trim();
        notes.push(`appendix row ${last.no}: continued after a page break, merged`);
      }
    }
  }

  const agency = issuer;
  const province = agency?.province ?? null;
  const plan: ImportedPlan = {
    type: 'Kế hoạch',
    number,
    symbol,
    title,
    year,
    date,
    place,
    issuer: agency?.key ?? null,
    level: agency?.level === 'trung-uong' ? null : (agency?.level ?? null),
    province,
    district: agency?.district ?? null,
    status: number ? 'ban-hanh' : 'du-thao',
    letterhead,
    signer,
    recipients,
    legalBasis,
    indices: detectIndices(`${title ?? ''}\n${text}`, indices),
    tasks,
  };
  for (const [field, value] of Object.entries({ number, title, year, date, place })) {
    if (value === null) toCheck.push(`${field}: not stated in the text (left null)`);
  }
  if (province && !units.has(province)) toCheck.push(`province: "${province}" is not in the provinces collection`);
  return { plan, notes, toCheck };
}

/**
 * Reading a document's text (the common text of src/lib/import/readers: any format) into the
 * fields of a plan. Pure: the agencies and units to recognise are given. The document kind is
 * decided first: a plan is read; a Quyết định that issues a plan has its attached plan read,
 * with the decision as its legal basis; anything else is refused with what it is. What the
 * text does not state stays null and is listed for a person to check; nothing is guessed.
 */
import { findCitations } from './citations';
import { detectIndices } from './indices';
import type { IndexData } from './schemas/index-entry';
import type { Agency, Unit } from './catalog';
import { markdownBlocks } from './import/readers/text';
import { blocksToText } from './import/source-text';
import { findAttachedPlan, findKindLine, kindOfLine, looksLikeCongVan, TYPE_ABBREVIATIONS } from './import/document-kind';
import { readHeader } from './import/header';
import { readTitle } from './import/title';
import { readLegalBasis } from './import/legal-basis';
import { readRecipients } from './import/recipients';
import { readSigner, signerTitle } from './import/signer';
import { readTasks, type ImportedTask } from './import/tasks';
import { resolveAgency, type AgencyResolution } from './import/agencies';

export { signerTitle };
export type { ImportedTask };

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
  /** What the document is: "Kế hoạch", "Quyết định" (with an attached plan, read), "Công văn" … */
  kind: string | null;
  /** Why it was not read as a plan (one line), or null. */
  refused: string | null;
  /** The issuer as printed and what it was matched to or proposed as. */
  issuer: AgencyResolution | null;
  /** The line (1-based, in the common text) each value came from. */
  sourceLines: Record<string, number>;
  /** Where a value came from when it is not its usual place ("number: from the appendix caption"). */
  notes: string[];
  /** Fields a person must check or fill (unknown, or inferred). */
  toCheck: string[];
}

/** Reads a document's text. `agencies` and `units` are the collections to recognise the issuer in. */
export function importPlan(raw: string, agencies: readonly Agency[], units: ReadonlyMap<string, Unit>, indices: readonly IndexData[]): ImportReport {
  const text = blocksToText(markdownBlocks(raw));
  const lines = text.split('\n');
  const notes: string[] = [];
  const toCheck: string[] = [];
  const sourceLines: Record<string, number> = {};

  let kindAt = findKindLine(lines);
  const headerEnd = kindAt === -1 ? Math.min(lines.length, 40) : kindAt;
  const header = readHeader(lines, headerEnd);
  notes.push(...header.notes);
  if (header.lines.letterhead !== undefined) sourceLines.issuer = header.lines.letterhead + 1;
  if (header.lines.number !== undefined) sourceLines.number = header.lines.number + 1;
  if (header.lines.date !== undefined) sourceLines.date = sourceLines.place = header.lines.date + 1;

  let kind = kindAt === -1 ? null : kindOfLine(lines[kindAt]!);
  if (!kind && looksLikeCongVan(lines.slice(0, headerEnd), header.symbol)) kind = 'Công văn';
  if (!kind && header.symbol) kind = TYPE_ABBREVIATIONS.get(header.symbol.split(/[-/]/)[0]!) ?? null;

  let number = header.number;
  let symbol = header.symbol;
  let date = header.date;
  const place = header.place;
  let refused: string | null = null;
  const decisionBasis: string[] = [];
  let bodyFrom = kindAt;

  if (kind === 'Quyết định' && kindAt !== -1) {
    const decisionTitle = readTitle(lines, kindAt, 'QUYẾT ĐỊNH').title;
    const attached = findAttachedPlan(lines, kindAt, decisionTitle);
    if (attached) {
      decisionBasis.push(
        `Quyết định số ${number ?? '…'}${date && date.length === 10 ? ` ngày ${Number(date.slice(8))}/${Number(date.slice(5, 7))}/${date.slice(0, 4)}` : ''}${header.issuer ? ` của ${header.issuer}` : ''}${decisionTitle ? ` ${decisionTitle.replace(/^VỀ VIỆC\s+/iu, '').toLowerCase()}` : ''}`,
      );
      notes.push(
        `a Quyết định (${number ?? 'no number'}) that issues the plan attached to it: the plan is read from line ${attached.kindLine + 1}, the decision is its legal basis, and its number is the decision's`,
      );
      kindAt = attached.kindLine;
      bodyFrom = attached.captionLine + 1;
      kind = 'Kế hoạch';
    } else {
      refused = `is a Quyết định${number ? ` (${number})` : ''}, not a plan, and issues no plan attached to it`;
    }
  } else if (kind === 'Kế hoạch' && header.number === null && header.symbol === null && !lines.slice(0, headerEnd).some((l) => /CỘNG H(O[ÀA]|ÒA) XÃ HỘI|Độc lập\s*[-–]\s*Tự do/u.test(l))) {
    refused = 'is not an administrative document: a "KẾ HOẠCH" line with no header above it (no "Số:", no Quốc hiệu); an article or a page about a plan?';
  } else if (kind !== 'Kế hoạch') {
    refused = kind ? `is a ${kind}${number ? ` (${number})` : ''}, not a plan` : 'is not an administrative document (no "KẾ HOẠCH" under a header, no number and type)';
  }

  const titleFields = kindAt === -1 ? { title: null, from: 0, to: 0 } : readTitle(lines, kindAt, 'KẾ HOẠCH');
  const title = titleFields.title;
  if (title) sourceLines.title = kindAt + 2;
  if (!refused && title === null) refused = 'has a "KẾ HOẠCH" line but no title under it';
  const bodyStart = Math.max(titleFields.to, bodyFrom);
  const body = lines.slice(bodyStart).join('\n');

  // The appendix caption may carry the number and date the header lacks.
  const caption = /Ban hành kèm theo Kế hoạch số\s*:?\s*([^\n)]*?)\s*của\s+([^)\n]+)\)/u.exec(text.replace(/\s*\n\s*/g, ' '));
  if (number === null && caption) {
    const fromCaption = findCitations(`Kế hoạch số ${caption[1]}`)[0];
    if (fromCaption?.number) {
      number = fromCaption.number;
      symbol = number.split('/').slice(1).join('/');
      if (!date && fromCaption.date) date = fromCaption.date;
      notes.push(`number and date taken from the appendix caption: "Kế hoạch số ${caption[1]}"`);
    }
  }
  const years = title ? [...title.matchAll(/năm\s+(\d{4})/giu)].map((m) => Number(m[1])) : [];
  let year = years.at(-1) ?? null;
  if (year === null && date) {
    // The plan year is not in the title: the issue year places the draft, and a person confirms it.
    year = Number(date.slice(0, 4));
    notes.push(`plan year: the title names no year; the issue year ${year} is used`);
    toCheck.push(`year: the title names no year; ${year} (the issue year) was used to place the draft; confirm the year the plan is for`);
  }

  // Issuer: the letterhead, else the appendix caption, else "… ban hành Kế hoạch" in the text.
  let issuer: AgencyResolution | null = header.issuer ? resolveAgency(header.issuer, header.superior, agencies, units, date, header.letterhead) : null;
  if ((!issuer || !issuer.matched) && caption) {
    const byCaption = resolveAgency(caption[2]!.trim(), null, agencies, units, date);
    if (byCaption.matched) issuer = byCaption;
  }
  if (!issuer || !issuer.matched) {
    const made =
      /(Ủy ban nhân dân|UBND|Sở\s+[^()\n.;]{3,60}?)\s*(?:\([^)]*\)\s*)?(tỉnh|huyện|thành phố)?\s*(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})?\s*(?:ban hành|xây dựng)\s+(?:Kế hoạch|kế hoạch)/u.exec(body);
    const locality = /(tỉnh|huyện)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/u.exec(title ?? '');
    if (made) {
      const bodyName = made[1] === 'UBND' ? 'Ủy ban nhân dân' : made[1]!.trim();
      const candidates = [
        made[2] && made[3] ? `${bodyName} ${made[2]} ${made[3]}` : null,
        locality ? `${bodyName} ${locality[1]} ${locality[2]}` : null,
        made[2] && locality && made[2] === locality[1] ? `${bodyName} ${made[2]} ${locality[2]}` : null,
        place ? `${bodyName} tỉnh ${place}` : null,
        place ? `${bodyName} huyện ${place}` : null,
      ].filter((c): c is string => c !== null);
      const found = candidates.map((c) => resolveAgency(c, null, agencies, units, date)).find((r) => r.matched);
      if (found) {
        issuer = found;
        notes.push(`issuer recognised from the text: ${found.id}`);
      }
    }
  }
  const agency = issuer?.matched ? (agencies.find((a) => a.key === issuer!.id) ?? null) : null;
  if (!issuer) toCheck.push('issuer: not found in the header; set it by hand');
  else if (!issuer.matched) toCheck.push(`issuer: "${issuer.printed}" is not in content/agencies/; a new entry is proposed for ${issuer.proposal?.file}: review it`);

  // Recipients and signature.
  let rec = readRecipients(lines, bodyStart);
  // A plan attached to a Quyết định is signed in the decision: its Nơi nhận and signature are the decision's.
  if (rec.at === -1 && decisionBasis.length > 0) {
    rec = readRecipients(lines, 0);
    if (rec.at !== -1) notes.push('signer and recipients are those of the Quyết định that issues the plan');
  }
  if (rec.at !== -1) sourceLines.recipients = rec.at + 1;
  const signerEnd = lines.findIndex((l, i) => i > rec.end && /^(PHỤ LỤC|Phụ lục)(?![\p{L}\p{N}])/u.test(l.trim()));
  const signer = rec.at === -1 ? { name: null, title: null, capacity: null, lines: [] } : readSigner(lines.slice(rec.end + 1, signerEnd === -1 ? undefined : signerEnd));
  if (rec.end !== -1 && signer.name) sourceLines.signer = rec.end + 2;
  if (!signer.name) toCheck.push('signer.name: not found');

  const legalBasis = [...decisionBasis, ...readLegalBasis(body)];
  const tasks = readTasks(lines, notes);

  const proposal = issuer && !issuer.matched ? issuer.proposal : null;
  const province = agency?.province ?? proposal?.province ?? null;
  const level = agency ? (agency.level === 'trung-uong' ? null : agency.level) : proposal && proposal.level !== 'trung-uong' ? proposal.level : null;
  const plan: ImportedPlan = {
    type: 'Kế hoạch',
    number,
    symbol,
    title,
    year,
    date,
    place,
    issuer: issuer?.id ?? null,
    level,
    province,
    district: agency?.district ?? null,
    status: number ? 'ban-hanh' : 'du-thao',
    letterhead: header.letterhead,
    signer,
    recipients: rec.recipients,
    legalBasis,
    indices: detectIndices(`${title ?? ''}\n${text}`, indices),
    tasks,
  };
  if (!refused) {
    for (const [field, value] of Object.entries({ number, title, date, place, ...(year === null ? { year } : {}) })) {
      if (value === null) toCheck.push(`${field}: not stated in the text (left null)`);
    }
  }
  if (province && !units.has(province)) toCheck.push(`province: "${province}" is not in the provinces collection`);
  return { plan, kind, refused, issuer, sourceLines, notes, toCheck };
}

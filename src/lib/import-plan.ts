/**
 * Reading a document's text (the common text of src/lib/import/readers: any format) into the
 * fields of a plan. Pure: the agencies and units to recognise are given. The document kind is
 * decided first: a plan is read; a Quyết định that issues a plan has its attached plan read,
 * with the decision as its legal basis; anything else is refused with what it is. What the
 * text does not state stays null and is listed for a person to check; nothing is guessed.
 *
 * `importPlan` runs one step per part of the document, each a function of its own below:
 * the header and kind (`readFront`, `decideKind`), the title, number and year
 * (`readNumberFromCaption`, `readPlanYear`), the issuer (`readIssuer`), the signature
 * (`readSignature`), the legal basis (`readBasis`), the duties of the organisation section
 * (src/lib/import/duties.ts) and the appendix (src/lib/import/tasks.ts).
 */
import { findCitations } from './citations';
import { detectIndices } from './indices';
import type { IndexData } from './schemas/index-entry';
import type { Agency, Unit } from './catalog';
import { markdownBlocks } from './import/readers/text';
import { blocksToText } from './import/source-text';
import { findAttachedPlan, findKindLine, kindOfLine, looksLikeCongVan, TYPE_ABBREVIATIONS } from './import/document-kind';
import { readHeader, type HeaderFields } from './import/header';
import { readTitle } from './import/title';
import { readLegalBasis } from './import/legal-basis';
import { readRecipients } from './import/recipients';
import { readSigner, signerTitle, type SignerFields } from './import/signer';
import { findSignedBlock, findTrailingSignature } from './import/signing-mark';
import { readTasks, type ImportedTask } from './import/tasks';
import { resolveAgency, type AgencyProposal, type AgencyResolution } from './import/agencies';
import { readDuties, type ImportedDuty } from './import/duties';

export { signerTitle };
export type { ImportedTask, ImportedDuty };

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
  signer: SignerFields;
  recipients: string[];
  legalBasis: string[];
  indices: string[];
  duties: ImportedDuty[];
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
  /** New agencies proposed for bodies of the duties that are not in content/agencies/ (the issuer's is in `issuer`). */
  dutyProposals: AgencyProposal[];
  /** The line (1-based, in the common text) each value came from. */
  sourceLines: Record<string, number>;
  /** Where a value came from when it is not its usual place ("number: from the appendix caption"). */
  notes: string[];
  /** Fields a person must check or fill (unknown, or inferred). */
  toCheck: string[];
}

/** Header step: the type-word line, the header above it and the kind it gives. */
export function readFront(lines: readonly string[]): { kindAt: number; header: HeaderFields; kind: string | null } {
  const kindAt = findKindLine(lines);
  const headerEnd = kindAt === -1 ? Math.min(lines.length, 40) : kindAt;
  const header = readHeader(lines, headerEnd);
  let kind = kindAt === -1 ? null : kindOfLine(lines[kindAt]!);
  if (!kind && looksLikeCongVan(lines.slice(0, headerEnd), header.symbol)) kind = 'Công văn';
  if (!kind && header.symbol) kind = TYPE_ABBREVIATIONS.get(header.symbol.split(/[-/]/)[0]!) ?? null;
  return { kindAt, header, kind };
}

export interface KindDecision {
  kind: string | null;
  /** The plan's "KẾ HOẠCH" line (for a Quyết định that issues a plan: the attached plan's). */
  kindAt: number;
  /** The line the plan's body starts at, at the earliest. */
  bodyFrom: number;
  refused: string | null;
  /** The issuing decision, as the plan's first legal basis, when the plan is attached to one. */
  decisionBasis: string[];
  notes: string[];
}

/** Kind step: a plan is read, the plan a Quyết định issues is read instead of it, anything else is refused. */
export function decideKind(lines: readonly string[], front: ReturnType<typeof readFront>): KindDecision {
  const { header } = front;
  let { kind, kindAt } = front;
  const notes: string[] = [];
  const decisionBasis: string[] = [];
  const headerEnd = kindAt === -1 ? Math.min(lines.length, 40) : kindAt;
  let bodyFrom = kindAt;
  let refused: string | null = null;
  const { number, date } = header;
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
  return { kind, kindAt, bodyFrom, refused, decisionBasis, notes };
}

/** The appendix caption "(Ban hành kèm theo Kế hoạch số … của …)": the number and the issuer it names. */
export function findCaption(text: string): { reference: string; issuer: string } | null {
  const m = /Ban hành kèm theo Kế hoạch số\s*:?\s*([^\n)]*?)\s*của\s+([^)\n]+)\)/u.exec(text.replace(/\s*\n\s*/g, ' '));
  return m ? { reference: m[1]!, issuer: m[2]!.trim() } : null;
}

/** Number step: the appendix caption may carry the number and date the header lacks. */
export function readNumberFromCaption(
  caption: ReturnType<typeof findCaption>,
  header: Pick<HeaderFields, 'number' | 'symbol' | 'date'>,
): { number: string | null; symbol: string | null; date: string | null; notes: string[] } {
  const { number, symbol, date } = header;
  if (number !== null || !caption) return { number, symbol, date, notes: [] };
  const fromCaption = findCitations(`Kế hoạch số ${caption.reference}`)[0];
  if (!fromCaption?.number) return { number, symbol, date, notes: [] };
  return {
    number: fromCaption.number,
    symbol: fromCaption.number.split('/').slice(1).join('/'),
    date: date ?? fromCaption.date ?? null,
    notes: [`number and date taken from the appendix caption: "Kế hoạch số ${caption.reference}"`],
  };
}

/** Year step: the last "năm YYYY" of the title; else the issue year, which a person confirms. */
export function readPlanYear(title: string | null, date: string | null): { year: number | null; notes: string[]; toCheck: string[] } {
  const years = title ? [...title.matchAll(/năm\s+(\d{4})/giu)].map((m) => Number(m[1])) : [];
  const fromTitle = years.at(-1) ?? null;
  if (fromTitle !== null || !date) return { year: fromTitle, notes: [], toCheck: [] };
  const year = Number(date.slice(0, 4));
  return {
    year,
    notes: [`plan year: the title names no year; the issue year ${year} is used`],
    toCheck: [`year: the title names no year; ${year} (the issue year) was used to place the draft; confirm the year the plan is for`],
  };
}

/** Issuer step: the letterhead, else the appendix caption, else "… ban hành Kế hoạch" in the text. */
export function readIssuer(
  context: { header: HeaderFields; caption: ReturnType<typeof findCaption>; body: string; title: string | null; place: string | null; date: string | null },
  agencies: readonly Agency[],
  units: ReadonlyMap<string, Unit>,
): { issuer: AgencyResolution | null; notes: string[] } {
  const { header, caption, body, title, place, date } = context;
  const notes: string[] = [];
  let issuer: AgencyResolution | null = header.issuer ? resolveAgency(header.issuer, header.superior, agencies, units, date, header.letterhead) : null;
  if ((!issuer || !issuer.matched) && caption) {
    const byCaption = resolveAgency(caption.issuer, null, agencies, units, date);
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
  return { issuer, notes };
}

/** Signature step: the "Nơi nhận" list and the signature block after it (a decision's, for a plan attached to one). */
export function readSignature(
  lines: readonly string[],
  bodyStart: number,
  attachedToDecision: boolean,
): { recipients: string[]; signer: SignerFields; recipientsAt: number; signerAt: number; notes: string[] } {
  const notes: string[] = [];
  let rec = readRecipients(lines, bodyStart);
  // A plan attached to a Quyết định is signed in the decision: its Nơi nhận and signature are the decision's.
  if (rec.at === -1 && attachedToDecision) {
    rec = readRecipients(lines, 0);
    if (rec.at !== -1) notes.push('signer and recipients are those of the Quyết định that issues the plan');
  }
  const signerEnd = lines.findIndex((l, i) => i > rec.end && /^(PHỤ LỤC|Phụ lục)(?![\p{L}\p{N}])/u.test(l.trim()));
  if (rec.at === -1) {
    // No Nơi nhận list (a legal library's page): the block the signing mark "(Đã ký)" stands in.
    const firstAppendix = lines.findIndex((l, i) => i > bodyStart && /^(PHỤ LỤC|Phụ lục)(?![\p{L}\p{N}])/u.test(l.trim()));
    const scope = firstAppendix === -1 ? lines : lines.slice(0, firstAppendix);
    const marked = findSignedBlock(scope, Math.max(0, bodyStart));
    const signed = marked ?? findTrailingSignature(scope, Math.max(0, bodyStart));
    if (signed) {
      const signer = readSigner(signed.lines);
      if (signer.name) {
        notes.push(
          marked
            ? `no "Nơi nhận" list: the signer read around the mark "(Đã ký)" on line ${signed.at + 1}`
            : `no "Nơi nhận" list: the signer read from the signature block at the end, line ${signed.at + 1}`,
        );
        return { recipients: [], signer, recipientsAt: -1, signerAt: signed.at, notes };
      }
    }
  }
  const signer = rec.at === -1 ? { name: null, title: null, capacity: null, lines: [] } : readSigner(lines.slice(rec.end + 1, signerEnd === -1 ? undefined : signerEnd));
  return { recipients: rec.recipients, signer, recipientsAt: rec.at, signerAt: rec.end !== -1 && signer.name ? rec.end + 1 : -1, notes };
}

/** Legal-basis step: the issuing decision (if any), then the "Căn cứ / Thực hiện / Triển khai" paragraphs. */
export function readBasis(decisionBasis: readonly string[], body: string): string[] {
  return [...decisionBasis, ...readLegalBasis(body)];
}

/** Reads a document's text. `agencies` and `units` are the collections to recognise the issuer in. */
export function importPlan(raw: string, agencies: readonly Agency[], units: ReadonlyMap<string, Unit>, indices: readonly IndexData[]): ImportReport {
  const text = blocksToText(markdownBlocks(raw));
  const lines = text.split('\n');
  const notes: string[] = [];
  const toCheck: string[] = [];
  const sourceLines: Record<string, number> = {};

  // Header and kind.
  const front = readFront(lines);
  const { header } = front;
  notes.push(...header.notes);
  if (header.lines.letterhead !== undefined) sourceLines.issuer = header.lines.letterhead + 1;
  if (header.lines.number !== undefined) sourceLines.number = header.lines.number + 1;
  if (header.lines.date !== undefined) sourceLines.date = sourceLines.place = header.lines.date + 1;
  const decision = decideKind(lines, front);
  notes.push(...decision.notes);
  const { kind, kindAt, decisionBasis } = decision;
  let { refused } = decision;
  const place = header.place;

  // Title, body, number and year.
  const titleFields = kindAt === -1 ? { title: null, from: 0, to: 0 } : readTitle(lines, kindAt, 'KẾ HOẠCH');
  const title = titleFields.title;
  if (title) sourceLines.title = kindAt + 2;
  if (!refused && title === null) refused = 'has a "KẾ HOẠCH" line but no title under it';
  const bodyStart = Math.max(titleFields.to, decision.bodyFrom);
  const body = lines.slice(bodyStart).join('\n');
  const caption = findCaption(text);
  const numbered = readNumberFromCaption(caption, header);
  notes.push(...numbered.notes);
  const { number, symbol, date } = numbered;
  const planYear = readPlanYear(title, date);
  notes.push(...planYear.notes);
  toCheck.push(...planYear.toCheck);
  const { year } = planYear;

  // Issuer.
  const read = readIssuer({ header, caption, body, title, place, date }, agencies, units);
  notes.push(...read.notes);
  const { issuer } = read;
  const agency = issuer?.matched ? (agencies.find((a) => a.key === issuer.id) ?? null) : null;
  if (!issuer) toCheck.push('issuer: not found in the header; set it by hand');
  else if (!issuer.matched) toCheck.push(`issuer: "${issuer.printed}" is not in content/agencies/; a new entry is proposed for ${issuer.proposal?.file}: review it`);

  // Recipients and signature.
  const signature = readSignature(lines, bodyStart, decisionBasis.length > 0);
  notes.push(...signature.notes);
  if (signature.recipientsAt !== -1) sourceLines.recipients = signature.recipientsAt + 1;
  if (signature.signerAt !== -1) sourceLines.signer = signature.signerAt + 1;
  const { signer } = signature;
  if (!signer.name) toCheck.push('signer.name: not found');

  // Legal basis, duties and appendix.
  const legalBasis = readBasis(decisionBasis, body);
  const dutyReading = readDuties(lines.slice(bodyStart), { issuer, superior: header.superior, issuerAgency: agency, agencies, units, date });
  notes.push(...dutyReading.notes);
  if (dutyReading.headings.length > 0) sourceLines.duties = bodyStart + dutyReading.headings[0]! + 1;
  const dutyProposals = dutyReading.proposals.filter((p) => !(issuer?.proposal && issuer.proposal.file === p.file && issuer.proposal.id === p.id));
  if (dutyProposals.length > 0)
    toCheck.push(
      `duties: ${dutyProposals.length} bod${dutyProposals.length === 1 ? 'y is' : 'ies are'} not in content/agencies/; new entries are proposed (${dutyProposals.map((p) => p.name).join('; ')}): review them`,
    );
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
    recipients: signature.recipients,
    legalBasis,
    indices: detectIndices(`${title ?? ''}\n${text}`, indices),
    duties: dutyReading.duties,
    tasks,
  };
  if (!refused) {
    for (const [field, value] of Object.entries({ number, title, date, place, ...(year === null ? { year } : {}) })) {
      if (value === null) toCheck.push(`${field}: not stated in the text (left null)`);
    }
  }
  if (province && !units.has(province)) toCheck.push(`province: "${province}" is not in the provinces collection`);
  return { plan, kind, refused, issuer, dutyProposals, sourceLines, notes, toCheck };
}

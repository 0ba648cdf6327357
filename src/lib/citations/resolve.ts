/**
 * Resolve: decides who issued each extracted reference and which document it is, as a
 * canonical key that matches the same document across plans and notations.
 *
 * - National documents (Chính phủ, Thủ tướng, Quốc hội, ministries, the Party's central
 *   bodies) are unique by number and year: `76-nq-cp-2021`, `129-2007-qd-ttg`; central
 *   Party numbers restart each term, so they carry the term: `18-nq-tw-khoa-xii`.
 * - Local documents (UBND, HĐND, Tỉnh ủy, Huyện ủy, Sở…) also carry their locality, from
 *   the text ("của UBND tỉnh Quảng Trị") or from the citing document's context ("của UBND
 *   tỉnh" in a Quảng Trị plan): `quang-tri-3647-qd-ubnd-2021`.
 * - A year the text does not give is taken from another reference to the same number in
 *   the same text (eyecite's short forms); else the key ends in `-khong-ro-nam` and the
 *   corpus index decides, or shows the ambiguity. Two documents sharing a number are never
 *   merged: locality and year are part of the key.
 */
import { slugify } from '../slug';
import { ALIASES, ALIAS_NEIGHBOURHOOD } from './aliases';
import { cleanText, inputSpan } from './clean';
import { extractCitations, type Family, type RawCitation } from './extract';
import { parseNumberText } from './grammar';
import { centralPartyTerm, localIssuerName, nationalIssuer, typeOfAbbreviation, type DocumentType } from './vocabulary';

/** Where a text comes from, to resolve "của UBND tỉnh" and unstated issuers. */
export interface CitationContext {
  /** The citing document's province (pre-2025 id and name): { id: "quang-tri", name: "Quảng Trị" }. */
  province?: { id: string; name: string } | null;
  /** Its district, for a district plan: { id: "ha-tinh/huyen-ky-anh", name: "Kỳ Anh" }. */
  district?: { id: string; name: string } | null;
  /** Its issue date (ISO prefix), to apply name aliases only to later texts. */
  date?: string | null;
  /**
   * Its own number ("84/KH-UBND"), so that the text naming itself (header, appendix
   * caption, "Kế hoạch này") is told apart from citations of other documents. When
   * absent, the number of the text's header line ("Số: …") is taken.
   */
  number?: string | null;
}

/**
 * What a reference is, as eyecite's citation classes say it:
 * - "full": a numbered reference to another document (its first mention, or one that gives its date);
 * - "short": a later mention of a number already cited in the same text;
 * - "self": the citing document's own number (its header, an appendix caption "Kèm theo Kế hoạch số …");
 * - "anaphoric": "Kế hoạch này", "Quyết định nêu trên", a short name the text defined ("Chỉ thị 27");
 * - "named": a document cited by name (a law with its date or year, a programme).
 */
export type CitationKind = 'full' | 'short' | 'self' | 'anaphoric' | 'named';

/**
 * "exact": the text gives what the key needs; "resolved-in-text": a short form completed
 * from a fuller reference in the same text; "incomplete": the year or the locality is
 * unknown, and the key says so (`…-khong-ro-nam`, `khong-ro-noi-…`).
 */
export type KeyStatus = 'exact' | 'resolved-in-text' | 'incomplete';

export interface Citation {
  /** JavaScript string offsets into the input: `input.slice(start, end) === surface`. */
  start: number;
  end: number;
  surface: string;
  type: DocumentType;
  family: Family | 'alias';
  /** Normalised number ("05-NQ/TU"), or null for a law cited by name. */
  number: string | null;
  numberAsWritten: string | null;
  /** "YYYY-MM-DD", "YYYY-MM", "YYYY", or null. */
  date: string | null;
  /** The issuer as stated, else as implied by the number or the context; null when unknown. */
  issuer: string | null;
  /** Whether the text states the issuer (else it is implied). */
  issuerStated: boolean;
  /** True for national documents (keyed by number and year alone). */
  national: boolean;
  /** Locality key of a local document ("quang-tri", "ha-tinh/huyen-ky-anh"), or null. */
  locality: string | null;
  /** Whether the locality comes from the citing document's context, not from the text. */
  localityInferred: boolean;
  /** Party term ("XII"), stated or derived from the date, or null. */
  term: string | null;
  /** The name of a law cited by name. */
  name: string | null;
  /** Canonical key of the cited document, also its URL segment under /van-ban/ (for an anaphor, its antecedent's; "" when unknown). */
  key: string;
  keyStatus: KeyStatus;
  kind: CitationKind;
  /** The part of the document cited ("khoản 2 Điều 5"), or null. */
  pin: string | null;
  /** For an anaphor: the key of the document it stands for, or null when the text does not say. */
  refersTo: string | null;
  /** Keys of the documents this one amends ("Nghị định số … sửa đổi, bổ sung … Nghị định số …"), as the text says. */
  amends: string[];
  /** Keys of the documents the text says amend this one ("được sửa đổi, bổ sung bởi …"). */
  amendedBy: string[];
  /** What normalisation corrected in the number ("glued symbol", "Party number in state notation"). */
  corrections: string[];
  /** The named groups of the pattern the reference was read with, as written. */
  groups: Record<string, string>;
}

/** The abbreviation that says who issued a document: "TTg" in QĐ-TTg, "TU" in NQ/TU, "STTTT" in a công văn. */
function issuerAbbreviation(raw: RawCitation): string | null {
  if (raw.family === 'name' || raw.groups.length === 0) return null;
  if (raw.family === 'party') return raw.groups[1]!;
  if (raw.family === 'normative' && raw.groups.length === 1) return raw.groups[0]!; // 202/2025/QH15
  // A công văn's symbol is issuer-unit (53/STTTT-TTBCXB); a typed document's is type-issuer(-…);
  // an issuer's own symbol with no type in it ("305/QLTC", "12/YH/KT-TC") begins with the issuer.
  return raw.type === 'Công văn' || raw.groups.length === 1 || typeOfAbbreviation(raw.groups[0]!) === null ? raw.groups[0]! : raw.groups[1]!;
}

interface Locality {
  id: string | null;
  inferred: boolean;
  level: 'province' | 'district' | null;
}

/** The locality an issuer phrase names, or the context's when the phrase names none. */
function localityOf(issuerText: string | null, abbreviation: string | null, context: CitationContext): Locality {
  const province = context.province ?? null;
  const district = context.district ?? null;
  const text = issuerText ?? '';
  const named = /(?:^|\s)(tỉnh|thành phố|Tỉnh ủy|Thành ủy|huyện|thị xã|Huyện ủy)\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})/u.exec(text);
  if (named) {
    const isDistrict = /^(huyện|thị xã|Huyện ủy)$/u.test(named[1]!);
    const name = named[2]!;
    if (isDistrict) {
      if (district && slugify(district.name) === slugify(name)) return { id: district.id, inferred: false, level: 'district' };
      const kind = named[1] === 'thị xã' ? 'thi-xa' : 'huyen';
      return { id: province ? `${province.id}/${kind}-${slugify(name)}` : `${kind}-${slugify(name)}`, inferred: province !== null, level: 'district' };
    }
    return { id: slugify(name), inferred: false, level: 'province' };
  }
  const saysDistrict = /huyện|Huyện ủy/iu.test(text) || (!issuerText && abbreviation === 'HU');
  const saysProvince = /tỉnh|Tỉnh ủy|Sở\s|Tỉnh Đoàn/iu.test(text) || (!issuerText && (abbreviation === 'TU' || /^S[A-ZĐ]/u.test(abbreviation ?? '')));
  if (saysDistrict) return { id: district?.id ?? null, inferred: true, level: 'district' };
  if (saysProvince) return { id: province?.id ?? null, inferred: true, level: 'province' };
  // Nothing said: the citing document's own locality.
  if (district) return { id: district.id, inferred: true, level: 'district' };
  return { id: province?.id ?? null, inferred: true, level: 'province' };
}

/** A slug of a locality id usable inside a key: "ha-tinh/huyen-ky-anh" → "ha-tinh-huyen-ky-anh". */
const localityKey = (id: string) => id.replace(/\//g, '-');

function resolveOne(raw: RawCitation, context: CitationContext): Omit<Citation, 'start' | 'end' | 'surface'> {
  const abbreviation = issuerAbbreviation(raw);
  const national = raw.family === 'name' || (abbreviation !== null && nationalIssuer(abbreviation) !== null);
  // A document's own number line takes the document's date (given by the context).
  const date = raw.date ?? (raw.self === 'header' ? (context.date ?? null) : null);
  const year = raw.numberYear ?? (date ? Number(date.slice(0, 4)) : null);
  let issuer: string | null = raw.issuerText;
  let locality: Locality = { id: null, inferred: false, level: null };
  if (!national) {
    locality = localityOf(raw.issuerText, abbreviation, context);
    // "của UBND tỉnh" in a Quảng Trị plan: the stated issuer, completed with the place it means.
    const placeName = locality.level === 'district' ? context.district?.name : context.province?.name;
    if (issuer && locality.inferred && placeName && /(?:tỉnh|huyện|Tỉnh ủy|Huyện ủy)$/u.test(issuer)) issuer = `${issuer} ${placeName}`;
    if (!issuer && abbreviation && locality.level) {
      const name = locality.level === 'district' ? context.district?.name : context.province?.name;
      if (name && locality.inferred) issuer = localIssuerName(abbreviation, locality.level, name);
    }
  } else if (!issuer) {
    if (raw.family === 'name') issuer = raw.type === 'Pháp lệnh' ? 'Ủy ban Thường vụ Quốc hội' : 'Quốc hội';
    else {
      // A joint document names each of its issuers: 02/2023/TTLT-BNV-BTC.
      const joint = /liên tịch/u.test(raw.type) || /^(TTLT|NQLT)$/u.test(raw.groups[0] ?? '') ? raw.groups.slice(1).map(nationalIssuer) : [];
      issuer = joint.length > 1 && joint.every(Boolean) ? joint.join(', ') : nationalIssuer(abbreviation!);
    }
  }
  let term = raw.term;
  if (raw.family === 'party' && national && !term && raw.date && raw.date.length === 10) term = centralPartyTerm(raw.date);

  let key: string;
  let keyStatus: KeyStatus = 'exact';
  if (raw.family === 'name') {
    key = `${slugify(`${raw.type} ${raw.name}`)}-${year ?? 'khong-ro-nam'}`;
  } else if (raw.family === 'normative') {
    key = slugify(raw.canonical!);
  } else if (raw.family === 'party' && national) {
    key = `${slugify(raw.canonical!)}-${term ? `khoa-${term.toLowerCase()}` : (year ?? 'khong-ro-nam')}`;
    if (!term && !year) keyStatus = 'incomplete';
  } else {
    const base = national ? slugify(raw.canonical!) : `${localityKey(locality.id ?? 'khong-ro-noi')}-${slugify(raw.canonical!)}`;
    key = `${base}-${year ?? 'khong-ro-nam'}`;
    if (!year || (!national && !locality.id)) keyStatus = 'incomplete';
  }
  return {
    type: raw.type,
    family: raw.family,
    number: raw.number,
    numberAsWritten: raw.numberAsWritten,
    date,
    issuer,
    issuerStated: raw.issuerText !== null,
    national,
    locality: locality.id,
    localityInferred: locality.inferred,
    term,
    name: raw.name,
    key,
    keyStatus,
    kind: raw.family === 'name' ? 'named' : 'full',
    pin: raw.pin,
    refersTo: null,
    amends: NONE,
    amendedBy: NONE,
    corrections: raw.corrections,
    groups: raw.match,
  };
}

/** The empty list most citations have (no amendment): shared, never mutated (amendments assign new lists). */
const NONE: string[] = Object.freeze([]) as unknown as string[];

/** Whether a full reference can complete an incomplete one: same number, and nothing known that differs. */
function completes(full: Citation, short: Citation): boolean {
  return (
    full.keyStatus === 'exact' &&
    full.number === short.number &&
    full.national === short.national &&
    (short.locality === null || short.localityInferred || full.locality === short.locality) &&
    (short.date === null || full.date?.slice(0, 4) === short.date.slice(0, 4))
  );
}

/** Whether a text between two citations says the first is amended by the second: "… được sửa đổi, bổ sung bởi …". */
const AMENDED_BY = /^[^.;\n]{0,200}?(?:đã\s+)?được\s+sửa\s+đổi,?\s*bổ\s+sung(?:\s+một\s+số\s+điều)?(?:\s+(?:bởi|tại|theo))\s*(?:các\s+)?$/iu;
/** … or that the first amends the second: "Nghị định số … của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số …". */
const AMENDS = /^(?:(?!được)[^.;\n]){0,200}?(?:về\s+việc\s+|quy\s+định\s+)?sửa\s+đổi,?\s*bổ\s+sung(?:\s+một\s+số\s+điều)?(?:\s+(?:của|tại))?\s*(?:các\s+)?$/iu;

/**
 * In-text resolution, eyecite's `resolve` for one document: decides the kind of every
 * citation (self, short, anaphoric), completes short forms from the full citation of the
 * same number, points anaphora at their antecedent, and links amendments both ways.
 * Mutates and returns `citations`, which must be in the order of `raws` (extract order).
 */
export function resolveInText(citations: Citation[], raws: readonly RawCitation[], text: string, context: CitationContext): Citation[] {
  // The document's own number: given, or its header line's.
  const given = context.number ? parseNumberText(context.number) : null;
  const header = citations.find((_, i) => raws[i]!.self === 'header' && raws[i]!.canonical !== null);
  const own = given?.canonical ?? (header ? raws[citations.indexOf(header)]!.canonical : null);
  let ownKey: string | null = null;
  for (const [i, citation] of citations.entries()) {
    const raw = raws[i]!;
    if (raw.anaphor || raw.canonical === null) continue;
    const isSelf = raw.canonical === own || raw.self === 'header' || (raw.self === 'caption' && own === null);
    if (isSelf) {
      citation.kind = 'self';
      ownKey ??= citation.key;
    }
  }

  // Short forms: a reference missing its year or place takes them from a full reference
  // to the same number elsewhere in the text — when exactly one document fits.
  const fullByNumber = new Map<string, Citation[]>();
  for (const full of citations) {
    if (full.keyStatus !== 'exact' || full.number === null || full.kind === 'anaphoric') continue;
    const list = fullByNumber.get(full.number);
    if (list) list.push(full);
    else fullByNumber.set(full.number, [full]);
  }
  // Short forms that say the same thing resolve the same way: decide once per signature.
  const decided = new Map<string, Citation | null>();
  for (const citation of citations) {
    if (citation.keyStatus !== 'incomplete' || citation.number === null) continue;
    const signature = [citation.number, citation.national, citation.locality, citation.localityInferred, citation.date?.slice(0, 4)].join('|');
    if (!decided.has(signature)) {
      const candidates = (fullByNumber.get(citation.number) ?? []).filter((full) => completes(full, citation));
      decided.set(signature, new Set(candidates.map((full) => full.key)).size === 1 ? candidates[0]! : null);
    }
    const source = decided.get(signature);
    if (source) {
      Object.assign(citation, {
        key: source.key,
        keyStatus: 'resolved-in-text',
        term: citation.term ?? source.term,
        locality: source.locality,
        localityInferred: source.localityInferred,
        issuer: citation.issuerStated ? citation.issuer : source.issuer,
      });
    }
  }

  // "short": a later mention, without its date, of a number already cited.
  const seen = new Set<string>();
  for (const [i, citation] of citations.entries()) {
    const raw = raws[i]!;
    if (raw.anaphor || raw.canonical === null || citation.kind === 'self') continue;
    if (seen.has(citation.key) && raw.date === null) citation.kind = 'short';
    seen.add(citation.key);
  }

  // Anaphora: "… này" is the document itself; "… nêu trên" the last document of that type; a defined name its definition.
  // Extract returns the citations of documents in reading order, then the anaphora.
  const firstAnaphor = raws.findIndex((raw) => raw.anaphor !== null);
  const documentCount = firstAnaphor === -1 ? raws.length : firstAnaphor;
  for (const [i, citation] of citations.entries()) {
    const anaphor = raws[i]!.anaphor;
    if (!anaphor) continue;
    let target: string | null = null;
    if (anaphor.refers === 'self') target = ownKey;
    else if (anaphor.refers === 'defined') target = anaphor.definedBy === null ? null : citations[anaphor.definedBy]!.key;
    else {
      let previous: Citation | null = null;
      for (let k = 0; k < documentCount && citations[k]!.end <= citation.start; k++) if (citations[k]!.type === citation.type) previous = citations[k]!;
      target = previous ? previous.key : null;
    }
    // An anaphor says what its antecedent says (number, date, issuer); unresolved, it says nothing more than its type.
    const antecedent = target ? citations.find((c) => c.key === target && c.kind !== 'anaphoric') : undefined;
    const known = antecedent
      ? {
          number: antecedent.number,
          date: antecedent.date,
          issuer: antecedent.issuer,
          national: antecedent.national,
          locality: antecedent.locality,
          localityInferred: antecedent.localityInferred,
          term: antecedent.term,
          name: antecedent.name,
        }
      : { number: null, date: null, issuer: null, national: false, locality: null, localityInferred: false, term: null, name: null };
    Object.assign(citation, known, { kind: 'anaphoric', issuerStated: false, refersTo: target, key: target ?? '', keyStatus: target ? 'resolved-in-text' : 'incomplete' });
  }

  // Amendments, both ways, between neighbouring citations of other documents.
  const documents: number[] = [];
  for (let k = 0; k < documentCount; k++) if (citations[k]!.kind !== 'self') documents.push(k);
  for (let k = 0; k + 1 < documents.length; k++) {
    const a = citations[documents[k]!]!;
    const b = citations[documents[k + 1]!]!;
    const between = text.slice(raws[documents[k]!]!.end, raws[documents[k + 1]!]!.start);
    if (!/sửa\s+đổi/iu.test(between)) continue;
    let amended: Citation | null = null;
    let amending: Citation | null = null;
    if (AMENDED_BY.test(between)) [amended, amending] = [a, b];
    else if (AMENDS.test(between)) [amended, amending] = [b, a];
    if (!amended || !amending || amended.key === amending.key) continue;
    if (!amended.amendedBy.includes(amending.key)) amended.amendedBy = [...amended.amendedBy, amending.key];
    if (!amending.amends.includes(amended.key)) amending.amends = [...amending.amends, amended.key];
  }
  return citations;
}

/** The citations of a text grouped by the document they stand for (anaphora under their antecedent), in reading order. */
export function citationsByDocument(citations: readonly Citation[]): Map<string, Citation[]> {
  const documents = new Map<string, Citation[]>();
  for (const citation of citations) {
    if (!citation.key) continue;
    const list = documents.get(citation.key);
    if (list) list.push(citation);
    else documents.set(citation.key, [citation]);
  }
  return documents;
}

/**
 * Finds and resolves every reference in `input`, in reading order: clean → extract →
 * resolve (in the text) → programmes cited by name. Never throws on any string; spans
 * are offsets into `input` itself.
 */
export function findCitations(input: string, context: CitationContext = {}): Citation[] {
  const clean = cleanText(input);
  const raws = extractCitations(clean);
  const citations: Citation[] = raws.map((raw) => {
    const span = inputSpan(clean, raw.start, raw.end);
    return { ...span, surface: input.slice(span.start, span.end), ...resolveOne(raw, context) };
  });
  resolveInText(citations, raws, clean.text, context);

  // Programmes cited by name (aliases), unless an explicit citation of the same document is close by.
  for (const alias of ALIASES) {
    if (context.date && context.date < alias.date.slice(0, context.date.length)) continue;
    const key = `${slugify(alias.number)}-${alias.date.slice(0, 4)}`;
    // Explicit citations of the same document, in order; a pointer walks them with the matches.
    const explicit = citations.filter((c) => c.key === key).sort((a, b) => a.end - b.end);
    let next = 0;
    for (const match of clean.text.matchAll(alias.pattern)) {
      const span = inputSpan(clean, match.index, match.index + match[0].length);
      while (next < explicit.length && explicit[next]!.end <= span.start - ALIAS_NEIGHBOURHOOD) next++;
      const near = next < explicit.length && explicit[next]!.start < span.end + ALIAS_NEIGHBOURHOOD;
      if (near) continue;
      citations.push({
        ...span,
        surface: input.slice(span.start, span.end),
        type: alias.type,
        family: 'alias',
        number: alias.number,
        numberAsWritten: null,
        date: alias.date,
        issuer: alias.issuer,
        issuerStated: false,
        national: true,
        locality: null,
        localityInferred: false,
        term: null,
        name: null,
        key,
        keyStatus: 'exact',
        kind: 'named',
        pin: null,
        refersTo: null,
        amends: [],
        amendedBy: [],
        corrections: [],
        groups: { name: match[0] },
      });
    }
  }
  return citations.sort((a, b) => a.start - b.start || a.end - b.end);
}

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
import { centralPartyTerm, nationalIssuer, type DocumentType } from './vocabulary';

/** Where a text comes from, to resolve "của UBND tỉnh" and unstated issuers. */
export interface CitationContext {
  /** The citing document's province (pre-2025 id and name): { id: "quang-tri", name: "Quảng Trị" }. */
  province?: { id: string; name: string } | null;
  /** Its district, for a district plan: { id: "ha-tinh/huyen-ky-anh", name: "Kỳ Anh" }. */
  district?: { id: string; name: string } | null;
  /** Its issue date (ISO prefix), to apply name aliases only to later texts. */
  date?: string | null;
}

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
  /** Canonical key of the cited document, also its URL segment under /van-ban/. */
  key: string;
  keyStatus: KeyStatus;
}

/** The abbreviation that says who issued a document: "TTg" in QĐ-TTg, "TU" in NQ/TU, "STTTT" in a công văn. */
function issuerAbbreviation(raw: RawCitation): string | null {
  if (raw.family === 'name' || raw.groups.length === 0) return null;
  if (raw.family === 'party') return raw.groups[1]!;
  if (raw.family === 'normative' && raw.groups.length === 1) return raw.groups[0]!; // 202/2025/QH15
  // A công văn's symbol is issuer-unit (53/STTTT-TTBCXB); a typed document's is type-issuer(-…).
  return raw.type === 'Công văn' ? raw.groups[0]! : raw.groups[1]!;
}

/** The body a local issuer abbreviation names, in a place: "Ủy ban nhân dân tỉnh Quảng Trị", "Tỉnh ủy Ninh Thuận". */
const LOCAL_ISSUERS: Readonly<Record<string, (level: 'province' | 'district', name: string) => string>> = {
  UBND: (level, name) => `Ủy ban nhân dân ${level === 'district' ? 'huyện' : 'tỉnh'} ${name}`,
  HĐND: (level, name) => `Hội đồng nhân dân ${level === 'district' ? 'huyện' : 'tỉnh'} ${name}`,
  TU: (_level, name) => `Tỉnh ủy ${name}`,
  HU: (_level, name) => `Huyện ủy ${name}`,
};

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
  const date = raw.date ?? (raw.ownNumber ? (context.date ?? null) : null);
  const year = raw.numberYear ?? (date ? Number(date.slice(0, 4)) : null);
  let issuer: string | null = raw.issuerText;
  let locality: Locality = { id: null, inferred: false, level: null };
  if (!national) {
    locality = localityOf(raw.issuerText, abbreviation, context);
    // "của UBND tỉnh" in a Quảng Trị plan: the stated issuer, completed with the place it means.
    const placeName = locality.level === 'district' ? context.district?.name : context.province?.name;
    if (issuer && locality.inferred && placeName && /(?:tỉnh|huyện|Tỉnh ủy|Huyện ủy)$/u.test(issuer)) issuer = `${issuer} ${placeName}`;
    const describe = abbreviation ? LOCAL_ISSUERS[abbreviation] : undefined;
    if (!issuer && describe && locality.level) {
      const name = locality.level === 'district' ? context.district?.name : context.province?.name;
      if (name && locality.inferred) issuer = describe(locality.level, name);
    }
  } else if (!issuer) {
    issuer = raw.family === 'name' ? 'Quốc hội' : nationalIssuer(abbreviation!);
  }
  let term = raw.term;
  if (raw.family === 'party' && national && !term && raw.date && raw.date.length === 10) term = centralPartyTerm(raw.date);

  let key: string;
  let keyStatus: KeyStatus = 'exact';
  if (raw.family === 'name') {
    key = `${slugify(`${raw.type} ${raw.name}`)}-${year ?? 'khong-ro-nam'}`;
  } else if (raw.family === 'normative') {
    key = slugify(raw.number!);
  } else if (raw.family === 'party' && national) {
    key = `${slugify(raw.number!)}-${term ? `khoa-${term.toLowerCase()}` : year ?? 'khong-ro-nam'}`;
    if (!term && !year) keyStatus = 'incomplete';
  } else {
    const base = national ? slugify(raw.number!) : `${localityKey(locality.id ?? 'khong-ro-noi')}-${slugify(raw.number!)}`;
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
  };
}

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

/**
 * Finds and resolves every reference in `input`, in reading order. Never throws on any
 * string; spans are offsets into `input` itself.
 */
export function findCitations(input: string, context: CitationContext = {}): Citation[] {
  const clean = cleanText(input);
  const citations: Citation[] = extractCitations(clean).map((raw) => {
    const span = inputSpan(clean, raw.start, raw.end);
    return { ...span, surface: input.slice(span.start, span.end), ...resolveOne(raw, context) };
  });

  // Short forms: a reference missing its year or place takes them from a full reference
  // to the same number elsewhere in the text — when exactly one document fits.
  const fullByNumber = new Map<string, Citation[]>();
  for (const full of citations) {
    if (full.keyStatus !== 'exact' || full.number === null) continue;
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
      });
    }
  }
  return citations.sort((a, b) => a.start - b.start || a.end - b.end);
}

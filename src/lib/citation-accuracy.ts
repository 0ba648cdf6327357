/**
 * Accuracy of the citation parser on a hand-checked gold set (tests/fixtures/citations/),
 * after eyecite's practice of measuring on a real corpus rather than asserting by hand.
 * Pure: the gold documents in, the figures out; `npm run accuracy:cite` writes them as
 * JSON for the README and the portal page /van-ban/do-chinh-xac/, and a unit test fails
 * when the committed figures are not what the parser gives today.
 *
 * Matching: each gold citation is located in its text by its surface (in reading order);
 * a found citation matches when the spans overlap. A citation "of another document"
 * (kinds full, short, named) counts for precision and recall of type + number; the text
 * naming itself (kind self) and anaphora are scored apart.
 */
import { CITING_KINDS, findCitations, type Citation, type CitationContext } from './citations';
import { slugify } from './slug';

export type GoldFamily = 'normative' | 'administrative' | 'party' | 'name' | 'alias';
export type GoldKind = 'full' | 'short' | 'self' | 'anaphoric' | 'named';

export interface GoldCitation {
  /** The words of the citation as the text writes them (located in reading order). */
  surface: string;
  kind: GoldKind;
  family: GoldFamily;
  type: string;
  /** Normalised number ("05-NQ/TU"), or null for a law by name. */
  number: string | null;
  /** A law's name, for laws by name. */
  name?: string;
  /** "YYYY-MM-DD", "YYYY-MM", "YYYY" or null, as the text gives it (or, for a short form, as its full citation does). */
  date: string | null;
  /** The issuer as the text names it ("UBND tỉnh", "Ban Thường vụ Tỉnh ủy"), or null when it does not. */
  issuer: string | null;
  /** For an anaphor: the number of the document it stands for. */
  refersTo?: string | null;
}

export interface GoldDocument {
  id: string;
  /** "development": read while the parser was written; "held-out": annotated before the parser ever ran on it. */
  set: 'development' | 'held-out';
  source: { repository: string; path: string; commit: string; what: string };
  context: CitationContext;
  /** Verbatim text (excerpts joined by "\n\n[…]\n\n"). */
  text: string;
  citations: GoldCitation[];
}

export interface Score {
  gold: number;
  found: number;
  correct: number;
  precision: number | null;
  recall: number | null;
}

export interface FieldScore {
  /** Matched citations on which the field was checked. */
  checked: number;
  right: number;
  accuracy: number | null;
}

export interface SetReport {
  documents: number;
  /** Type + number (name for laws by name) of citations of other documents. */
  typeNumber: Score;
  byFamily: Record<string, Score & { dates: FieldScore }>;
  fields: { number: FieldScore; type: FieldScore; date: FieldScore; issuer: FieldScore };
  self: { gold: number; foundAsSelf: number; reportedAsOtherDocument: number };
  anaphora: { gold: number; found: number; rightAntecedent: number };
  /** Gold citations missed and found citations with no gold, for the report (surface and document). */
  misses: { document: string; surface: string; why: string }[];
}

export interface AccuracyReport {
  /** Gold citation occurrences in all (every kind). */
  occurrences: number;
  sets: Record<'development' | 'held-out' | 'all', SetReport>;
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10000) / 10000);
const score = (gold: number, found: number, correct: number): Score => ({ gold, found, correct, precision: ratio(correct, found), recall: ratio(correct, gold) });
const field = (checked: number, right: number): FieldScore => ({ checked, right, accuracy: ratio(right, checked) });

/** Where each gold citation stands in the text: found by its surface, in reading order. */
export function locate(document: GoldDocument): { start: number; end: number }[] {
  let at = 0;
  return document.citations.map((gold) => {
    const start = document.text.indexOf(gold.surface, at);
    if (start === -1) throw new Error(`${document.id}: the gold citation "${gold.surface}" is not in the text after offset ${at}`);
    at = start + 1;
    return { start, end: start + gold.surface.length };
  });
}

const familyOf = (c: Citation): string => c.family;
const sameIssuer = (gold: string, found: string | null) => {
  if (!found) return false;
  const g = slugify(gold);
  const f = slugify(found);
  // "UBND tỉnh" completed with the place the context gives ("UBND tỉnh Bắc Ninh") is right.
  return f === g || f.startsWith(`${g}-`);
};

function scoreSet(documents: readonly GoldDocument[]): SetReport {
  let gold = 0;
  let found = 0;
  let correct = 0;
  const families = new Map<string, { gold: number; found: number; correct: number; dated: number; datesRight: number }>();
  const fam = (name: string) => families.get(name) ?? (families.set(name, { gold: 0, found: 0, correct: 0, dated: 0, datesRight: 0 }), families.get(name)!);
  const fields = { number: { checked: 0, right: 0 }, type: { checked: 0, right: 0 }, date: { checked: 0, right: 0 }, issuer: { checked: 0, right: 0 } };
  const self = { gold: 0, foundAsSelf: 0, reportedAsOtherDocument: 0 };
  const anaphora = { gold: 0, found: 0, rightAntecedent: 0 };
  const misses: SetReport['misses'] = [];
  for (const document of documents) {
    const spans = locate(document);
    const predicted = findCitations(document.text, document.context);
    const overlapping = (span: { start: number; end: number }, kinds: (c: Citation) => boolean) => predicted.filter((c) => kinds(c) && c.start < span.end && span.start < c.end);
    const used = new Set<Citation>();
    document.citations.forEach((g, i) => {
      const span = spans[i]!;
      if (g.kind === 'self') {
        self.gold++;
        const hits = overlapping(span, () => true);
        if (hits.some((c) => c.kind === 'self')) self.foundAsSelf++;
        if (hits.some((c) => CITING_KINDS.has(c.kind))) {
          self.reportedAsOtherDocument++;
          misses.push({ document: document.id, surface: g.surface, why: 'its own number reported as a citation of another document' });
        }
        hits.forEach((c) => used.add(c));
        return;
      }
      if (g.kind === 'anaphoric') {
        anaphora.gold++;
        const hit = overlapping(span, (c) => c.kind === 'anaphoric')[0];
        if (hit) {
          anaphora.found++;
          used.add(hit);
          if ((g.refersTo ?? null) === (hit.number ?? null) || (g.refersTo == null && hit.refersTo === null)) anaphora.rightAntecedent++;
        }
        return;
      }
      gold++;
      fam(g.family).gold++;
      const hit = overlapping(span, (c) => CITING_KINDS.has(c.kind) && !used.has(c))[0];
      if (!hit) {
        misses.push({ document: document.id, surface: g.surface, why: 'not found' });
        return;
      }
      used.add(hit);
      const numberRight = g.number === null ? hit.number === null && slugify(hit.name ?? '') === slugify(g.name ?? '') : hit.number === g.number;
      const typeRight = hit.type === g.type;
      fields.number.checked++;
      if (numberRight) fields.number.right++;
      fields.type.checked++;
      if (typeRight) fields.type.right++;
      fields.date.checked++;
      const dateRight = (hit.date ?? null) === g.date;
      if (dateRight) fields.date.right++;
      const f = fam(g.family);
      f.dated++;
      if (dateRight) f.datesRight++;
      if (g.issuer !== null) {
        fields.issuer.checked++;
        if (sameIssuer(g.issuer, hit.issuer)) fields.issuer.right++;
        else misses.push({ document: document.id, surface: g.surface, why: `issuer "${hit.issuer}" (gold "${g.issuer}")` });
      }
      if (numberRight && typeRight) {
        correct++;
        f.correct++;
      } else misses.push({ document: document.id, surface: g.surface, why: `read as ${hit.type} ${hit.number ?? hit.name}` });
      if (!dateRight) misses.push({ document: document.id, surface: g.surface, why: `date ${hit.date} (gold ${g.date})` });
    });
    for (const c of predicted) {
      if (!CITING_KINDS.has(c.kind) || used.has(c)) continue;
      found++;
      fam(familyOf(c)).found++;
      misses.push({ document: document.id, surface: c.surface, why: 'found, not in the gold set' });
    }
    for (const c of used)
      if (CITING_KINDS.has(c.kind)) {
        found++;
        fam(familyOf(c)).found++;
      }
  }
  return {
    documents: documents.length,
    typeNumber: score(gold, found, correct),
    byFamily: Object.fromEntries([...families].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, f]) => [name, { ...score(f.gold, f.found, f.correct), dates: field(f.dated, f.datesRight) }])),
    fields: {
      number: field(fields.number.checked, fields.number.right),
      type: field(fields.type.checked, fields.type.right),
      date: field(fields.date.checked, fields.date.right),
      issuer: field(fields.issuer.checked, fields.issuer.right),
    },
    self,
    anaphora,
    misses,
  };
}

/** The figures for the gold set: development and held-out documents apart, and all together. */
export function citationAccuracy(documents: readonly GoldDocument[]): AccuracyReport {
  return {
    occurrences: documents.reduce((n, d) => n + d.citations.length, 0),
    sets: {
      development: scoreSet(documents.filter((d) => d.set === 'development')),
      'held-out': scoreSet(documents.filter((d) => d.set === 'held-out')),
      all: scoreSet(documents),
    },
  };
}

/** A ratio as Vietnamese readers write a percentage: "99,5 %", or "—" when nothing was measured. */
export function percentVi(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1).replace('.', ',')} %`;
}

/** Family names as the page shows them. */
export const FAMILY_LABELS: Readonly<Record<string, string>> = {
  normative: 'Văn bản quy phạm pháp luật (số/năm/ký hiệu)',
  administrative: 'Văn bản hành chính (số/ký hiệu)',
  party: 'Văn bản của Đảng (số-loại/cơ quan)',
  name: 'Luật, bộ luật, Hiến pháp theo tên và năm',
  alias: 'Chương trình theo tên',
};

export interface AccuracyRow {
  label: string;
  gold: number;
  found: number;
  precision: string;
  recall: string;
  dates: string;
}

/** The rows the accuracy page shows for one set: one per family, then the whole set. */
export function accuracyRows(set: SetReport): AccuracyRow[] {
  const families = Object.entries(set.byFamily).map(([family, f]) => ({
    label: FAMILY_LABELS[family] ?? family,
    gold: f.gold,
    found: f.found,
    precision: percentVi(f.precision),
    recall: percentVi(f.recall),
    dates: percentVi(f.dates.accuracy),
  }));
  return [
    ...families,
    {
      label: 'Tất cả',
      gold: set.typeNumber.gold,
      found: set.typeNumber.found,
      precision: percentVi(set.typeNumber.precision),
      recall: percentVi(set.typeNumber.recall),
      dates: percentVi(set.fields.date.accuracy),
    },
  ];
}

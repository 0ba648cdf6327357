/**
 * `npm run import:accuracy`: field agreement of the import with the hand-checked values of
 * tests/fixtures/real/expected.json, per format and per source, over every corpus document
 * present (the texts committed under tests/fixtures/real/texts/ and whatever of the gitignored
 * .corpus/ folder of fetched originals is on this machine), with the count of invented values
 * (a value where the hand check found none), import time per document and format, OCR
 * confidence and, where a reference text exists (<id>.reference.txt), the character error
 * rate. Prints a table and writes the figures to import-accuracy.json. A reporter, not a test.
 *
 * Each scored field of a document is one value (the title as printed, the legal basis as the
 * list of the documents it cites, by number or, for a law by name, its name), but for the
 * duties, where each body the hand check lists is one value (its name as printed, agency id,
 * request, number of items); a body the import lists and the hand check does not, and an item
 * that is not a stretch of the source text, each count as an invented value. Figures are given
 * per field, per format and per source, development and held-out documents apart.
 * `npm run import:accuracy -- --skip-ocr` leaves out the scans (a minute each);
 * `--only <id>,<id>…` scores only those documents (the development scans while the OCR reader
 * is worked on, without looking at the held-out ones).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog } from '../src/lib/catalog';
import { importPlan } from '../src/lib/import-plan';
import { readSource } from '../src/lib/import/readers';
import { basisKey } from '../src/lib/import/legal-basis';
import { readAgencies, readIndices, readProvinces } from './lib/read-content';
import { characterErrorRate } from './import-accuracy-cer';

const ROOT = new URL('../', import.meta.url).pathname;
const expected = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/real/expected.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const sources = readFileSync(join(ROOT, 'tests/fixtures/real/SOURCES.md'), 'utf8');
const dirs = [join(ROOT, 'tests/fixtures/real/texts'), join(ROOT, '.corpus')].filter(existsSync);
const skipOcr = process.argv.includes('--skip-ocr');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? null : new Set((process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean));
const catalog = buildCatalog({ plans: [], agencies: readAgencies(), units: readProvinces(), indices: readIndices() });

interface Duty {
  named: string;
  agency: string | null;
  request: boolean;
  items: number;
}
interface FieldScore {
  field: string;
  heldOut: boolean;
  format: string;
  values: number;
  agree: number;
  invented: number;
}
const fieldScores: FieldScore[] = [];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
interface Row {
  id: string;
  heldOut: boolean;
  format: string;
  source: string;
  fields: number;
  agree: number;
  invented: number;
  /** A value where the hand check found a different one (not a miss: the import gave a value). */
  wrong: number;
  ms: number;
  differing: string[];
  ocr: number[] | null;
  lowConfidence: number | null;
  cer: number | null;
}
const rows: Row[] = [];
for (const [id, want] of Object.entries(expected)) {
  const file = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.startsWith(`${id}.`) && !f.endsWith('.reference.txt'))
      .map((f) => join(d, f)),
  )[0];
  if (!file) continue;
  if (only && !only.has(id)) continue;
  if (skipOcr && String(want.format).endsWith('-ocr')) continue;
  const started = performance.now();
  let got: Record<string, unknown>;
  let format = String(want.format);
  let ocr: number[] | null = null;
  let lowConfidence: number | null = null;
  let cer: number | null = null;
  try {
    const source = await readSource(readFileSync(file), file);
    format = source.format;
    const r = importPlan(source.text, [...catalog.agencies.values()], catalog.units, [...catalog.indices.values()]);
    got = {
      kind: r.refused ? (r.kind && r.kind !== 'Kế hoạch' ? r.kind : null) : 'Kế hoạch',
      number: r.plan.number,
      date: r.plan.date,
      place: r.plan.place,
      issuer: r.issuer?.printed ?? null,
      signerName: r.plan.signer.name,
      signerCapacity: r.plan.signer.capacity,
      recipients: r.plan.recipients.length,
      title: r.plan.title,
      legalBasis: r.plan.legalBasis.map(basisKey),
      duties: r.plan.duties.map((d): Duty => ({ named: d.named, agency: d.agency, request: d.request, items: d.items.length })),
    };
    // A name or an item of the duties that is not a stretch of the source text would be invented.
    const sourceText = norm(source.text);
    got.dutiesNotInSource = r.plan.duties.flatMap((d) => [d.named, ...d.items]).filter((t) => !sourceText.includes(norm(t))).length;
    if (source.ocr) {
      ocr = source.ocr.pages.map((p) => p.confidence);
      lowConfidence = source.ocr.lowConfidence.length;
    }
    const reference = file.replace(/\.[^.]+$/, '.reference.txt');
    if (source.ocr && existsSync(reference)) cer = characterErrorRate(source.text, readFileSync(reference, 'utf8'));
  } catch (error) {
    got = { error: (error as Error).message };
  }
  const ms = performance.now() - started;
  const keys = Object.keys(want).filter((k) => k !== 'format' && k !== 'heldOut' && k !== 'duties');
  const differing = keys.filter((k) => JSON.stringify(got[k] ?? null) !== JSON.stringify(want[k]));
  let invented = keys.filter((k) => want[k] === null && got[k] !== null && got[k] !== undefined).length;
  const score = (field: string, values: number, agree: number, inv: number) => fieldScores.push({ field, heldOut: want.heldOut === true, format, values, agree, invented: inv });
  for (const k of keys) score(k, 1, differing.includes(k) ? 0 : 1, want[k] === null && got[k] !== null && got[k] !== undefined ? 1 : 0);
  let values = keys.length;
  let agreeing = keys.length - differing.length;
  if (Array.isArray(want.duties)) {
    const wanted = want.duties as Duty[];
    const found = (got.duties ?? []) as Duty[];
    const ok = wanted.filter((w) => found.some((g) => JSON.stringify(g) === JSON.stringify(w)));
    const missed = wanted.filter((w) => !found.some((g) => g.named === w.named));
    const extra = found.filter((g) => !wanted.some((w) => w.named === g.named));
    // A body read from the same heading with its name cut elsewhere ("Các chủ đầu tư" for "Các chủ
    // đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp") is a wrong value, not an invented one.
    const recut = extra.filter((g) => missed.some((w) => w.named.startsWith(g.named) || g.named.startsWith(w.named)));
    const inventedHere = extra.length - recut.length + Number(got.dutiesNotInSource ?? 0);
    for (const w of wanted.filter((w) => !ok.includes(w))) {
      differing.push(`duties[${w.named}]`);
      got[`duties[${w.named}]`] = found.find((d) => d.named === w.named) ?? null;
      want[`duties[${w.named}]`] = w;
    }
    for (const g of extra) {
      const w = missed.find((m) => m.named.startsWith(g.named) || g.named.startsWith(m.named));
      if (w) {
        got[`duties[${w.named}]`] = g;
        continue;
      }
      differing.push(`duties[+${g.named}]`);
      got[`duties[+${g.named}]`] = g;
      want[`duties[+${g.named}]`] = null;
    }
    score('duties (bodies)', wanted.length, ok.length, inventedHere);
    values += wanted.length;
    agreeing += ok.length;
    invented += inventedHere;
  }
  const wrong = differing.filter((k) => want[k] !== null && got[k] !== null && got[k] !== undefined && !(k === 'recipients' && got[k] === 0)).length;
  const repo = new RegExp(`\\| ${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^|]*\\| ([^|]+) \\|`).exec(sources)?.[1]?.trim() ?? '?';
  rows.push({
    id,
    heldOut: want.heldOut === true,
    format,
    source: repo,
    fields: values,
    agree: agreeing,
    invented,
    wrong,
    ms,
    differing: differing.map((k) => `${k}: got ${JSON.stringify(got[k] ?? null)}, hand ${JSON.stringify(want[k])}`),
    ocr,
    lowConfidence,
    cer,
  });
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const group = (key: (r: Row) => string) => {
  const out = new Map<string, Row[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return [...out.entries()].map(([k, rs]) => ({
    key: k,
    docs: rs.length,
    fields: rs.reduce((s, r) => s + r.fields, 0),
    agree: rs.reduce((s, r) => s + r.agree, 0),
    invented: rs.reduce((s, r) => s + r.invented, 0),
    wrong: rs.reduce((s, r) => s + r.wrong, 0),
    msPerDoc: rs.reduce((s, r) => s + r.ms, 0) / rs.length,
  }));
};
const byFormat = group((r) => `${r.format}${r.heldOut ? ' (held out)' : ''}`);
const bySource = group((r) => `${r.source}${r.heldOut ? ' (held out)' : ''}`);
const total = group(() => 'all')[0];
console.log('Import accuracy on the real corpus (hand-checked values of tests/fixtures/real/expected.json)\n');
console.log('"held out": hand-checked after the import was written, never used to develop it.\n');
console.log('"invented": a value where the hand check found none; "wrong": a value other than the hand-checked one (the rest of the disagreements are values not found).\n');
console.log('format                docs  values  agree            invented  wrong  time/doc');
for (const g of byFormat)
  console.log(
    `${g.key.padEnd(21)} ${String(g.docs).padStart(4)}  ${String(g.fields).padStart(6)}  ${`${g.agree} (${pct(g.agree, g.fields)})`.padEnd(16)} ${String(g.invented).padStart(8)}  ${String(g.wrong).padStart(5)}  ${(g.msPerDoc / 1000).toFixed(2)} s`,
  );
if (total)
  console.log(
    `${'all'.padEnd(21)} ${String(total.docs).padStart(4)}  ${String(total.fields).padStart(6)}  ${`${total.agree} (${pct(total.agree, total.fields)})`.padEnd(16)} ${String(total.invented).padStart(8)}  ${String(total.wrong).padStart(5)}`,
  );
console.log('\nsource repository                                         docs  agree                 invented  wrong');
for (const g of bySource)
  console.log(
    `${g.key.padEnd(57)} ${String(g.docs).padStart(4)}  ${`${g.agree}/${g.fields} (${pct(g.agree, g.fields)})`.padEnd(21)} ${String(g.invented).padStart(8)}  ${String(g.wrong).padStart(5)}`,
  );
const fields = [...new Set(fieldScores.map((f) => f.field))];
const sum = (fs: FieldScore[]) => ({ values: fs.reduce((a, f) => a + f.values, 0), agree: fs.reduce((a, f) => a + f.agree, 0), invented: fs.reduce((a, f) => a + f.invented, 0) });
const byField = fields.map((field) => {
  const of = fieldScores.filter((f) => f.field === field);
  return { field, development: sum(of.filter((f) => !f.heldOut)), heldOut: sum(of.filter((f) => f.heldOut)), all: sum(of) };
});
const cell = (x: { values: number; agree: number; invented: number }) => `${`${x.agree}/${x.values}`.padStart(7)} ${pct(x.agree, x.values).padStart(7)} ${String(x.invented).padStart(3)}`;
console.log('\nfield              development (agree, %, invented)   held out                  all');
for (const f of byField) console.log(`${f.field.padEnd(18)} ${cell(f.development)}          ${cell(f.heldOut)}       ${cell(f.all)}`);
const split = (heldOut: boolean) => sum(fieldScores.filter((f) => f.heldOut === heldOut));
console.log(`${'all fields'.padEnd(18)} ${cell(split(false))}          ${cell(split(true))}       ${cell(sum(fieldScores))}`);
const ocrRows = rows.filter((r) => r.ocr);
if (ocrRows.length) {
  console.log('\nRead by OCR, per document (development, then held out)');
  console.log('document                                                      set          agree        time');
  for (const r of [...ocrRows.filter((x) => !x.heldOut), ...ocrRows.filter((x) => x.heldOut)])
    console.log(
      `  ${r.id.padEnd(60)} ${(r.heldOut ? 'held out' : 'development').padEnd(12)} ${`${r.agree}/${r.fields}`.padStart(5)} ${pct(r.agree, r.fields).padStart(7)}  ${(r.ms / 1000).toFixed(1)} s`,
    );
  console.log('\nOCR (Tesseract vie): mean word confidence per page; CER where a reference text exists');
  for (const r of ocrRows)
    console.log(
      `  ${r.id}: pages ${r.ocr!.map((c) => `${c}%`).join(', ')}; ${r.lowConfidence} line(s) marked for review; CER ${r.cer === null ? 'n/a (no reference text)' : `${(r.cer * 100).toFixed(1)} %`}`,
    );
}
const diffs = rows.filter((r) => r.differing.length);
if (diffs.length) {
  console.log('\nDiffering values:');
  for (const r of diffs) console.log(`  ${r.id} (${r.format}): ${r.differing.join('; ')}`);
}
const missing = Object.keys(expected).filter((id) => !rows.some((r) => r.id === id) && !(skipOcr && String(expected[id]!.format).endsWith('-ocr')) && !(only && !only.has(id)));
if (skipOcr) console.log('\n--skip-ocr: the scans (format pdf-ocr) were left out.');
if (missing.length)
  console.log(
    `\nNOT SCORED: ${missing.length} of ${Object.keys(expected).length} hand-checked documents are not on this machine (put the originals into .corpus/, see SOURCES.md): ${missing.join(', ')}`,
  );
const byFieldAndFormat = fields.flatMap((field) =>
  [...new Set(fieldScores.map((f) => f.format))].map((format) => ({ field, format, ...sum(fieldScores.filter((f) => f.field === field && f.format === format)) })).filter((x) => x.values > 0),
);
writeFileSync(join(ROOT, 'import-accuracy.json'), `${JSON.stringify({ byFormat, bySource, byField, byFieldAndFormat, development: split(false), heldOut: split(true), total, rows }, null, 2)}\n`);
console.log('\nwrote import-accuracy.json');

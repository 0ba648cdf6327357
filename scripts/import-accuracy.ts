/**
 * `npm run import:accuracy`: field agreement of the import with the hand-checked values of
 * tests/fixtures/real/expected.json, per format and per source, over every corpus document
 * present (the texts committed under tests/fixtures/real/texts/ and whatever of the gitignored
 * .corpus/ folder of fetched originals is on this machine), with the count of invented values
 * (a value where the hand check found none), import time per document and format, OCR
 * confidence and, where a reference text exists (<id>.reference.txt), the character error
 * rate. Prints a table and writes the figures to import-accuracy.json. A reporter, not a test.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog } from '../src/lib/catalog';
import { importPlan } from '../src/lib/import-plan';
import { readSource } from '../src/lib/import/readers';
import { readAgencies, readIndices, readProvinces } from './lib/read-content';
import { characterErrorRate } from './import-accuracy-cer';

const ROOT = new URL('../', import.meta.url).pathname;
const expected = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/real/expected.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const sources = readFileSync(join(ROOT, 'tests/fixtures/real/SOURCES.md'), 'utf8');
const dirs = [join(ROOT, 'tests/fixtures/real/texts'), join(ROOT, '.corpus')].filter(existsSync);
const catalog = buildCatalog({ plans: [], agencies: readAgencies(), units: readProvinces(), indices: readIndices() });

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
    };
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
  const keys = Object.keys(want).filter((k) => k !== 'format' && k !== 'heldOut');
  const differing = keys.filter((k) => JSON.stringify(got[k] ?? null) !== JSON.stringify(want[k]));
  const invented = keys.filter((k) => want[k] === null && got[k] !== null && got[k] !== undefined).length;
  const wrong = differing.filter((k) => want[k] !== null && got[k] !== null && got[k] !== undefined && !(k === 'recipients' && got[k] === 0)).length;
  const repo = new RegExp(`\\| ${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^|]*\\| ([^|]+) \\|`).exec(sources)?.[1]?.trim() ?? '?';
  rows.push({
    id,
    heldOut: want.heldOut === true,
    format,
    source: repo,
    fields: keys.length,
    agree: keys.length - differing.length,
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
const ocrRows = rows.filter((r) => r.ocr);
if (ocrRows.length) {
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
const missing = Object.keys(expected).filter((id) => !rows.some((r) => r.id === id));
if (missing.length)
  console.log(
    `\nNOT SCORED: ${missing.length} of ${Object.keys(expected).length} hand-checked documents are not on this machine (put the originals into .corpus/, see SOURCES.md): ${missing.join(', ')}`,
  );
writeFileSync(join(ROOT, 'import-accuracy.json'), `${JSON.stringify({ byFormat, bySource, total, rows }, null, 2)}\n`);
console.log('\nwrote import-accuracy.json');

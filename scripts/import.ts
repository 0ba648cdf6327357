/**
 * `npm run import -- <file|dir>… [--json] [--force] [--dry-run] [--content <dir>]`: reads
 * each document (Word .docx, PDF with a text layer, scanned PDF or image by OCR, saved web
 * page, Markdown or text; the format is detected by content), and writes an MDX draft under
 * content/plans/ (never over an existing file unless --force; nothing with --dry-run), or
 * prints the records as JSON with --json. A directory or several files import as a batch with
 * progress and a closing summary table; the exit code is non-zero when any file failed. Non-
 * plans are refused with one line saying what they are. Nothing is guessed: unknown is null.
 */
import yaml from 'js-yaml';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { buildCatalog } from '../src/lib/catalog';
import { findCitations } from '../src/lib/citations';
import { importPlan } from '../src/lib/import-plan';
import { readSource, MAX_BYTES } from '../src/lib/import/readers';
import { reportText, summaryTable, type ImportOutcome } from '../src/lib/import/report';
import { draftBody, draftMdx, draftPath } from '../src/lib/plan-draft';
import { uncoveredNumbers } from '../src/lib/number-coverage';
import { readAgencies, readIndices, readProvinces } from './lib/read-content';
import { InputError, readBoundedSync } from '../src/lib/content-gate/bounded-read';
import { ContentError, formatProblem } from '../src/lib/content-error';

const args = process.argv.slice(2);
const usage = 'usage: npm run import -- <file|dir>… [--json] [--force] [--dry-run] [--content <dir>]';
const option = (name: string) => {
  const at = args.indexOf(name);
  if (at === -1) return null;
  const value = args[at + 1];
  if (!value) {
    process.stderr.write(`import: ${name} needs a value\n`);
    process.exit(2);
  }
  return value;
};
const contentDir = resolve(option('--content') ?? 'content');
const json = args.includes('--json');
const dryRun = args.includes('--dry-run');
const force = args.includes('--force');
const inputs = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--content');
if (inputs.length === 0) {
  process.stderr.write(`import: ${usage}\n`);
  process.exit(2);
}

const SUPPORTED = /\.(docx|pdf|png|jpe?g|tiff?|html?|md|markdown|txt)$/i;
const files: string[] = [];
const failures: string[] = [];
for (const input of inputs) {
  let stat;
  try {
    stat = statSync(input);
  } catch (error) {
    failures.push(
      `import: cannot read ${input}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : ((error as NodeJS.ErrnoException).code ?? (error as Error).message)}`,
    );
    continue;
  }
  if (stat.isDirectory()) {
    const found = (readdirSync(input, { recursive: true }) as string[])
      .map((f) => join(input, f))
      .filter((f) => SUPPORTED.test(f) && statSync(f).isFile())
      .sort();
    if (found.length === 0) failures.push(`import: ${input} is a directory with no document in it (.docx, .pdf, image, .html, .md, .txt)`);
    files.push(...found);
  } else files.push(input);
}

function fail(message: string): never {
  process.stderr.write(`import: ${message}\n`);
  process.exit(1);
}
try {
  if (!statSync(contentDir).isDirectory()) fail(`the content directory ${relative(process.cwd(), contentDir) || '.'} is not a directory`);
} catch {
  fail(`cannot read the content directory ${relative(process.cwd(), contentDir) || '.'}: no such directory`);
}
let catalog: ReturnType<typeof buildCatalog>;
try {
  catalog = buildCatalog({ plans: [], agencies: readAgencies(contentDir), units: readProvinces(contentDir), indices: readIndices(contentDir) });
} catch (error) {
  if (error instanceof ContentError) fail(`the content tree is invalid (run npm run check): ${error.problems.slice(0, 3).map(formatProblem).join('; ')}`);
  throw error;
}
const agencies = [...catalog.agencies.values()];
const outcomes: ImportOutcome[] = [];
const records: unknown[] = [];
const batch = files.length > 1;

for (const [i, file] of files.entries()) {
  if (batch && !json) process.stderr.write(`[${'#'.repeat(Math.round(((i + 1) / files.length) * 20)).padEnd(20, '.')}] ${i + 1}/${files.length} ${relative(process.cwd(), file)}\n`);
  const started = performance.now();
  let bytes: Buffer;
  try {
    // At most the limit + 1 bytes are read, whatever the path is (/dev/zero, a pipe).
    bytes = readBoundedSync(file, MAX_BYTES);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const message = error.message;
    failures.push(`import: ${message}`);
    outcomes.push({ file, status: 'failed', message, fields: 0, toCheck: [], ms: performance.now() - started, format: null });
    continue;
  }
  if (bytes.length > MAX_BYTES) {
    const message = `${file} is over ${(MAX_BYTES / 1024 / 1024).toFixed(1)} MB, the limit (read stopped there)`;
    failures.push(`import: ${message}`);
    outcomes.push({ file, status: 'failed', message, fields: 0, toCheck: [], ms: performance.now() - started, format: null });
    continue;
  }
  let source;
  try {
    source = await readSource(bytes, basename(file));
  } catch (error) {
    const message = `${file} ${(error as Error).message}`;
    failures.push(`import: ${message}`);
    outcomes.push({ file, status: 'failed', message, fields: 0, toCheck: [], ms: performance.now() - started, format: null });
    continue;
  }
  const report = importPlan(source.text, agencies, catalog.units, [...catalog.indices.values()]);
  const { plan } = report;
  const ms = performance.now() - started;
  const found = ['number', 'title', 'date', 'place', 'issuer', 'year'].filter((k) => (plan as unknown as Record<string, unknown>)[k] !== null).length + (plan.signer.name ? 1 : 0);
  if (report.refused) {
    const message = `${file} ${report.refused}`;
    failures.push(`import: ${message}`);
    outcomes.push({ file, status: 'refused', message, fields: found, toCheck: [], ms, format: source.format });
    continue;
  }
  // What `npm run check` will refuse in the draft's body: a number the references parser cannot
  // read (on real plans: enterprises' letters, "Văn bản số 33/GĐN"). Said here, so the import and
  // the check agree and the person knows before running it.
  const body = draftBody(source.text, plan);
  const uncovered = uncoveredNumbers(
    body,
    findCitations(body).filter((c) => c.kind !== 'anaphoric'),
  );
  for (const u of uncovered.slice(0, 5))
    report.toCheck.push(`npm run check sẽ từ chối "${u.match}" (…${u.around}…): bộ đọc trích dẫn không đọc được số này; viết đúng như bản gốc, hoặc báo lỗi bộ đọc`);
  if (uncovered.length > 5) report.toCheck.push(`npm run check sẽ từ chối thêm ${uncovered.length - 5} số như vậy trong thân văn bản`);
  const toCheck = [...report.toCheck, ...(source.ocr ? [`OCR: ${source.ocr.lowConfidence.length} line(s) below the confidence threshold; compare them with the scan`] : [])];
  const path = draftPath(plan);
  if (json) {
    const issuerAgency = plan.issuer ? catalog.agencies.get(plan.issuer) : undefined;
    const province = plan.province ? catalog.units.get(plan.province) : undefined;
    const successor = province?.successor ? catalog.units.get(province.successor) : undefined;
    records.push({
      file,
      format: source.format,
      id: path?.replace(/\.mdx$/, '') ?? null,
      url: path ? `/ke-hoach/${path.replace(/\.mdx$/, '')}/` : null,
      ...plan,
      issuer: report.issuer
        ? { printed: report.issuer.printed, id: report.issuer.id, name: issuerAgency?.name ?? report.issuer.proposal?.name ?? null, matched: report.issuer.matched, proposed: report.issuer.proposal }
        : null,
      province: province ? { id: province.key, name: province.name } : null,
      provinceSuccessor: successor ? { id: successor.key, name: successor.name } : null,
      district: plan.district ? { id: plan.district, name: catalog.units.get(plan.district)?.name ?? plan.district } : null,
      legalBasis: plan.legalBasis.map((text) => ({ text, references: findCitations(text).map((c) => c.key) })),
      references: findCitations(source.text).map(({ key, type, number, numberAsWritten, date, issuer: by, start, end, surface }) => ({
        key,
        type,
        number,
        numberAsWritten,
        date,
        issuer: by,
        start,
        end,
        surface,
      })),
      sourceLines: report.sourceLines,
      corrections: source.corrections,
      ocr: source.ocr ?? null,
      toCheck,
      notes: [...source.notes, ...report.notes],
    });
    outcomes.push({ file, status: toCheck.length ? 'review' : 'written', message: '', fields: found, toCheck, ms, format: source.format });
    continue;
  }
  if (!path) {
    const message = `${file}: cannot place the draft: ${report.toCheck.join('; ') || 'issuer or year unknown'}`;
    failures.push(`import: ${message}`);
    outcomes.push({ file, status: 'failed', message, fields: found, toCheck, ms, format: source.format });
    continue;
  }
  const target = join(contentDir, 'plans', path);
  if (existsSync(target) && !force) {
    const message = `${relative(process.cwd(), target)} exists; use --force to overwrite it`;
    failures.push(`import: ${message}`);
    outcomes.push({ file, status: 'failed', message, fields: found, toCheck, ms, format: source.format });
    continue;
  }
  if (!dryRun) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, draftMdx(source.text, plan, basename(file), [...source.notes, ...report.notes], source.corrections));
    // The new agencies proposed for the issuer and for the bodies of the duties, each once, marked for review.
    for (const p of [...(report.issuer?.proposal ? [report.issuer.proposal] : []), ...report.dutyProposals]) {
      const agencyFile = join(contentDir, p.file.replace(/^content\//, ''));
      const entry = `# ĐỀ XUẤT (npm run import, cần kiểm tra): ${p.review}\n- id: ${p.id}\n  name: ${yaml.dump(p.name, { lineWidth: -1 }).trim()}\n  shortNames: []\n  kind: ${p.kind}\n  level: ${p.level}\n${p.letterhead ? `  letterhead: [${p.letterhead.map((l) => JSON.stringify(l)).join(', ')}]\n` : ''}`;
      if (!existsSync(agencyFile) || !readFileSync(agencyFile, 'utf8').includes(`- id: ${p.id}\n`)) {
        mkdirSync(dirname(agencyFile), { recursive: true });
        writeFileSync(agencyFile, `${existsSync(agencyFile) ? readFileSync(agencyFile, 'utf8').replace(/\n*$/, '\n') : ''}${entry}`);
      }
    }
  }
  console.log(reportText({ file, target: relative(process.cwd(), target), plan, report, source, dryRun }));
  outcomes.push({ file, status: toCheck.length ? 'review' : 'written', message: '', fields: found, toCheck, ms, format: source.format });
}

if (json) process.stdout.write(`${JSON.stringify(batch ? records : (records[0] ?? null), null, 2)}\n`);
if (batch || failures.length > 1) process.stderr.write(`${summaryTable(outcomes)}\n`);
for (const f of failures) process.stderr.write(`${f}\n`);
process.exit(failures.length > 0 ? 1 : 0);

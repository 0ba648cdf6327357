/**
 * `npm run import -- <file.txt> [--json] [--force] [--content <dir>]`: reads a raw plan
 * text and writes an MDX draft under content/plans/ (never over an existing file unless
 * --force), or prints the extracted record with --json. Prints what it extracted, where
 * unusual, and what a person must check. Nothing is guessed: unknown values stay null.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { buildCatalog } from '../src/lib/catalog';
import { findCitations } from '../src/lib/citations';
import { importPlan } from '../src/lib/import-plan';
import { draftMdx, draftPath } from '../src/lib/plan-draft';
import { readAgencies, readIndices, readProvinces } from './lib/read-content';
import { InputError, readBoundedSync } from '../src/lib/content-gate/bounded-read';
import { LIMITS } from '../src/lib/content-gate/limits';
import { ContentError, formatProblem } from '../src/lib/content-error';

function fail(message: string, code = 1): never {
  process.stderr.write(`import: ${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? null : (args[at + 1] ?? fail(`${name} needs a value`, 2));
};
const contentDir = resolve(option('--content') ?? 'content');
const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--content');
if (!file) fail('usage: npm run import -- <file.txt> [--json] [--force]', 2);

// At most the limit + 1 bytes are read, whatever the path is (/dev/zero, a pipe).
let bytes: Buffer;
try {
  bytes = readBoundedSync(file, LIMITS.cliInput);
} catch (error) {
  if (error instanceof InputError) fail(error.message);
  throw error;
}
if (bytes.length === 0) fail(`${file} is empty`);
if (bytes.includes(0)) fail(`${file} looks binary (it contains NUL bytes); expected the text of a plan`);
let raw: string;
try {
  raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  fail(`${file} is not valid UTF-8 text`);
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
const { plan, notes, toCheck } = importPlan(raw, [...catalog.agencies.values()], catalog.units, [...catalog.indices.values()]);
if (plan.title === null) fail(`${file}: no title found (expected a line "KẾ HOẠCH" followed by the title); is this a plan?`);

if (args.includes('--json')) {
  const path = draftPath(plan);
  const issuer = plan.issuer ? catalog.agencies.get(plan.issuer)! : null;
  const province = plan.province ? catalog.units.get(plan.province) : undefined;
  const successor = province?.successor ? catalog.units.get(province.successor) : undefined;
  const record = {
    id: path?.replace(/\.mdx$/, '') ?? null,
    url: path ? `/ke-hoach/${path.replace(/\.mdx$/, '')}/` : null,
    ...plan,
    issuer: issuer ? { id: issuer.key, name: issuer.name } : null,
    province: province ? { id: province.key, name: province.name } : null,
    provinceSuccessor: successor ? { id: successor.key, name: successor.name } : null,
    district: plan.district ? { id: plan.district, name: catalog.units.get(plan.district)?.name ?? plan.district } : null,
    legalBasis: plan.legalBasis.map((text) => ({ text, references: findCitations(text).map((c) => c.key) })),
    references: findCitations(raw).map(({ key, type, number, numberAsWritten, date, issuer: by, start, end, surface }) => ({ key, type, number, numberAsWritten, date, issuer: by, start, end, surface })),
    toCheck,
    notes,
  };
  process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
  process.exit(0);
}

const path = draftPath(plan);
if (!path) fail(`cannot place the draft: ${toCheck.join('; ') || 'issuer or year unknown'}`);
const target = join(contentDir, 'plans', path);
if (existsSync(target) && !args.includes('--force')) fail(`${relative(process.cwd(), target)} exists; use --force to overwrite it`);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, draftMdx(raw, plan, basename(file), notes));
const report = [
  `import: wrote ${relative(process.cwd(), target)}`,
  `  number: ${plan.number ?? '(none: unnumbered)'} · date: ${plan.date ?? '(none)'} · place: ${plan.place ?? '(none)'} · year: ${plan.year}`,
  `  issuer: ${plan.issuer} · level: ${plan.level} · province: ${plan.province}${plan.district ? ` · district: ${plan.district}` : ''}`,
  `  title: ${plan.title}`,
  `  signer: ${[plan.signer.capacity, plan.signer.title, plan.signer.name].filter(Boolean).join(' ')} · recipients: ${plan.recipients.length} · legal basis: ${plan.legalBasis.length} · indices: ${plan.indices.join(', ') || '(none)'} · tasks: ${plan.tasks.length}`,
  ...notes.map((n) => `  note: ${n}`),
  ...toCheck.map((c) => `  CHECK: ${c}`),
  '  CHECK: duties (Tổ chức thực hiện) are not extracted; corrections of conversion errors are a person\'s task; headings are a first guess.',
];
console.log(report.join('\n'));

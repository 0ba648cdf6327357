/**
 * `npm run check`: validates the whole content tree without building the site, and exits
 * non-zero on any error, each named with its file and field:
 *   - plan frontmatter against its schema (every file, not only the first bad one);
 *   - the agencies, provinces and indices files;
 *   - cross-collection rules: duplicate identities, unknown agencies, provinces, indices;
 *   - MDX that uses anything but plain Markdown (import/export, expressions, tags, unsafe links);
 *   - text that looks like a document number but that the references parser cannot read.
 * `npm run check -- <dir>` checks another content tree (default: content/).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Root } from 'mdast';
import { buildCatalog, type Entry } from '../src/lib/catalog';
import { findCitations } from '../src/lib/citations';
import { ContentError, formatProblem, zodProblems, type ContentProblem } from '../src/lib/content-error';
import { takeInventory } from '../src/lib/content-gate/inventory';
import { gatePlanFile } from '../src/lib/content-gate/plan-file';
import { contentLabel, readContentText } from '../src/lib/content-gate/content-text';
import { LIMITS } from '../src/lib/content-gate/limits';
import { uncoveredNumbers } from '../src/lib/number-coverage';
import { bodyText } from '../src/lib/markdown/body-text';
import { normalizeText } from '../src/lib/markdown/normalize-text';
import { planSchema, type PlanData } from '../src/lib/schemas/plan';
import { loadAgencyFile, loadProvinceUnits } from '../src/lib/content-loaders';
import { loadIndices } from '../src/lib/indices';
import { GENERATED_VOCABULARY, readVocabulary, vocabularyJson } from './lib/vocabulary-files';

const contentDir = resolve(process.argv[2] ?? 'content');
const label = contentLabel(contentDir);
try {
  if (!statSync(contentDir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    `check: cannot read the content directory ${process.argv[2] ?? 'content'}: ${code === 'ENOENT' ? 'no such directory' : code === 'ENOTDIR' ? 'not a directory' : (code ?? (error as Error).message)}`,
  );
  process.exit(2);
}
const problems: ContentProblem[] = [];
const collect = <T>(read: () => T, fallback: T): T => {
  try {
    return read();
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else problems.push({ file: label(''), field: '', message: (error as Error).message.split('\n')[0]! });
    return fallback;
  }
};

// Every file is read by a collection or refused, as in the build (content-gate/inventory).
const inventory = takeInventory(contentDir, label);
problems.push(...inventory.problems);
const images = new Set(inventory.files.image);
// Agencies file by file, so that one bad file does not hide the others' agencies.
const agencies = inventory.files.agencies.flatMap((file) => collect(() => loadAgencyFile(label(file), readContentText(join(contentDir, file), label(file), LIMITS.dataFile)), []));
const provinceFiles = { reference: label('provinces/provinces-vn.json'), districts: label('provinces/districts.yaml') };
const units = collect(
  () =>
    loadProvinceUnits(
      readContentText(join(contentDir, 'provinces/provinces-vn.json'), provinceFiles.reference, LIMITS.referenceFile),
      readContentText(join(contentDir, 'provinces/districts.yaml'), provinceFiles.districts, LIMITS.dataFile),
      provinceFiles,
    ),
  [],
);
const indices = collect(() => loadIndices(readContentText(join(contentDir, 'indices.yaml'), label('indices.yaml'), LIMITS.dataFile), label('indices.yaml')), []);
// The citation vocabulary (content/reference/*.yaml), and the table the parser reads from it;
// a content tree without one uses the project's (the parser reads the generated table).
const vocabulary = existsSync(join(contentDir, 'reference')) ? collect(() => readVocabulary(join(contentDir, 'reference')), null) : null;
if (vocabulary && contentDir === resolve('content') && readFileSync(GENERATED_VOCABULARY, 'utf8') !== vocabularyJson(vocabulary)) {
  problems.push({ file: 'content/reference', field: '', message: `${GENERATED_VOCABULARY} is older than these files: run npm run vocabulary` });
}

const plans: (Entry<PlanData> & { body: Root })[] = [];
for (const path of inventory.files.plan) {
  const name = label(path);
  // The build's plans loader runs the same gate (src/content.config.ts).
  const gated = gatePlanFile(join(contentDir, path), name, { planPath: path, images });
  problems.push(...gated.problems);
  if (!gated.source) continue;
  const parsed = planSchema.safeParse(gated.source.frontmatter);
  if (!parsed.success) problems.push(...zodProblems(name, parsed.error));
  if (parsed.success && gated.tree && gated.problems.length === 0) {
    plans.push({ id: path.replace(/^plans\//, '').replace(/\.mdx$/, ''), data: parsed.data, filePath: name, body: normalizeText(gated.tree) });
  }
}

collect(() => buildCatalog({ plans, agencies, units, indices }), null);

let references = 0;
for (const plan of plans) {
  // Spans only: which text the parser reads as references (keys need no context here).
  const { text } = bodyText(plan.body);
  // Anaphora ("Kế hoạch này") are references too but have no number to read: not counted.
  const citations = findCitations(text).filter((c) => c.kind !== 'anaphoric');
  references += citations.length;
  for (const { match, around } of uncoveredNumbers(text, citations)) {
    problems.push({
      file: plan.filePath!,
      field: 'body',
      message: `"${match}" looks like a document number the references parser cannot read (…${around}…): write it as the document does, e.g. "84/KH-UBND"`,
    });
  }
}

if (problems.length > 0) {
  console.error(`check: ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  - ${formatProblem(problem)}`);
  process.exit(1);
}
console.log(`check: ok — ${plans.length} plans, ${agencies.length} agencies, ${units.length} units, ${indices.length} indices, ${references} reference spans in bodies`);

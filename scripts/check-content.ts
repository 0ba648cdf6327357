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
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { buildCatalog, type Entry } from '../src/lib/catalog';
import { findCitations } from '../src/lib/citations';
import { ContentError, formatProblem, zodProblems, type ContentProblem } from '../src/lib/content-error';
import { findMdxViolations, formatMdxViolations } from '../src/lib/markdown/mdx-allowlist';
import { bodyText } from '../src/lib/markdown/body-text';
import { normalizeText } from '../src/lib/markdown/normalize-text';
import { parseMdx } from '../src/lib/markdown/parse';
import { planSchema, type PlanData } from '../src/lib/schemas/plan';
import { loadAgencyFile } from '../src/lib/content-loaders';
import { listFiles, readIndices, readProvinces } from './lib/read-content';

const contentDir = resolve(process.argv[2] ?? 'content');
const problems: ContentProblem[] = [];
const collect = <T>(read: () => T, fallback: T): T => {
  try {
    return read();
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else problems.push({ file: relative(process.cwd(), contentDir), field: '', message: (error as Error).message });
    return fallback;
  }
};

// Agencies file by file, so that one bad file does not hide the others' agencies.
const agencies = listFiles(join(contentDir, 'agencies'), '.yaml').flatMap((file) =>
  collect(() => loadAgencyFile(relative(process.cwd(), join(contentDir, 'agencies', file)), readFileSync(join(contentDir, 'agencies', file), 'utf8')), []),
);
const units = collect(() => readProvinces(contentDir), []);
const indices = collect(() => readIndices(contentDir), []);

const plans: (Entry<PlanData> & { body: Root })[] = [];
for (const file of listFiles(join(contentDir, 'plans'), '.mdx')) {
  const path = join(contentDir, 'plans', file);
  const name = relative(process.cwd(), path);
  let frontmatter: unknown;
  let content: string;
  try {
    ({ frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8')));
  } catch (error) {
    problems.push({ file: name, field: 'frontmatter', message: `not valid YAML: ${(error as Error).message}` });
    continue;
  }
  const parsed = planSchema.safeParse(frontmatter);
  if (!parsed.success) problems.push(...zodProblems(name, parsed.error));
  let tree: Root;
  try {
    tree = normalizeText(parseMdx(content));
  } catch (error) {
    problems.push({ file: name, field: 'body', message: `not valid MDX: ${(error as Error).message}` });
    continue;
  }
  const violations = findMdxViolations(tree);
  if (violations.length > 0) problems.push({ file: name, field: 'body', message: formatMdxViolations(name, violations).split('\n').slice(1).join(' ') });
  if (parsed.success) plans.push({ id: file.replace(/\.mdx$/, ''), data: parsed.data, filePath: name, body: tree });
}

collect(() => buildCatalog({ plans, agencies, units, indices }), null);

// Number-like text the references parser does not read: "12/ QĐ UBND", "số 45/2016 QĐ-TTg".
const NUMBER_LIKE = /(?<![\p{L}\p{N}/.-])\d{1,5}[a-z]?\s*\/\s*(?:(?:19|20)\d{2}\s*\/\s*)?[A-ZĐ][A-Za-zĐđ]{1,}/gu;
let references = 0;
for (const plan of plans) {
  // Spans only: which text the parser reads as references (keys need no context here).
  const { text } = bodyText(plan.body);
  const citations = findCitations(text);
  references += citations.length;
  for (const match of text.matchAll(NUMBER_LIKE)) {
    const covered = citations.some((c) => c.start <= match.index && match.index < c.end);
    if (!covered) {
      const around = text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30).replace(/\s+/g, ' ');
      problems.push({ file: plan.filePath!, field: 'body', message: `"${match[0]}" looks like a document number the references parser cannot read (…${around}…): write it as the document does, e.g. "84/KH-UBND"` });
    }
  }
}

if (problems.length > 0) {
  console.error(`check: ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  - ${formatProblem(problem)}`);
  process.exit(1);
}
console.log(`check: ok — ${plans.length} plans, ${agencies.length} agencies, ${units.length} units, ${indices.length} indices, ${references} reference spans in bodies`);

/**
 * Every bad-plan fixture (tests/helpers/bad-plans.ts) refused with its message, through
 * what `npm run check` and the build's plans loader run on a plan: the gate
 * (gatePlanFile), the schema, then the catalog's cross-collection checks. In milliseconds
 * per fixture; tests/build/bad-input.test.ts builds a few of them end to end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { ContentError, formatProblem, zodProblems, type ContentProblem } from '../../src/lib/content-error';
import { gatePlanFile } from '../../src/lib/content-gate/plan-file';
import { planSchema } from '../../src/lib/schemas/plan';
import { readAgencies, readIndices, readProvinces } from '../../scripts/lib/read-content';
import { FIXTURES } from '../helpers/bad-plans';
import { removeScratch, scratchDir } from '../helpers/build';

const agencies = readAgencies();
const units = readProvinces();
const indices = readIndices();

/** The problems of a set of plan files (path under plans/ → content), one line each as npm run check prints them. */
function problemsOf(files: Record<string, string>): string[] {
  const dir = scratchDir('bad-unit');
  const problems: ContentProblem[] = [];
  const plans = [];
  for (const [path, mdx] of Object.entries(files)) {
    const abs = join(dir, 'plans', path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, mdx);
    const name = `content/plans/${path}`;
    const gated = gatePlanFile(abs, name, { planPath: `plans/${path}`, images: new Set() });
    problems.push(...gated.problems);
    if (!gated.source) continue;
    const parsed = planSchema.safeParse(gated.source.frontmatter);
    if (!parsed.success) problems.push(...zodProblems(name, parsed.error));
    else if (gated.problems.length === 0) plans.push({ id: path.replace(/\.mdx$/, ''), data: parsed.data, filePath: name });
  }
  try {
    buildCatalog({ plans, agencies, units, indices });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  removeScratch(dir);
  return problems.map(formatProblem);
}

describe('bad plans are refused with a message naming the file, the field and what is expected', () => {
  it.each(FIXTURES.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const lines = problemsOf(fixture.files);
    expect(lines.length, 'no problem found').toBeGreaterThan(0);
    const output = lines.join('\n');
    for (const pattern of fixture.expected) expect(output).toMatch(pattern);
  });
});

/**
 * One plan file through the whole gate, from its path: bounded read, {@link readPlanSource}
 * (bytes, UTF-8, characters, frontmatter, YAML, fields) and {@link planBodyProblems}
 * (Markdown only, addresses). What `npm run check` and the build's plans loader both run.
 */
import type { Root } from 'mdast';
import { ContentError, type ContentProblem } from '../content-error';
import { InputError, readBoundedSync } from './bounded-read';
import { LIMITS } from './limits';
import { planBodyProblems } from './plan-body';
import { readPlanSource, type PlanSource } from './plan-source';
import type { ImageContext } from './urls';

export interface GatedPlan {
  /** The source when the file passed the gate, else null. */
  source: PlanSource | null;
  /** The body's syntax tree (positions are the file's lines) when it parsed. */
  tree: Root | null;
  problems: ContentProblem[];
}

/** Reads `absPath` (named `file` in messages) through the gate; never throws for content problems. */
export function gatePlanFile(absPath: string, file: string, images: ImageContext): GatedPlan {
  let source: PlanSource;
  try {
    source = readPlanSource(file, readBoundedSync(absPath, LIMITS.planFile, file));
  } catch (error) {
    if (error instanceof ContentError) return { source: null, tree: null, problems: [...error.problems] };
    if (error instanceof InputError) {
      // The size message of a read stopped at the limit, as readPlanSource words it for a smaller read.
      return { source: null, tree: null, problems: [{ file, field: '', message: error.message.replace(`${file} is`, 'the plan file is') }] };
    }
    throw error;
  }
  const holder: { root?: Root } = {};
  const problems = planBodyProblems(file, source.body, source.bodyStartLine, images, holder);
  return { source, tree: holder.root ?? null, problems };
}

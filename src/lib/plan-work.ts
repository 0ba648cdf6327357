/**
 * The work the plans loader does for one plan file that is new or changed: the content gate
 * (gatePlanFile, as `npm run check`), then, when it passes, the body rendered once from the
 * gate's syntax tree by the portal's renderer (render-plan.ts) and kept in the render cache
 * (render-cache.ts) under the file's content digest. It returns the gate's problems and the
 * frontmatter; the loader gives that to the schema (parseData, Astro's) and the store.
 *
 * The same function runs in the loader's thread or in the worker threads of
 * plan-workers.ts: gating and rendering are most of a large build's loading time (a CPU
 * profile of 200 generated plans: parsing 42 %, rendering 20 %), they depend on nothing but
 * the file and these inputs, and a machine has more than one core.
 */
import type { ContentProblem } from './content-error';
import { gatePlanFile } from './content-gate/plan-file';
import type { PlanRenderer } from './markdown/render-plan';
import type { RenderCache } from './render-cache';

export interface PlanJob {
  /** The file's path in the content tree ("plans/…"). */
  path: string;
  /** Its absolute path. */
  absolute: string;
  /** How it is named in messages. */
  file: string;
  /** Its content digest: the render cache's key. */
  digest: string;
  /** Whether to render it when it passes the gate (false once another file failed: the build fails anyway). */
  render: boolean;
}

export interface PlanWorkResult {
  problems: ContentProblem[];
  /** The frontmatter when the file passed the gate and was rendered; else null. */
  frontmatter: Record<string, unknown> | null;
}

export interface PlanWorkInputs {
  /** The image files of the content tree (the gate checks image addresses against them). */
  images: ReadonlySet<string>;
  render: PlanRenderer;
  cache: RenderCache;
}

/** Gates `job`'s file and, when it passes and `job.render`, renders it into the cache. */
export async function workPlan(job: PlanJob, inputs: PlanWorkInputs): Promise<PlanWorkResult> {
  // The gate reads the file itself (bounded) and names every problem.
  const gated = gatePlanFile(job.absolute, job.file, { planPath: job.path, images: inputs.images });
  if (!gated.source || !gated.tree || gated.problems.length > 0 || !job.render) return { problems: gated.problems, frontmatter: null };
  const { frontmatter, body, bodyStartLine } = gated.source;
  // The source keeps the file's lines (frontmatter blanked), so that messages name real lines.
  inputs.cache.write(job.digest, await inputs.render('\n'.repeat(bodyStartLine - 1) + body, job.absolute, frontmatter, gated.tree));
  return { problems: [], frontmatter };
}

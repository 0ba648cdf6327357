/**
 * What a plans-loader worker thread (plan-worker.mjs) builds once from the data it is
 * started with: the portal's renderer (given the unit names), the render cache and the
 * image list, and the function that runs {@link workPlan} with them.
 */
import { createPlanRenderer } from './markdown/render-plan';
import { openRenderCache } from './render-cache';
import { workPlan, type PlanJob, type PlanWorkResult } from './plan-work';

export interface PlanWorkerData {
  /** The names of provinces and districts, as [id, name] (the citation context). */
  unitNames: [string, string][];
  /** The image files of the content tree. */
  images: string[];
  /** The render cache's directory. */
  cacheDir: string;
}

export function planWorker(data: PlanWorkerData): (job: PlanJob) => Promise<PlanWorkResult> {
  const inputs = { images: new Set(data.images), render: createPlanRenderer({ unitNames: new Map(data.unitNames) }), cache: openRenderCache(data.cacheDir) };
  return (job) => workPlan(job, inputs);
}

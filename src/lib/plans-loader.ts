/**
 * The plans collection's loader: every plan file of the content tree's inventory through
 * the content gate (gatePlanFile, the same function as `npm run check`'s: bytes, UTF-8,
 * characters, frontmatter, safe YAML, Markdown-only body), its frontmatter given to the
 * schema, and its body rendered to HTML once, here, from the gate's syntax tree by the
 * portal's own pipeline (render-plan.ts), instead of compiling each .mdx file as a Vite
 * module.
 *
 * The store entry keeps only the frontmatter (`data`), the digest and the file path. The
 * rendering (HTML, reading text, citations) goes to the render cache (render-cache.ts), one
 * file per content digest, which the plan pages and the citation index read: with the
 * rendered bodies in the entries, the content-layer store (serialised as one string) passed
 * V8's string limit at 8,674 plans.
 *
 * Entries are cached per content digest: the digest covers the file's bytes and a version
 * (the source of src/lib, the unit names, the images), so a rebuild with the build cache
 * gates and renders only new or changed plans (or a plan whose render-cache file is missing
 * or corrupt), drops removed ones and deletes the render-cache files no plan has any more.
 * Content problems of all files are collected and thrown together, as the gate reports them.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ContentError, type ContentProblem } from './content-error';
import { gatePlanFile } from './content-gate/plan-file';
import type { Inventory } from './content-gate/inventory';
import type { PlanRenderer } from './markdown/render-plan';
import { bodyTextOfSource } from './markdown/body-text';
import type { RenderCache } from './render-cache';
import { workPlan, type PlanJob, type PlanWorkResult } from './plan-work';
import type { PlanWorkers } from './plan-workers';

export interface PlansLoaderOptions {
  /** Absolute path of the content directory. */
  contentDir: string;
  /** How a content path ("plans/…") is named in messages. */
  label: (path: string) => string;
  /** The project root: stored file paths are relative to it, as the glob loader stores them. */
  root: string;
  /**
   * Called at each load: the inventory of the tree, the version that is part of every
   * digest, and the renderer (null: the loader context's renderMarkdown, the configured processor).
   */
  prepare: () => { inventory: Pick<Inventory, 'files' | 'problems'>; renderVersion: string; render: PlanRenderer | null };
  /** Where each plan's rendering is kept, by content digest. */
  cache: RenderCache;
  /**
   * Worker threads to gate and render in (plan-workers.ts), given the number of plan files
   * and the tree's images; null or absent: everything in the loader's thread. Only for the
   * portal's renderer (the native one is the loader context's).
   */
  workers?: (plans: number, images: readonly string[]) => PlanWorkers | null;
  /** Seconds between progress lines (default 5). */
  progressEvery?: number;
}

/** A plan's id is its path under plans/ without the extension: the path is its identity and URL. */
export function planId(path: string): string {
  return path.replace(/^plans\//, '').replace(/\.mdx$/, '');
}

export function plansLoader(options: PlansLoaderOptions): Loader {
  return {
    name: 'plans',
    load: async (context: LoaderContext) => {
      const { store, parseData, generateDigest, logger, renderMarkdown } = context;
      const { inventory, renderVersion, render } = options.prepare();
      const problems: ContentProblem[] = [...inventory.problems];
      const files = inventory.files.plan;
      const images = new Set(inventory.files.image);
      const untouched = new Set(store.keys());
      const every = (options.progressEvery ?? 5) * 1000;
      const started = performance.now();
      let lastLine = started;
      let rendered = 0;
      let reused = 0;
      let done = 0;
      const found: ContentProblem[][] = [];
      let failed = problems.length > 0;
      const workers = render ? (options.workers?.(files.length, inventory.files.image) ?? null) : null;
      /** The gate and the renderer, in a worker thread or here. */
      const work = async (job: PlanJob): Promise<PlanWorkResult> => {
        if (workers) return workers.work(job);
        if (render) return workPlan(job, { images, render, cache: options.cache });
        // The native processor (benchmark only): the loader context's renderMarkdown.
        const gated = gatePlanFile(job.absolute, job.file, { planPath: job.path, images });
        if (!gated.source || gated.problems.length > 0 || !job.render) return { problems: gated.problems, frontmatter: null };
        const { body } = gated.source;
        options.cache.write(job.digest, { html: (await renderMarkdown(body)).html, text: bodyTextOfSource(body).text });
        return { problems: [], frontmatter: gated.source.frontmatter };
      };
      const loadOne = async (index: number, path: string) => {
        const id = planId(path);
        const absolute = join(options.contentDir, path);
        const file = options.label(path);
        untouched.delete(id);
        const bytes = await readFile(absolute).catch(() => null);
        const digest = bytes ? generateDigest(`${renderVersion}\n${bytes.toString('latin1')}`) : null;
        const existing = store.get(id);
        if (digest && existing && existing.digest === digest && options.cache.read(digest)) {
          reused++;
        } else if (!digest) {
          // Unreadable: the gate says why.
          found[index] = gatePlanFile(absolute, file, { planPath: path, images }).problems;
          failed ||= found[index].length > 0;
        } else {
          // Rendered only while no file has failed: a failing build stores nothing.
          const result = await work({ path, absolute, file, digest, render: !failed });
          found[index] = result.problems;
          failed ||= result.problems.length > 0;
          if (result.frontmatter && result.problems.length === 0) {
            const data = await parseData({ id, data: result.frontmatter, filePath: absolute });
            store.set({ id, data, filePath: relative(options.root, absolute), digest });
            rendered++;
          }
        }
        done++;
        if (performance.now() - lastLine >= every) {
          lastLine = performance.now();
          logger.info(`plans loaded: ${done} of ${files.length} (${rendered} rendered, ${reused} unchanged)`);
        }
      };
      // Two jobs a thread in flight, so that no thread waits for the loader's own work. On
      // an error (a schema's, a thread's) no lane starts another file; all finish, then it is thrown.
      const lanes = workers ? workers.size * 2 : 1;
      let next = 0;
      let failure: { error: unknown } | null = null;
      try {
        await Promise.all(
          Array.from({ length: lanes }, async () => {
            while (!failure && next < files.length) {
              const index = next++;
              await loadOne(index, files[index]!).catch((error: unknown) => (failure ??= { error }));
            }
          }),
        );
      } finally {
        await workers?.close();
      }
      if (failure) throw (failure as { error: unknown }).error;
      // In the files' order, whatever order the threads finished in.
      for (const list of found) if (list) problems.push(...list);
      if (problems.length > 0) throw new ContentError(problems);
      for (const id of untouched) store.delete(id);
      const live = new Set<string>();
      for (const id of store.keys()) {
        const digest = store.get(id)?.digest;
        if (typeof digest === 'string') live.add(digest);
      }
      const pruned = options.cache.prune(live);
      logger.info(
        `plans loaded: ${files.length} (${rendered} rendered, ${reused} unchanged, ${untouched.size} removed, ${pruned} stale renderings deleted) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    },
  };
}

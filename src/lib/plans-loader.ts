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
      for (const [index, path] of files.entries()) {
        const id = planId(path);
        const absolute = join(options.contentDir, path);
        const file = options.label(path);
        untouched.delete(id);
        const bytes = await readFile(absolute).catch(() => null);
        const digest = bytes ? generateDigest(`${renderVersion}\n${bytes.toString('latin1')}`) : null;
        const existing = store.get(id);
        if (digest && existing && existing.digest === digest && options.cache.read(digest)) {
          reused++;
        } else {
          // The gate reads the file itself (bounded) and names every problem.
          const gated = gatePlanFile(absolute, file, { planPath: path, images });
          problems.push(...gated.problems);
          if (gated.source && gated.tree && gated.problems.length === 0 && problems.length === 0) {
            const { frontmatter, body, bodyStartLine } = gated.source;
            const data = await parseData({ id, data: frontmatter, filePath: absolute });
            // The reading text and its citations are kept with the HTML, so that the citation
            // index and the index pages neither parse the body nor look for its citations
            // again (the native processor finds none: the index looks for them).
            const output = render
              ? await render('\n'.repeat(bodyStartLine - 1) + body, absolute, frontmatter, gated.tree)
              : { html: (await renderMarkdown(body)).html, text: bodyTextOfSource(body).text };
            if (digest) options.cache.write(digest, output);
            else throw new Error(`${file}: no content digest (the file could not be read before the gate)`);
            store.set({ id, data, filePath: relative(options.root, absolute), digest });
            rendered++;
          }
        }
        if (performance.now() - lastLine >= every) {
          lastLine = performance.now();
          logger.info(`plans loaded: ${index + 1} of ${files.length} (${rendered} rendered, ${reused} unchanged)`);
        }
      }
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

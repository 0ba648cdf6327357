/**
 * Wiring of the three collections. Schemas, parsing and checks live in src/lib (tested
 * without Astro); this file only tells Astro where the files are.
 * PORTAL_CONTENT_DIR points the build at another content tree (tests, benchmark).
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { join, resolve } from 'node:path';
import { planSchema } from './lib/schemas/plan';
import { agencySchema } from './lib/schemas/agency';
import { provinceSchema } from './lib/schemas/province';
import { loadAgencyFile, loadProvinceUnits, type LoadedEntry } from './lib/content-loaders';
import { loadIndices } from './lib/indices';
import { indexSchema } from './lib/schemas/index-entry';
import { takeInventory } from './lib/content-gate/inventory';
import { plansLoader } from './lib/plans-loader';
import { createPlanRenderer } from './lib/markdown/render-plan';
import { openRenderCache, renderCacheDir } from './lib/render-cache';
import { startPlanWorkers, workerCount } from './lib/plan-workers';
import { contentLabel, readContentText } from './lib/content-gate/content-text';
import { LIMITS } from './lib/content-gate/limits';
import { codeVersion } from './lib/cache-files';

const contentDir = resolve(process.env.PORTAL_CONTENT_DIR ?? './content');
const label = contentLabel(contentDir);

/** A loader that replaces the collection with the entries `read` returns; its errors fail the build. */
function dataLoader<T extends Record<string, unknown>>(name: string, read: () => Promise<{ entries: LoadedEntry<T>[]; filePath: (entry: LoadedEntry<T>) => string }>): Loader {
  return {
    name,
    load: async ({ store, parseData }) => {
      const { entries, filePath } = await read();
      store.clear();
      for (const entry of entries) {
        const data = await parseData({ id: entry.id, data: entry.data });
        store.set({ id: entry.id, data, filePath: filePath(entry) });
      }
    },
  };
}

/** The provinces reference and the districts, through the gate (as the provinces collection reads them). */
function unitFiles(): { reference: string; districts: string } {
  return {
    reference: readContentText(join(contentDir, 'provinces/provinces-vn.json'), label('provinces/provinces-vn.json'), LIMITS.referenceFile),
    districts: readContentText(join(contentDir, 'provinces/districts.yaml'), label('provinces/districts.yaml'), LIMITS.dataFile),
  };
}

/**
 * What a plan's gate verdict and rendered HTML depend on besides its own bytes: the source
 * of src/lib (gate, plugins, citations and their vocabulary, slugs, schemas), the unit names and the images of
 * the tree. A change to any renders every plan again; otherwise an unchanged plan keeps its
 * cached entry.
 */
function renderVersion(units: { reference: string; districts: string }, images: readonly string[], processor: string): string {
  // Every file, not only .ts: the citation vocabulary is src/lib/citations/vocabulary.generated.json.
  return codeVersion([processor, units.reference, units.districts, images.join('\n')], resolve('src/lib'), /\.(ts|json|ya?ml)$/);
}

/**
 * Plans: every file through the content gate (the same as `npm run check`'s), then its body
 * rendered once per content digest by the portal's unified pipeline (render-plan.ts) from
 * the gate's syntax tree into the render cache (render-cache.ts; the store keeps the
 * frontmatter); no .mdx file is compiled as a module. PORTAL_MD_PROCESSOR=native
 * renders with Astro's native processor instead (benchmark only: none of our transforms).
 */
const plans = defineCollection({
  loader: (() => {
    const native = process.env.PORTAL_MD_PROCESSOR === 'native';
    const cache = openRenderCache(renderCacheDir());
    let renderer: ReturnType<typeof createPlanRenderer> | null = null;
    let unitNames: [string, string][] = [];
    return plansLoader({
      contentDir,
      label,
      root: process.cwd(),
      // <cacheDir>/plan-bodies/ (PORTAL_CACHE_DIR or node_modules/.astro, as astro.config.mjs's cacheDir).
      cache,
      prepare: () => {
        const units = unitFiles();
        const inventory = takeInventory(contentDir, label);
        unitNames = loadProvinceUnits(units.reference, units.districts).map((unit) => [unit.id, unit.data.name]);
        if (!native) renderer = createPlanRenderer({ unitNames: new Map(unitNames) });
        return { inventory, renderVersion: renderVersion(units, inventory.files.image, native ? 'native' : 'unified'), render: renderer };
      },
      // A large tree is gated and rendered in worker threads, one per core (PORTAL_LOAD_THREADS).
      workers: (count, images) => {
        const threads = workerCount(count);
        return threads > 0 ? startPlanWorkers(threads, process.cwd(), { unitNames, images: [...images], cacheDir: cache.dir }) : null;
      },
    });
  })(),
  schema: planSchema,
});

const agencies = defineCollection({
  loader: dataLoader('agencies', async () => {
    // The agencies files the inventory finds (directly in agencies/; others are refused there).
    const files = takeInventory(contentDir, label).files.agencies;
    const byId = new Map<string, string>();
    const entries = [];
    for (const file of files) {
      const path = label(file);
      for (const entry of loadAgencyFile(path, readContentText(join(contentDir, file), path, LIMITS.dataFile))) {
        byId.set(entry.id, path);
        entries.push(entry);
      }
    }
    return { entries, filePath: (entry) => byId.get(entry.id)! };
  }),
  schema: agencySchema,
});

const provinces = defineCollection({
  loader: dataLoader('provinces', async () => {
    const files = { reference: label('provinces/provinces-vn.json'), districts: label('provinces/districts.yaml') };
    const entries = loadProvinceUnits(
      readContentText(join(contentDir, 'provinces/provinces-vn.json'), files.reference, LIMITS.referenceFile),
      readContentText(join(contentDir, 'provinces/districts.yaml'), files.districts, LIMITS.dataFile),
      files,
    );
    return { entries, filePath: (entry) => (entry.id.includes('/') ? files.districts : files.reference) };
  }),
  schema: provinceSchema,
});

const indices = defineCollection({
  loader: dataLoader('indices', async () => {
    const path = label('indices.yaml');
    return { entries: loadIndices(readContentText(join(contentDir, 'indices.yaml'), path, LIMITS.dataFile), path), filePath: () => path };
  }),
  schema: indexSchema,
});

export const collections = { plans, agencies, provinces, indices };

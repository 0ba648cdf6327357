/**
 * Wiring of the three collections. Schemas, parsing and checks live in src/lib (tested
 * without Astro); this file only tells Astro where the files are.
 * PORTAL_CONTENT_DIR points the build at another content tree (tests, benchmark).
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join, resolve } from 'node:path';
import { planSchema } from './lib/schemas/plan';
import { agencySchema } from './lib/schemas/agency';
import { provinceSchema } from './lib/schemas/province';
import { loadAgencyFile, loadProvinceUnits, type LoadedEntry } from './lib/content-loaders';
import { loadIndices } from './lib/indices';
import { indexSchema } from './lib/schemas/index-entry';
import { ContentError } from './lib/content-error';
import { takeInventory } from './lib/content-gate/inventory';
import { gatePlanFile } from './lib/content-gate/plan-file';
import { contentLabel, readContentText } from './lib/content-gate/content-text';
import { LIMITS } from './lib/content-gate/limits';

const contentDir = resolve(process.env.PORTAL_CONTENT_DIR ?? './content');
const label = contentLabel(contentDir);

/** A loader that replaces the collection with the entries `read` returns; its errors fail the build. */
function dataLoader<T extends Record<string, unknown>>(
  name: string,
  read: () => Promise<{ entries: LoadedEntry<T>[]; filePath: (entry: LoadedEntry<T>) => string }>,
): Loader {
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

/**
 * Astro's glob loader behind the content gate (the same as `npm run check`'s): the whole
 * content tree is inventoried and every plan file read through the gate before glob
 * reads any (so its YAML parser never sees an unchecked file), and the schema is given
 * the gate's frontmatter, not a second parse of it.
 */
function gatedPlans(): Loader {
  const inner = glob({
    pattern: '**/*.mdx',
    base: join(contentDir, 'plans'),
    // The path is the plan's identity and URL: keep it as written (checked in catalog.ts).
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });
  return {
    name: 'gated-plans',
    load: async (context) => {
      const inventory = takeInventory(contentDir, label);
      const problems = [...inventory.problems];
      const frontmatter = new Map<string, Record<string, unknown>>();
      const images = new Set(inventory.files.image);
      for (const path of inventory.files.plan) {
        const gated = gatePlanFile(join(contentDir, path), label(path), { planPath: path, images });
        problems.push(...gated.problems);
        if (gated.source) frontmatter.set(path.replace(/^plans\//, '').replace(/\.mdx$/, ''), gated.source.frontmatter);
      }
      if (problems.length > 0) throw new ContentError(problems);
      await inner.load({
        ...context,
        parseData: ((props) => context.parseData({ ...props, data: frontmatter.get(props.id) ?? props.data })) as typeof context.parseData,
      });
    },
  };
}

const plans = defineCollection({
  loader: gatedPlans(),
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

/**
 * Wiring of the three collections. Schemas, parsing and checks live in src/lib (tested
 * without Astro); this file only tells Astro where the files are.
 * PORTAL_CONTENT_DIR points the build at another content tree (tests, benchmark).
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { planSchema } from './lib/schemas/plan';
import { agencySchema } from './lib/schemas/agency';
import { provinceSchema } from './lib/schemas/province';
import { loadAgencyFile, loadProvinceUnits, type LoadedEntry } from './lib/content-loaders';
import { loadIndices } from './lib/indices';
import { indexSchema } from './lib/schemas/index-entry';

const contentDir = resolve(process.env.PORTAL_CONTENT_DIR ?? './content');

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

const plans = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: join(contentDir, 'plans'),
    // The path is the plan's identity and URL: keep it as written (checked in catalog.ts).
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: planSchema,
});

const agencies = defineCollection({
  loader: dataLoader('agencies', async () => {
    const dir = join(contentDir, 'agencies');
    const files = (await readdir(dir)).filter((file) => file.endsWith('.yaml')).sort();
    const byId = new Map<string, string>();
    const entries = [];
    for (const file of files) {
      const path = relative(process.cwd(), join(dir, file));
      for (const entry of loadAgencyFile(path, await readFile(join(dir, file), 'utf8'))) {
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
    const dir = join(contentDir, 'provinces');
    const files = {
      reference: relative(process.cwd(), join(dir, 'provinces-vn.json')),
      districts: relative(process.cwd(), join(dir, 'districts.yaml')),
    };
    const entries = loadProvinceUnits(
      await readFile(join(dir, 'provinces-vn.json'), 'utf8'),
      await readFile(join(dir, 'districts.yaml'), 'utf8'),
      files,
    );
    return { entries, filePath: (entry) => (entry.id.includes('/') ? files.districts : files.reference) };
  }),
  schema: provinceSchema,
});

const indices = defineCollection({
  loader: dataLoader('indices', async () => {
    const file = join(contentDir, 'indices.yaml');
    const path = relative(process.cwd(), file);
    return { entries: loadIndices(await readFile(file, 'utf8'), path), filePath: () => path };
  }),
  schema: indexSchema,
});

export const collections = { plans, agencies, provinces, indices };

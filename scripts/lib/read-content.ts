/**
 * Reads the content files from disk the way the build does (the same content gate, the
 * same schemas, the same loaders) without Astro: for `npm run check`, `npm run import`
 * and the unit tests, which run on the real content in milliseconds.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { planSchema, type PlanData } from '../../src/lib/schemas/plan';
import { loadAgencyFile, loadProvinceUnits } from '../../src/lib/content-loaders';
import { loadIndices } from '../../src/lib/indices';
import { ContentError } from '../../src/lib/content-error';
import { takeInventory } from '../../src/lib/content-gate/inventory';
import { gatePlanFile } from '../../src/lib/content-gate/plan-file';
import { contentLabel, readContentText } from '../../src/lib/content-gate/content-text';
import { LIMITS } from '../../src/lib/content-gate/limits';

export const CONTENT_DIR = new URL('../../content/', import.meta.url).pathname;

/** Every file under `dir` with the given extension, as paths relative to `dir`, sorted. */
export function listFiles(dir: string, extension: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith(extension))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

export interface PlanFile {
  id: string;
  filePath: string;
  data: PlanData;
  body: string;
}

/** Parses every plan under content/plans through the gate and the real schema; throws on the first invalid one. */
export function readPlans(contentDir = CONTENT_DIR, keep: (filePath: string) => boolean = () => true): PlanFile[] {
  const label = contentLabel(contentDir);
  const inventory = takeInventory(contentDir, label);
  const images = new Set(inventory.files.image);
  return inventory.files.plan
    .filter((path) => keep(join(contentDir, path)))
    .map((path) => {
      const filePath = join(contentDir, path);
      const gated = gatePlanFile(filePath, label(path), { planPath: path, images });
      if (!gated.source || gated.problems.length > 0) throw new ContentError(gated.problems);
      const result = planSchema.safeParse(gated.source.frontmatter);
      if (!result.success) {
        throw new Error(`${relative(process.cwd(), filePath)}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      // As Astro's parser gives the body: from the line break that ends the frontmatter.
      return { id: path.replace(/^plans\//, '').replace(/\.mdx$/, ''), filePath, data: result.data, body: `\n${gated.source.body}` };
    });
}

/** The agencies of every agencies file the inventory finds (content/agencies/*.yaml). */
export function readAgencies(contentDir = CONTENT_DIR) {
  const label = contentLabel(contentDir);
  return takeInventory(contentDir, label).files.agencies.flatMap((file) => loadAgencyFile(label(file), readContentText(join(contentDir, file), label(file), LIMITS.dataFile)));
}

export function readProvinces(contentDir = CONTENT_DIR) {
  const label = contentLabel(contentDir);
  const files = { reference: label('provinces/provinces-vn.json'), districts: label('provinces/districts.yaml') };
  return loadProvinceUnits(
    readContentText(join(contentDir, 'provinces/provinces-vn.json'), files.reference, LIMITS.referenceFile),
    readContentText(join(contentDir, 'provinces/districts.yaml'), files.districts, LIMITS.dataFile),
    files,
  );
}

export function readIndices(contentDir = CONTENT_DIR) {
  const label = contentLabel(contentDir);
  return loadIndices(readContentText(join(contentDir, 'indices.yaml'), label('indices.yaml'), LIMITS.dataFile), label('indices.yaml'));
}

/**
 * Reads the content files from disk the way Astro does (same frontmatter parser, same
 * schemas, same loaders) without Astro: for `npm run check`
 * and the unit tests, which run on the real content in milliseconds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { planSchema, type PlanData } from '../../src/lib/schemas/plan';
import { loadAgencyFile, loadProvinceUnits } from '../../src/lib/content-loaders';
import { loadIndices } from '../../src/lib/indices';

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

/** Parses every plan under content/plans through the real schema; throws on the first invalid one. */
export function readPlans(contentDir = CONTENT_DIR, keep: (filePath: string) => boolean = () => true): PlanFile[] {
  const plansDir = join(contentDir, 'plans');
  return listFiles(plansDir, '.mdx').filter((file) => keep(join(plansDir, file))).map((file) => {
    const filePath = join(plansDir, file);
    const { frontmatter, content } = parseFrontmatter(readFileSync(filePath, 'utf8'));
    const result = planSchema.safeParse(frontmatter);
    if (!result.success) {
      throw new Error(`${relative(process.cwd(), filePath)}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return { id: file.replace(/\.mdx$/, ''), filePath, data: result.data, body: content };
  });
}

export function readAgencies(contentDir = CONTENT_DIR) {
  const dir = join(contentDir, 'agencies');
  return listFiles(dir, '.yaml').flatMap((file) => loadAgencyFile(join(dir, file), readFileSync(join(dir, file), 'utf8')));
}

export function readProvinces(contentDir = CONTENT_DIR) {
  const dir = join(contentDir, 'provinces');
  return loadProvinceUnits(
    readFileSync(join(dir, 'provinces-vn.json'), 'utf8'),
    readFileSync(join(dir, 'districts.yaml'), 'utf8'),
  );
}

export function readIndices(contentDir = CONTENT_DIR) {
  return loadIndices(readFileSync(join(contentDir, 'indices.yaml'), 'utf8'));
}

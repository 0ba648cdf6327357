/**
 * Checks content without building the site: every plan's frontmatter against its schema,
 * the agencies and provinces files, and the catalog's cross-collection rules.
 *
 *   npm run validate                 check everything
 *   npm run validate -- <file.mdx>   check only these plans (agencies and provinces always)
 */
import { relative, resolve } from 'node:path';
import { buildCatalog } from '../src/lib/catalog';
import { ContentError } from '../src/lib/content-error';
import { readAgencies, readPlans, readIndices, readProvinces } from './lib/read-content';

const only = process.argv.slice(2).map((file) => resolve(file));
try {
  const plans = readPlans(undefined, (filePath) => only.length === 0 || only.includes(filePath));
  const catalog = buildCatalog({
    plans: plans.map((plan) => ({ id: plan.id, data: plan.data, filePath: relative(process.cwd(), plan.filePath) })),
    agencies: readAgencies(),
    units: readProvinces(),
    indices: readIndices(),
  });
  console.log(`ok: ${catalog.plans.length} plans, ${catalog.agencies.size} agencies, ${catalog.units.size} units`);
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}

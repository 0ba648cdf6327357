/**
 * The real content tree as the unit tests read it: plans, agencies, units and indices
 * parsed through the real schemas (scripts/lib/read-content.ts), joined by the real
 * catalog builder, with the citation index and assignments built once per test file.
 */
import { buildAssignments, type Assignments } from '../../src/lib/assignments';
import { buildCatalog, type Catalog, type CatalogPlan } from '../../src/lib/catalog';
import { buildCitationIndex, type CitationIndex } from '../../src/lib/citation-index';
import { bodyTextOfSource } from '../../src/lib/markdown/body-text';
import { readAgencies, readIndices, readPlans, readProvinces, type PlanFile } from '../../scripts/lib/read-content';

export interface Corpus {
  files: PlanFile[];
  catalog: Catalog;
  index: CitationIndex;
  assignments: Assignments;
  /** The plan whose id contains `part`; throws when none does. */
  plan(part: string): CatalogPlan;
}

let corpus: Corpus | undefined;

export function seedCorpus(): Corpus {
  if (corpus) return corpus;
  const files = readPlans();
  const catalog = buildCatalog({ plans: files.map((p) => ({ id: p.id, data: p.data })), agencies: readAgencies(), units: readProvinces(), indices: readIndices() });
  const text = new Map(files.map((f) => [f.id, bodyTextOfSource(f.body).text]));
  const index = buildCitationIndex(catalog.plans.map((plan) => ({ plan, text: text.get(plan.id) ?? '' })));
  const plan = (part: string) => {
    const found = catalog.plans.find((p) => p.id.includes(part));
    if (!found) throw new Error(`No seed plan id contains "${part}"`);
    return found;
  };
  corpus = { files, catalog, index, assignments: buildAssignments(catalog), plan };
  return corpus;
}

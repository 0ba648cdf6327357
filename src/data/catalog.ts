/**
 * The one place that reads the content collections. It builds the catalog once per
 * build (memoised) and fails the build with every content problem at once.
 */
import { getCollection, getEntry } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog';
import { buildCitationIndex, type CitationIndex } from '../lib/citation-index';
import { sentenceAround } from '../lib/sentence';
import { buildAssignments, findDeadlines, type Assignments, type Deadline } from '../lib/assignments';
import { bodyTextOfSource } from '../lib/markdown/body-text';
import { planRecord, type PlanRecord } from '../lib/open-data';
import { splitAtSignature } from '../lib/markdown/render-plan';
import { openRenderCache, renderCacheDir, type CachedRender } from '../lib/render-cache';
import type { Citation } from '../lib/citations';

let catalog: Promise<Catalog> | undefined;
let bodies: Promise<Map<string, { text: string; citations?: Citation[] }>> | undefined;
let bodyTexts: Promise<Map<string, string>> | undefined;
let citations: Promise<CitationIndex> | undefined;
let assignments: Promise<Assignments & { deadlines: Deadline[] }> | undefined;
let records: Promise<PlanRecord[]> | undefined;
/** The plans loader's render cache (render-cache.ts), in the build cache astro.config.mjs sets. */
const renderCache = openRenderCache(renderCacheDir());

/** The rendering the plans loader kept for a plan entry; throws when it is gone. */
function cachedRender(entry: { id: string; digest?: string | number | undefined }): CachedRender {
  const kept = typeof entry.digest === 'string' ? renderCache.read(entry.digest) : null;
  if (!kept) throw new Error(`Plan "${entry.id}" has no rendered body in ${renderCache.dir} (the plans loader renders every plan there; was the cache removed during the build?)`);
  return kept;
}

let digests: Promise<Map<string, string>> | undefined;

/**
 * Each plan entry's content digest (its file's bytes and the renderer's version: what its
 * rendered body depends on), by id. An entry without one (the unit tests' astro:content)
 * gives its body itself.
 */
export function getCollectionDigests(): Promise<Map<string, string>> {
  digests ??= getCollection('plans').then((entries) => new Map(entries.map((entry) => [entry.id, typeof entry.digest === 'string' ? entry.digest : `body:${entry.body ?? ''}`])));
  return digests;
}

/** The checked, joined and sorted catalog of plans, agencies and units. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= (async () => {
    const [plans, agencies, units, indices] = await Promise.all([
      getCollection('plans'),
      getCollection('agencies'),
      getCollection('provinces'),
      getCollection('indices'),
    ]);
    return buildCatalog({
      plans: plans.map((entry) => ({ id: entry.id, data: entry.data, filePath: entry.filePath })),
      agencies: agencies.map((entry) => ({ id: entry.id, data: entry.data, filePath: entry.filePath })),
      units: units.map((entry) => ({ id: entry.id, data: entry.data, filePath: entry.filePath })),
      indices: indices.map((entry) => ({ id: entry.id, data: entry.data, filePath: entry.filePath })),
    });
  })();
  return catalog;
}

/**
 * Each plan's body as the citation links read it, by plan id: its reading text and the
 * citations found in it, kept by the plans loader in the render cache when it rendered the
 * body (once per content digest); citations absent (the native processor): the index finds
 * them. An entry with no digest but a body (the unit tests' astro:content) is parsed here.
 */
function getBodies(): Promise<Map<string, { text: string; citations?: Citation[] }>> {
  bodies ??= getCollection('plans').then(
    (entries) =>
      new Map(
        entries.map((entry) => {
          if (!entry.digest && typeof entry.body === 'string') return [entry.id, { text: bodyTextOfSource(entry.body).text }];
          const { text, citations } = cachedRender(entry);
          return [entry.id, citations ? { text, citations } : { text }];
        }),
      ),
  );
  return bodies;
}

/** Each plan's body text (its Markdown read once, as the citation links read it), by plan id. */
export function getBodyTexts(): Promise<Map<string, string>> {
  bodyTexts ??= getBodies().then((found) => new Map([...found].map(([id, body]) => [id, body.text])));
  return bodyTexts;
}

/** Every document the plans cite, with who cites it where; built once per build. */
export function getCitationIndex(): Promise<CitationIndex> {
  citations ??= (async () => {
    const [{ plans }, found] = await Promise.all([getCatalog(), getBodies()]);
    return buildCitationIndex(plans.map((plan) => ({ plan, text: '', ...found.get(plan.id) })));
  })();
  return citations;
}

/** Duties, tasks and deadlines of every plan, per agency; built once per build. */
export function getAssignments(): Promise<Assignments & { deadlines: Deadline[] }> {
  assignments ??= (async () => {
    const [catalog, texts] = await Promise.all([getCatalog(), getBodyTexts()]);
    const deadlines = catalog.plans.flatMap((plan) => findDeadlines(plan, texts.get(plan.id) ?? '', sentenceAround));
    return { ...buildAssignments(catalog), deadlines };
  })();
  return assignments;
}

/** The open-data record of every plan, in catalog order (records[i] is catalog.plans[i]); built once per build. */
export function getRecords(): Promise<PlanRecord[]> {
  records ??= (async () => {
    const [catalog, citations, assignments] = await Promise.all([getCatalog(), getCitationIndex(), getAssignments()]);
    return catalog.plans.map((plan) => planRecord(plan, citations, assignments));
  })();
  return records;
}

/**
 * A plan's body as HTML, rendered once by the plans loader (render cache, per content digest),
 * split where the signature block goes: the page puts <PlanSignature /> between the halves.
 */
export async function renderPlanBody(id: string): Promise<{ before: string; after: string }> {
  const entry = await getEntry('plans', id);
  if (!entry) throw new Error(`No plan "${id}" in the plans collection`);
  return splitAtSignature(cachedRender(entry).html);
}

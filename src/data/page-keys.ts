/**
 * Cache keys of the portal's pages (Astro's incremental build; src/lib/page-cache-key.ts):
 * the site-wide inputs every page depends on, read once per build, and the stand-ins of the
 * objects many pages share.
 *
 * - Site-wide: the catalog's agencies, units and indices and the maps' source files. The
 *   layout, the menus and the maps read more of them than a page's data names, so a change
 *   to any of them renders every keyed page again.
 * - A plan of the catalog stands in as its id and its entry's content digest (its file's
 *   bytes and the renderer's version): everything a catalog plan holds comes from its own
 *   file and the site-wide inputs.
 * - A cited document stands in as its own fields (type, number, date, issuer, the plan it
 *   is, …), without the list of the plans citing it: a page showing a document beside a plan
 *   (a plan's relations, its facts) does not change when another plan cites it too. A page
 *   that shows who cites a document (the document's own page) keys those citations itself.
 */
import { readFileSync } from 'node:fs';
import { getCatalog, getCitationIndex, getCollectionDigests } from './catalog';
import { mapSourceFiles } from './maps';
import { pageCacheKey, type StandIn } from '../lib/page-cache-key';
import { contentHash } from '../lib/cache-files';

interface Keys {
  site: string;
  standIn: StandIn;
}
let keys: Promise<Keys> | undefined;

function getKeys(): Promise<Keys> {
  keys ??= (async () => {
    const [catalog, index, digests] = await Promise.all([getCatalog(), getCitationIndex(), getCollectionDigests()]);
    const files = mapSourceFiles().map((file) => contentHash(readFileSync(file)));
    const standIns = new WeakMap<object, unknown>();
    for (const plan of catalog.plans) standIns.set(plan, { plan: plan.id, entry: digests.get(plan.id) ?? null });
    for (const document of index.documents.values()) {
      const { citations: _citations, ...own } = document;
      standIns.set(document, { document: own });
    }
    return { site: pageCacheKey([catalog.agencies, catalog.units, catalog.indices, files]), standIn: (value) => standIns.get(value) };
  })();
  return keys;
}

/** The cache key of a page: the site-wide inputs and the page's own parts, shared objects by their stand-ins. */
export async function pageKey(...parts: unknown[]): Promise<string> {
  const { site, standIn } = await getKeys();
  return pageCacheKey([site, ...parts], standIn);
}

/** What a plan's rendered body depends on: its entry's content digest (file bytes and renderer version). */
export async function bodyKey(id: string): Promise<string> {
  const digest = (await getCollectionDigests()).get(id);
  if (digest === undefined) throw new Error(`No plan "${id}" in the plans collection`);
  return digest;
}

/** Paths with their cache keys: each path's key is pageKey(...key), its own parts after the site-wide inputs. */
export async function keyedPaths<P, Q>(paths: Iterable<{ params: P; props: Q; key: unknown[] }>): Promise<{ params: P; props: Q; cacheKey: string }[]> {
  const keyed: { params: P; props: Q; cacheKey: string }[] = [];
  for (const { params, props, key } of paths) keyed.push({ params, props, cacheKey: await pageKey(...key) });
  return keyed;
}

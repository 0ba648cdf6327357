/**
 * The search index's manifest, pagefind/portal-index.json: what the build wrote besides
 * the index at pagefind/ itself, read by the search page before its first search.
 * - `recent`: the recent index of the newest plans (recent-index.ts), or null;
 * - `shards`: the year shards of the whole index (index-shards.ts), newest year first and
 *   the first at pagefind/ itself, or null when the whole index is the one at pagefind/;
 * - `plans`: how many plans the whole index holds (null when unknown), which tells the page
 *   when a phrase is in every plan (query.ts wordsSearchNeeded).
 */
import type { RecentEntry } from './recent-index';
import type { ShardEntry } from './index-shards';

/** Its name under pagefind/. */
export const MANIFEST_FILE = 'portal-index.json';

export interface IndexManifest {
  recent: RecentEntry | null;
  shards: ShardEntry[] | null;
  plans: number | null;
}

/** A directory under pagefind/ as the manifest may name it: lower-case ASCII words, one level, ending in "/". */
const SUBDIR = /^[a-z0-9-]+\/$/;

function readRecent(value: unknown): RecentEntry | null {
  if (!value || typeof value !== 'object') return null;
  const { path, plans, since } = value as Record<string, unknown>;
  if (typeof path !== 'string' || !SUBDIR.test(path) || typeof plans !== 'number' || typeof since !== 'string') return null;
  return { path, plans, since };
}

/** The shards, or null when the manifest has none; a list that cannot be read is an error, since searching only some years would be wrong. */
function readShards(value: unknown): ShardEntry[] | null {
  if (value === undefined || value === null) return null;
  const bad = (why: string) => new Error(`The search index's manifest (${MANIFEST_FILE}) lists shards that cannot be read: ${why}`);
  if (!Array.isArray(value) || value.length < 2) throw bad('expected a list of at least two');
  return value.map((shard: unknown, i) => {
    if (!shard || typeof shard !== 'object') throw bad(`entry ${i + 1} is not an object`);
    const { path, year, plans } = shard as Record<string, unknown>;
    if (typeof path !== 'string' || (i === 0 ? path !== '' : !SUBDIR.test(path))) throw bad(`entry ${i + 1} has the path ${JSON.stringify(path)}`);
    if (!(year === null || (typeof year === 'string' && /^\d{4}$/.test(year)))) throw bad(`entry ${i + 1} has the year ${JSON.stringify(year)}`);
    if (typeof plans !== 'number' || !Number.isInteger(plans) || plans < 1) throw bad(`entry ${i + 1} has ${JSON.stringify(plans)} plans`);
    return { path, year, plans };
  });
}

/**
 * Reads a manifest as the search page fetches it. A malformed recent index reads as none
 * (the whole index then answers first, which is only slower); malformed shards are an
 * error (searching some years only would give wrong results), which the page reports as
 * an index it cannot load.
 */
export function parseManifest(value: unknown): IndexManifest {
  const manifest = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const plans = manifest['plans'];
  return { recent: readRecent(manifest['recent']), shards: readShards(manifest['shards']), plans: typeof plans === 'number' && Number.isInteger(plans) && plans >= 0 ? plans : null };
}

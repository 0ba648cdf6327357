/**
 * Cache keys of built pages, for Astro's incremental static build
 * (`experimental.incrementalBuild`, astro.config.mjs): a page whose `cacheKey` from
 * `getStaticPaths()` and whose code (Astro hashes the page's module graph) are both
 * unchanged since the last build is copied from that build instead of rendered again.
 *
 * A key is sound only if it covers everything the page shows that does not come from code:
 * the route's data module computes the page's data (its props) before the page renders, and
 * the key is the digest of that data, serialised here, with the site-wide inputs that every
 * page depends on (src/data/page-keys.ts). The page then renders from its props alone.
 * Objects many pages share stand in by identity and version (StandIn), so that a page's key
 * does not grow with, nor change with, everything a shared object refers to. Serialisation follows JSON, with Maps as their
 * entries, Sets as their values and Dates as ISO strings, so that equal data gives equal keys;
 * a value JSON cannot express (a function, a symbol, a bigint, a cycle) is an error, never
 * silently left out of the key.
 */
import { createHash } from 'node:crypto';

/**
 * A shared object's stand-in in a key, or undefined to serialise it in full: an object many
 * pages hold (a plan of the catalog, a cited document) is keyed by its identity and version
 * instead of by everything it refers to.
 */
export type StandIn = (value: object) => unknown;

/** The serialised form of a value for a key; throws on what would make the key unsound. */
export function keyText(value: unknown, standIn?: StandIn): string {
  try {
    return JSON.stringify(value, function (this: unknown, key: string, item: unknown) {
      if (item === undefined) return { undefined: true };
      if (typeof item === 'function' || typeof item === 'symbol') throw new Error(`${key || 'the value'} is a ${typeof item}, which a key cannot hold`);
      if (typeof item === 'number' && !Number.isFinite(item)) return { number: String(item) };
      if (item instanceof Map) return { map: [...item] };
      if (item instanceof Set) return { set: [...item] };
      if (standIn && typeof item === 'object' && item !== null) {
        const replaced = standIn(item);
        if (replaced !== undefined) return { standIn: replaced };
      }
      return item;
    });
  } catch (error) {
    // JSON.stringify itself throws on a cycle and on a bigint.
    throw new Error(`page cache key: ${(error as Error).message}`, { cause: error });
  }
}

/** The digest of the parts (kept apart: ["ab"] and ["a", "b"] differ), as hex. */
export function pageCacheKey(parts: readonly unknown[], standIn?: StandIn): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const text = keyText(part, standIn);
    hash.update(`${text.length}:`).update(text);
  }
  return hash.digest('hex');
}

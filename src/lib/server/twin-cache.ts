/**
 * The precompressed twins of earlier builds, by content: `<cacheDir>/twins/<sha256>.<kind>`,
 * where the hash is of the original file's bytes and the kind names the encoding and its
 * level (`br6`, `br11`, `gz9`). Every build writes the whole site into a fresh directory, so
 * without it a rebuild after one edited plan compressed every file of the site again, the
 * slowest step of a large build.
 *
 * A twin is used only when it decodes to exactly the file's bytes (checked by the caller:
 * decoding is two orders of magnitude cheaper than brotli's encoding), so a corrupt or
 * foreign cache file can cost time but never publish a wrong twin. Writes are atomic; after a
 * build the twins no file of it used are deleted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pruneDirectory, writeAtomically } from '../cache-files';

export interface TwinCache {
  readonly dir: string;
  /** The cached twin of the file whose hash is `hash`, encoded as `kind`; null when there is none. */
  get(hash: string, kind: string): Buffer | null;
  /** Keeps a twin (atomically). */
  put(hash: string, kind: string, twin: Buffer): void;
  /** Deletes every twin not got or put since the cache was opened (and leftovers of interrupted writes); returns how many. */
  prune(): number;
}

const HASH = /^[0-9a-f]{64}$/;
const KIND = /^(?:br|gz)\d{1,2}$/;
const FILE = /^[0-9a-f]{64}\.(?:br|gz)\d{1,2}$/;

function name(hash: string, kind: string): string {
  if (!HASH.test(hash) || !KIND.test(kind)) throw new Error(`Twin cache: "${hash}.${kind}" is not a content hash and an encoding`);
  return `${hash}.${kind}`;
}

/** The twin cache in `dir` (created on the first write). */
export function openTwinCache(dir: string): TwinCache {
  const used = new Set<string>();
  return {
    dir,
    get(hash, kind) {
      const file = name(hash, kind);
      try {
        const twin = readFileSync(join(dir, file));
        used.add(file);
        return twin;
      } catch {
        return null;
      }
    },
    put(hash, kind, twin) {
      const file = name(hash, kind);
      writeAtomically(join(dir, file), twin);
      used.add(file);
    },
    prune() {
      return pruneDirectory(dir, FILE, (file) => !used.has(file));
    },
  };
}

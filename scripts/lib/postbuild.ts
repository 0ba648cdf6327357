/**
 * What the build does after Astro has written the site into its staging directory, before
 * scripts/build.mjs publishes it: precompressed .br/.gz twins of the text files (node:zlib)
 * and the nginx configuration (src/lib/server/nginx.ts) from the site's own redirect list
 * (/du-lieu/chuyen-huong.json). Any error fails the build; nothing is published.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompress, brotliDecompress, constants, gunzip, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Redirect } from '../../src/lib/redirects';
import { portalServerConfig } from '../../src/lib/server/nginx';
import { brotliQuality, GZIP_LEVEL, shouldPrecompress, worthKeeping } from '../../src/lib/server/precompress';
import { openTwinCache, type TwinCache } from '../../src/lib/server/twin-cache';
import { contentHash } from '../../src/lib/cache-files';
import { buildCacheDir, buildCachePath } from '../../src/lib/build-cache';
import { normalizeBase } from '../../src/lib/urls';

const brotli = promisify(brotliCompress);
const unbrotli = promisify(brotliDecompress);
const gz = promisify(gzip);
const gunz = promisify(gunzip);

/** Debian's brotli_static module (libnginx-mod-http-brotli-static). */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface PostbuildSummary extends PrecompressSummary {
  redirects: number;
}

/** Every file under dir, relative, sorted. */
function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => statSync(join(dir, file)).isFile()).sort();
}

export interface PrecompressSummary {
  /** Twins written into the site. */
  written: number;
  /** Files whose twins came from the cache (unchanged since an earlier build). */
  reused: number;
  /** Files compressed now. */
  compressed: number;
  /** Twins of earlier builds deleted from the cache (no file of this build has them). */
  pruned: number;
}

/**
 * One twin of `bytes`: the cached one when it decodes to exactly `bytes`, else encoded now
 * (and cached). Returns the twin and whether it was encoded now.
 */
async function twin(
  cache: TwinCache | null,
  hash: string,
  kind: string,
  bytes: Buffer,
  encode: () => Promise<Buffer>,
  decode: (twin: Buffer) => Promise<Buffer>,
): Promise<{ twin: Buffer; fresh: boolean }> {
  const kept = cache?.get(hash, kind);
  if (
    kept &&
    (await decode(kept).then(
      (decoded) => decoded.equals(bytes),
      () => false,
    ))
  )
    return { twin: kept, fresh: false };
  const made = await encode();
  cache?.put(hash, kind, made);
  return { twin: made, fresh: true };
}

/**
 * Writes <file>.br and <file>.gz for every compressible file of the site (brotli at
 * {@link brotliQuality}, gzip at {@link GZIP_LEVEL}), taking the twins of unchanged files
 * from `cacheDir` (server/twin-cache.ts) when given; `progress` gets a line every
 * `everyMs` (default 5 s).
 */
export async function precompress(
  siteDir: string,
  options: {
    cacheDir?: string | null;
    /** An open twin cache (shared by several passes; then pruned by the caller): wins over cacheDir. */
    cache?: TwinCache | null;
    /** Only the files (relative paths) this says yes to. */
    only?: (file: string) => boolean;
    /** What each file was when it was read (for a later pass to see what changed since). */
    seen?: Map<string, { size: number; mtimeMs: number }>;
    progress?: (line: string) => void;
    everyMs?: number;
  } = {},
): Promise<PrecompressSummary> {
  const todo = files(siteDir).filter((file) => (options.only ? options.only(file) : true) && shouldPrecompress(file, statSync(join(siteDir, file)).size));
  const shared = options.cache !== undefined;
  const cache = shared ? options.cache! : options.cacheDir ? openTwinCache(options.cacheDir) : null;
  const summary: PrecompressSummary = { written: 0, reused: 0, compressed: 0, pruned: 0 };
  const every = options.everyMs ?? 5000;
  let lastLine = performance.now();
  // A few at a time: zlib runs on libuv's thread pool.
  for (let i = 0; i < todo.length; i += 8) {
    await Promise.all(
      todo.slice(i, i + 8).map(async (file) => {
        const path = join(siteDir, file);
        const stats = statSync(path);
        const bytes = readFileSync(path);
        options.seen?.set(file, { size: stats.size, mtimeMs: stats.mtimeMs });
        const hash = contentHash(bytes);
        const quality = brotliQuality(file);
        const [br, gzipped] = await Promise.all([
          twin(
            cache,
            hash,
            `br${quality}`,
            bytes,
            () => brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
            (t) => unbrotli(t),
          ),
          twin(
            cache,
            hash,
            `gz${GZIP_LEVEL}`,
            bytes,
            () => gz(bytes, { level: GZIP_LEVEL }),
            (t) => gunz(t),
          ),
        ]);
        if (br.fresh || gzipped.fresh) summary.compressed += 1;
        else summary.reused += 1;
        if (worthKeeping(bytes.length, br.twin.length)) {
          writeFileSync(`${path}.br`, br.twin);
          summary.written += 1;
        }
        if (worthKeeping(bytes.length, gzipped.twin.length)) {
          writeFileSync(`${path}.gz`, gzipped.twin);
          summary.written += 1;
        }
      }),
    );
    if (options.progress && performance.now() - lastLine >= every) {
      lastLine = performance.now();
      options.progress(`precompressed ${Math.min(i + 8, todo.length)} of ${todo.length} files (${summary.reused} unchanged)`);
    }
  }
  if (cache && !shared) summary.pruned = cache.prune();
  return summary;
}

/** The search index's directory: Astro's last hook writes it, after every page. */
const SEARCH_DIR = /^pagefind(\/|$)/;

/** Precompression started while Astro is still at work (see {@link startPrecompression}). */
export interface EarlyPrecompression {
  cache: TwinCache;
  seen: Map<string, { size: number; mtimeMs: number }>;
  done: Promise<PrecompressSummary>;
}

/**
 * Starts precompressing the site while Astro writes its search index: once the search-index
 * integration's hook begins, every page, feed and data file is written, so all but the
 * index (pagefind/) can be compressed beside Pagefind on the other core. {@link postbuild}
 * then compresses the rest, and again any file that changed after it was read.
 */
export function startPrecompression(siteDir: string, env: NodeJS.ProcessEnv = process.env, options: { progress?: (line: string) => void; root?: string } = {}): EarlyPrecompression {
  const cache = openTwinCache(buildCachePath('twins', buildCacheDir(env), options.root));
  const seen = new Map<string, { size: number; mtimeMs: number }>();
  const done = precompress(siteDir, { cache, seen, only: (file) => !SEARCH_DIR.test(file), ...(options.progress ? { progress: options.progress } : {}) });
  // Awaited by postbuild; a failure here must not be an unhandled rejection before then.
  done.catch(() => undefined);
  return { cache, seen, done };
}

/** Reads the site's redirect list as the build wrote it. */
export function readRedirects(siteDir: string): Redirect[] {
  // dist/ is the base path's directory: the file is at its root whatever the base.
  const file = join(siteDir, 'du-lieu', 'chuyen-huong.json');
  if (!existsSync(file)) throw new Error(`postbuild: ${relative(process.cwd(), file)} is missing; the redirect list is what the server's 301s are made from`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { redirects?: Redirect[] };
  if (!Array.isArray(data.redirects)) throw new Error(`postbuild: ${file}: "redirects" is not a list`);
  return data.redirects;
}

/**
 * Precompresses the site (the twins of unchanged files from the build cache's twins/) and
 * writes the server configuration into serverDir; `progress` gets a line every few seconds.
 */
export async function postbuild(
  siteDir: string,
  serverDir: string,
  env: NodeJS.ProcessEnv = process.env,
  options: { progress?: (line: string) => void; root?: string; early?: EarlyPrecompression | null } = {},
): Promise<PostbuildSummary> {
  const base = normalizeBase(env['PORTAL_BASE']);
  const redirects = readRedirects(siteDir);
  const useBrotli = env['PORTAL_NGINX_BROTLI'] ? env['PORTAL_NGINX_BROTLI'] === '1' : existsSync(BROTLI_MODULE);
  const config = portalServerConfig({ base, redirects, brotli: useBrotli, hsts: env['PORTAL_HSTS'] === '1' });
  mkdirSync(serverDir, { recursive: true });
  writeFileSync(join(serverDir, 'portal.conf'), config);
  writeFileSync(join(serverDir, 'build.json'), `${JSON.stringify({ base, brotli: useBrotli, redirects: redirects.length }, null, 2)}\n`);
  const progress = options.progress ? { progress: options.progress } : {};
  if (!options.early) {
    const summary = await precompress(siteDir, { cacheDir: buildCachePath('twins', buildCacheDir(env), options.root), ...progress });
    return { ...summary, redirects: redirects.length };
  }
  const { cache, seen } = options.early;
  const first = await options.early.done;
  // Twins of files gone since the early pass (none are, today) go with them.
  for (const file of seen.keys()) {
    if (!existsSync(join(siteDir, file))) for (const twin of ['.br', '.gz']) rmSync(join(siteDir, `${file}${twin}`), { force: true });
  }
  const rest = await precompress(siteDir, {
    cache,
    only: (file) => {
      const before = seen.get(file);
      if (!before) return true;
      const now = statSync(join(siteDir, file));
      return now.size !== before.size || now.mtimeMs !== before.mtimeMs;
    },
    ...progress,
  });
  return {
    written: first.written + rest.written,
    reused: first.reused + rest.reused,
    compressed: first.compressed + rest.compressed,
    pruned: cache.prune(),
    redirects: redirects.length,
  };
}

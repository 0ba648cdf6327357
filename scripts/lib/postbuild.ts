/**
 * What the build does after Astro has written the site into its staging directory, before
 * scripts/build.mjs publishes it: precompressed .br/.gz twins of the text files (node:zlib)
 * and the nginx configuration (src/lib/server/nginx.ts) from the site's own redirect list
 * (/du-lieu/chuyen-huong.json). Any error fails the build; nothing is published.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Redirect } from '../../src/lib/redirects';
import { portalServerConfig } from '../../src/lib/server/nginx';
import { shouldPrecompress, worthKeeping } from '../../src/lib/server/precompress';
import { normalizeBase } from '../../src/lib/urls';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Debian's brotli_static module (libnginx-mod-http-brotli-static). */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface PostbuildSummary {
  compressed: number;
  redirects: number;
}

/** Every file under dir, relative, sorted. */
function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => statSync(join(dir, file)).isFile()).sort();
}

/** Writes <file>.br and <file>.gz for every compressible file of the site. */
export async function precompress(siteDir: string): Promise<number> {
  const todo = files(siteDir).filter((file) => shouldPrecompress(file, statSync(join(siteDir, file)).size));
  let written = 0;
  // A few at a time: zlib runs on libuv's thread pool.
  for (let i = 0; i < todo.length; i += 8) {
    await Promise.all(
      todo.slice(i, i + 8).map(async (file) => {
        const path = join(siteDir, file);
        const bytes = readFileSync(path);
        const [br, gzipped] = await Promise.all([brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }), gz(bytes, { level: 9 })]);
        if (worthKeeping(bytes.length, br.length)) {
          writeFileSync(`${path}.br`, br);
          written += 1;
        }
        if (worthKeeping(bytes.length, gzipped.length)) {
          writeFileSync(`${path}.gz`, gzipped);
          written += 1;
        }
      }),
    );
  }
  return written;
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

/** Precompresses the site and writes the server configuration into serverDir. */
export async function postbuild(siteDir: string, serverDir: string, env: NodeJS.ProcessEnv = process.env): Promise<PostbuildSummary> {
  const base = normalizeBase(env['PORTAL_BASE']);
  const redirects = readRedirects(siteDir);
  const useBrotli = env['PORTAL_NGINX_BROTLI'] ? env['PORTAL_NGINX_BROTLI'] === '1' : existsSync(BROTLI_MODULE);
  const config = portalServerConfig({ base, redirects, brotli: useBrotli, hsts: env['PORTAL_HSTS'] === '1' });
  mkdirSync(serverDir, { recursive: true });
  writeFileSync(join(serverDir, 'portal.conf'), config);
  writeFileSync(join(serverDir, 'build.json'), `${JSON.stringify({ base, brotli: useBrotli, redirects: redirects.length }, null, 2)}\n`);
  const compressed = await precompress(siteDir);
  return { compressed, redirects: redirects.length };
}

/**
 * Runs the portal's real build (scripts/build.mjs → astro build) for tests, with its
 * own output, cache and, optionally, content directory.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const ROOT = new URL('../../', import.meta.url).pathname;

export interface BuildResult {
  status: number;
  output: string;
}

/** Builds into `outDir` from `contentDir` (default: the real content); returns exit status and output. */
export function runBuild(outDir: string, options: { contentDir?: string; cacheDir?: string; env?: NodeJS.ProcessEnv } = {}): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env };
  if (options.contentDir) env['PORTAL_CONTENT_DIR'] = options.contentDir;
  if (options.cacheDir) env['PORTAL_CACHE_DIR'] = options.cacheDir;
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--out', outDir], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Astro colours its errors when it detects CI (CI=true); tests read them as plain text.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status ?? 1, output };
}

/** A fresh scratch directory under .tmp/ (ignored by git). */
export function scratchDir(prefix: string): string {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  return mkdtempSync(join(ROOT, '.tmp', `${prefix}-`));
}

/** Removes a scratch directory made by {@link scratchDir}, and the server configuration built next to a site in it. */
export function removeScratch(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Copies the real agencies and provinces into a scratch content dir, without plans. */
export function contentWithoutPlans(dir: string): string {
  cpSync(join(ROOT, 'content/agencies'), join(dir, 'agencies'), { recursive: true });
  cpSync(join(ROOT, 'content/provinces'), join(dir, 'provinces'), { recursive: true });
  cpSync(join(ROOT, 'content/indices.yaml'), join(dir, 'indices.yaml'));
  mkdirSync(join(dir, 'plans'), { recursive: true });
  return dir;
}

/** Loads a built page by URL path ("/tinh/ben-tre/"). */
export function page(distDir: string, urlPath: string): CheerioAPI {
  const file = join(distDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  if (!existsSync(file)) throw new Error(`No built page for ${urlPath} (${file})`);
  return load(readFileSync(file, 'utf8'));
}

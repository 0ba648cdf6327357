/**
 * Every internal URL of the portal: the base path it is served under and the route
 * builders. `PORTAL_BASE=/ke-hoach-cchc/` builds a portal that lives under that path on
 * an agency's own domain; every link, asset, feed, sitemap entry, embed snippet, search
 * bundle path, redirect and the server configuration go through {@link withBase}.
 * Route builders return paths with the base; `sitePath` strips it again.
 */

/** One URL path segment as the portal writes them: lowercase ASCII letters, digits and single hyphens. */
const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The base path from its setting: "/" when unset or empty, otherwise "/<segment>/…/" with
 * one leading and one trailing slash. Anything but ASCII slug segments is refused: the
 * base lands in HTML, XML and the nginx configuration.
 */
export function normalizeBase(raw: string | undefined | null): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  const segments = trimmed.replace(/^\/+|\/+$/g, '').split('/');
  for (const segment of segments) {
    if (!SEGMENT.test(segment)) {
      throw new Error(`PORTAL_BASE: "${raw}" is not a base path; expected "/" or a path of lowercase ASCII segments such as "/ke-hoach-cchc/" (segment "${segment}" is not allowed)`);
    }
  }
  return `/${segments.join('/')}/`;
}

/**
 * The base path of this build: PORTAL_BASE where the code runs on Node (the build, the
 * scripts, the tests); in the browser scripts, the base Astro was built with
 * (import.meta.env.BASE_URL, which Vite writes into the bundle from astro.config's base).
 */
export function currentBase(): string {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  // (Vite turns process.env into {} in browser bundles: an unset variable falls through.)
  if (env?.['PORTAL_BASE'] !== undefined) return normalizeBase(env['PORTAL_BASE']);
  const vite = typeof import.meta.env === 'object' ? import.meta.env.BASE_URL : undefined;
  return normalizeBase(vite);
}

/** A site path ("/ke-hoach/", "/feed.xml", "/") under the base: "/ke-hoach-cchc/ke-hoach/". */
export function withBase(path: string, base: string = currentBase()): string {
  if (!path.startsWith('/')) throw new Error(`withBase: "${path}" is not a site path (it must start with "/")`);
  return base === '/' ? path : `${base}${path.slice(1)}`;
}

/** The site path of a URL path under the base ("/ke-hoach-cchc/tinh/" → "/tinh/"), or null when it is outside the base. */
export function sitePath(pathname: string, base: string = currentBase()): string | null {
  if (base === '/') return pathname;
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : null;
}

/** Where a plan lives: /ke-hoach/<id>/. */
export function planUrl(id: string, base?: string): string {
  return withBase(`/ke-hoach/${id}/`, base);
}

/** The page of a cited document: /van-ban/<key>/. */
export function documentUrl(key: string, base?: string): string {
  return withBase(`/van-ban/${key}/`, base);
}

/** The page of an agency: /co-quan/quang-tri/so-noi-vu/. */
export function agencyUrl(agency: { key: string }, base?: string): string {
  return withBase(`/co-quan/${agency.key}/`, base);
}

/** The page of a unit: /tinh/quang-tri/, /tinh/quang-tri-2025/, /tinh/ha-tinh/huyen-ky-anh/. */
export function unitUrl(unit: { key: string }, base?: string): string {
  return withBase(`/tinh/${unit.key}/`, base);
}

/** The page of a plan year: /nam/2024/. */
export function yearUrl(year: number, base?: string): string {
  return withBase(`/nam/${year}/`, base);
}

/** The page of a level: /cap/huyen/. */
export function levelUrl(level: string, base?: string): string {
  return withBase(`/cap/${level}/`, base);
}

/** The page of every agency of one kind: /co-quan/loai/so-noi-vu/. */
export function agencyKindUrl(kind: string, base?: string): string {
  return withBase(`/co-quan/loai/${kind}/`, base);
}

/** The calendar of a province (as issued): /lich/quang-tri/. */
export function calendarUrl(unit: { key: string }, base?: string): string {
  return withBase(`/lich/${unit.key}/`, base);
}

/** The page of an index plans target: /chi-so/pci/. */
export function indexUrl(id: string, base?: string): string {
  return withBase(`/chi-so/${id}/`, base);
}

/** Whether a path is one the portal writes: "/" and slug segments, each ending in "/" (ASCII only). */
export function isSlugPath(path: string): boolean {
  if (path === '/') return true;
  if (!path.startsWith('/') || !path.endsWith('/')) return false;
  return path
    .slice(1, -1)
    .split('/')
    .every((segment) => SEGMENT.test(segment));
}

/**
 * Which built files get precompressed .br and .gz twins (served by nginx's brotli_static
 * and gzip_static): text the browser decodes itself. Pagefind's index chunks and
 * WebAssembly are already compressed by Pagefind and are left alone; files too small to
 * gain are skipped. A twin is kept only when it is smaller than the file.
 */
export const COMPRESSIBLE = new Set(['html', 'css', 'js', 'mjs', 'json', 'csv', 'xml', 'txt', 'svg']);

/** Below this many bytes a compressed twin saves less than a packet. */
export const MIN_BYTES = 256;

/** Whether a built file (relative path, size in bytes) gets compressed twins. */
export function shouldPrecompress(path: string, bytes: number): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext !== undefined && COMPRESSIBLE.has(ext) && bytes >= MIN_BYTES;
}

/** Whether a compressed twin is worth writing. */
export function worthKeeping(original: number, compressed: number): boolean {
  return compressed < original;
}

/**
 * Brotli's quality for a built file (its path relative to the site). Quality 11 is the
 * smallest and by far the slowest: on 300 generated plan pages (4.6 MiB, a loaded 2-core
 * machine) quality 11 took 74.3 s, 10 took 21.3 s, 7 took 1.6 s and gzip -9 0.9 s, for
 * twins of 0.62, 0.63, 0.69 and 0.81 MiB (quality 6 is as small as 7 and faster). At 10,000
 * plans (about 2.5 GB of text) quality 11 alone would take hours on two cores, and it was
 * most of the 1,000-plan build's time. So 11 only for the few shared assets under _astro/
 * (stylesheets and scripts every page loads, cached as immutable), 6 for everything else.
 */
export function brotliQuality(path: string): number {
  return path.startsWith('_astro/') ? 11 : 6;
}

/** gzip's level (the fallback encoding, for clients and servers without brotli). */
export const GZIP_LEVEL = 9;

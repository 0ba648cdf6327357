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

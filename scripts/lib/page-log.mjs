/**
 * Astro's log of generated pages, read as what it says: which pages were rendered and
 * which copied from the last build (its incremental build).
 *
 * Astro writes a page's line in two parts: "  ├─ /path/index.html" when it starts the
 * page, and " (+12ms)" when it is written, or " (cached)" / " (restored)" at once for a
 * copied page. With build.concurrency above 1 several pages are under way at a time, so
 * the parts of different pages share lines: "  ├─ /a/index.html  ├─ /b/index.html (cached)"
 * then " (+12ms)" on a line of its own. Every reader of the log (the build's progress,
 * the build benchmark, the incremental-build test) goes through here, so none counts
 * lines instead of pages.
 */

const ANSI = /\u001b\[[0-9;]*m/g;
/**
 * One page started: its path, and " (cached)" / " (restored)" when it was copied. The path
 * ends at a space, the line's end, or the timestamp of a line Astro wrote right after it.
 */
const PAGE = /[├└]─ (\/\S*?)(?=\s|$|\d\d:\d\d:\d\d\s)( \((?:cached|restored)\))?/g;
/** What else Astro's page lines hold: render times and the empty-body note. */
const PAGE_NOISE = /\(\+[\d.]+m?s\)|\(file not created, response body was empty\)/g;
const TIMESTAMP_ONLY = /^\d\d:\d\d:\d\d$/;

/** @typedef {{ path: string, copied: boolean }} PageEntry */

/**
 * The pages a line of Astro's output starts, in order, and what is left of the line once
 * they and the render times are taken out (empty for a pure page line).
 * @param {string} line
 * @returns {{ pages: PageEntry[], rest: string }}
 */
export function readPageLine(line) {
  const plain = line.replace(ANSI, '');
  /** @type {PageEntry[]} */
  const pages = [];
  for (const match of plain.matchAll(PAGE)) pages.push({ path: match[1] ?? '', copied: match[2] !== undefined });
  if (pages.length === 0 && !/\(\+[\d.]+m?s\)/.test(plain)) return { pages, rest: line };
  const rest = plain.replace(PAGE, '').replace(PAGE_NOISE, '').trim();
  return { pages, rest: TIMESTAMP_ONLY.test(rest) ? '' : rest };
}

/**
 * Every page a whole log names, in order.
 * @param {string} log
 * @returns {PageEntry[]}
 */
export function logPages(log) {
  return log.split('\n').flatMap((line) => readPageLine(line).pages);
}

/**
 * How many pages a log says were rendered and copied.
 * @param {string} log
 * @returns {{ rendered: number, copied: number }}
 */
export function pageCounts(log) {
  const pages = logPages(log);
  const copied = pages.filter((page) => page.copied).length;
  return { rendered: pages.length - copied, copied };
}

/**
 * What `npm run build` prints while Astro works: Astro's own lines (phases, warnings,
 * errors) pass through, but the one line per generated page (tens of thousands at
 * national scale) is counted instead, and a count line is printed at most every
 * `everyMs` milliseconds: "pages rendered: 12,000". The plans loader and
 * the search index print their own counts (also throttled).
 */

/** Astro's line for one generated page: "  ├─ /tinh/ha-noi/index.html (+12ms)". */
const PAGE_LINE = /^(?:\d\d:\d\d:\d\d\s+)?\s*[├└]─ \/\S*/;
const ANSI = /\u001b\[[0-9;]*m/g;

export class BuildProgress {
  /** @param {{ everyMs?: number, now?: () => number }} [options] */
  constructor(options = {}) {
    this.everyMs = options.everyMs ?? 5000;
    this.now = options.now ?? (() => Date.now());
    this.pages = 0;
    this.lastPrint = this.now();
  }

  /** The count line. */
  countLine() {
    return `pages rendered: ${this.pages.toLocaleString('en-US')}`;
  }

  /**
   * One line of Astro's output in; the lines to print out (none, the line itself, or a count line).
   * @param {string} line
   * @returns {string[]}
   */
  feed(line) {
    const plain = line.replace(ANSI, '');
    if (PAGE_LINE.test(plain)) {
      this.pages++;
      if (this.now() - this.lastPrint >= this.everyMs) {
        this.lastPrint = this.now();
        return [this.countLine()];
      }
      return [];
    }
    return [line];
  }

  /** The lines to print when Astro is done: the final count, if pages were rendered. */
  end() {
    return this.pages > 0 ? [this.countLine()] : [];
  }
}

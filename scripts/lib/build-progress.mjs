/**
 * What `npm run build` prints while Astro works: Astro's own lines (phases, warnings,
 * errors) pass through, but the one line per generated page (tens of thousands at
 * national scale) is counted instead, and a count line is printed at most every
 * `everyMs` milliseconds: "pages rendered: 12,000". The plans loader and
 * the search index print their own counts (also throttled).
 */

import { readPageLine } from './page-log.mjs';

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
    const { pages, rest } = readPageLine(line);
    // Anything else on the line (a warning written after a page's first part) still shows.
    const out = rest === '' ? [] : [rest];
    if (pages.length === 0) return out;
    this.pages += pages.length;
    if (this.now() - this.lastPrint >= this.everyMs) {
      this.lastPrint = this.now();
      out.push(this.countLine());
    }
    return out;
  }

  /** The lines to print when Astro is done: the final count, if pages were rendered. */
  end() {
    return this.pages > 0 ? [this.countLine()] : [];
  }
}

/**
 * Memory of a process tree, for the benchmarks (a build runs Astro in a child process;
 * Pagefind's indexer is a child of the Node process that calls it).
 */
import { readFileSync, readdirSync } from 'node:fs';

/**
 * Summed RSS (bytes) of `pid` and all its descendants, from /proc.
 * @param {number} pid
 * @returns {number}
 */
export function treeRss(pid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = /** @type {number} */ (stack.pop());
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${current}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // ended
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

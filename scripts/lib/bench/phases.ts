/**
 * Where a build spends its time and memory, phase by phase: the build's log (Astro's lines
 * carry a local "HH:MM:SS" time) says when each phase began, the benchmark's memory
 * samples say how much the process tree held meanwhile.
 */

/** The phases of `npm run build`, each begun by the first log line that matches. */
export const PHASES = [
  { name: 'loading plans', start: /^\[content\] Syncing content/ },
  { name: 'bundling', start: /^\[build\] Collecting build info/ },
  // Astro asks every route for its paths (getStaticPaths: page data and page keys) before it renders the first page.
  { name: 'page paths', start: /^\[build\] Rearranging server assets/ },
  { name: 'rendering pages', start: /^\s*[├└]─ \// },
  { name: 'sitemap', start: /^✓ Completed in / },
  { name: 'search index', start: /^\[portal:search-index\]/ },
  { name: 'after Astro (twins, server files)', start: /^\[build\] Complete!/ },
] as const;

export interface PhaseMark {
  name: string;
  /** Epoch milliseconds (to the second: the log's resolution). */
  at: number;
}

export interface PhaseFigures {
  name: string;
  seconds: number;
  /** The largest summed RSS sampled during the phase; 0 when no sample fell in it. */
  peakRssBytes: number;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const STAMPED = /^(\d\d):(\d\d):(\d\d) (.*)$/;

/**
 * When each phase began, read from the log of a build started at `startedAt` (epoch ms,
 * in the same time zone as the log's clock). Phases the log does not show are left out;
 * a clock that passes midnight is followed into the next day.
 */
export function phaseMarks(log: string, startedAt: number): PhaseMark[] {
  const start = new Date(startedAt);
  const midnight = new Date(start.getFullYear(), start.getMonth(), start.getDate()).getTime();
  const marks: PhaseMark[] = [];
  let next = 0;
  let dayOffset = 0;
  let last = -Infinity;
  for (const raw of log.split('\n')) {
    const match = STAMPED.exec(raw.replace(ANSI, ''));
    if (!match) continue;
    let at = midnight + dayOffset + ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000;
    // The log's clock went back: the build passed midnight.
    if (at < last - 12 * 3600_000) {
      dayOffset += 86_400_000;
      at += 86_400_000;
    }
    last = at;
    // Phases are in order; a later phase's line also ends the ones the log skipped.
    for (let i = next; i < PHASES.length; i++) {
      if (PHASES[i]!.start.test(match[4]!)) {
        marks.push({ name: PHASES[i]!.name, at });
        next = i + 1;
        break;
      }
    }
  }
  return marks;
}

/**
 * Each phase's length and memory peak, from its marks, the build's end (epoch ms) and the
 * memory samples ([epoch ms, bytes]). Samples before the first mark (Node and Astro
 * starting) count towards the first phase.
 */
export function phaseFigures(marks: PhaseMark[], endedAt: number, samples: readonly (readonly [number, number])[]): PhaseFigures[] {
  return marks.map((mark, i) => {
    const from = i === 0 ? -Infinity : mark.at;
    const to = marks[i + 1]?.at ?? Infinity;
    let peak = 0;
    for (const [at, bytes] of samples) if (at >= from && at < to) peak = Math.max(peak, bytes);
    return { name: mark.name, seconds: Math.max(0, ((marks[i + 1]?.at ?? endedAt) - mark.at) / 1000), peakRssBytes: peak };
  });
}

/**
 * Annotate: cuts a text into plain runs and cited runs, by the spans `findCitations`
 * returns, without changing a character. What to wrap around a cited run (a link, a
 * highlight) is the caller's choice.
 */
import type { Citation } from './resolve';

export type Segment = { text: string; citation: null } | { text: string; citation: Citation };

/** The segments of `text`; overlapping citations keep the first. Concatenating the segments gives `text` back. */
export function segmentText(text: string, citations: readonly Citation[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const citation of [...citations].sort((a, b) => a.start - b.start)) {
    if (citation.start < at || citation.end > text.length || citation.start >= citation.end) continue;
    if (citation.start > at) segments.push({ text: text.slice(at, citation.start), citation: null });
    segments.push({ text: text.slice(citation.start, citation.end), citation });
    at = citation.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), citation: null });
  return segments;
}

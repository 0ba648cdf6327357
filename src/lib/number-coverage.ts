/**
 * Number-like text the references parser does not read ("12/ QĐ UBND", "số 45/2016
 * QĐ-TTg"), for `npm run check`: every match of {@link NUMBER_LIKE} not inside a span the
 * parser found. One sweep over the matches and the spans in order, so the time is linear
 * in the body (it was matches × spans: over a minute for a 900 KB plan of references).
 */
import { SERIAL, YEAR } from './citations/grammar';

/**
 * Looser than the grammar on purpose (any spaces, a symbol of letters only, no check of the
 * groups), from the grammar's own pieces: the running number and the year.
 */
export const NUMBER_LIKE = new RegExp(String.raw`(?<![\p{L}\p{N}/.-])${SERIAL}\s*\/\s*(?:${YEAR}\s*\/\s*)?[A-ZĐ][A-Za-zĐđ]{1,}`, 'gu');

export interface Span {
  start: number;
  end: number;
}

export interface UncoveredNumber {
  match: string;
  index: number;
  /** The text around it, blanks folded, for the message. */
  around: string;
}

/** The number-like matches of `text` that no span covers, in order. */
export function uncoveredNumbers(text: string, spans: readonly Span[]): UncoveredNumber[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const found: UncoveredNumber[] = [];
  let j = 0;
  // The span reaching furthest among those starting at or before the match.
  let reach = -1;
  for (const m of text.matchAll(new RegExp(NUMBER_LIKE.source, NUMBER_LIKE.flags))) {
    while (j < sorted.length && sorted[j]!.start <= m.index) reach = Math.max(reach, sorted[j++]!.end);
    if (m.index < reach) continue;
    found.push({ match: m[0], index: m.index, around: text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ') });
  }
  return found;
}

/**
 * Folding đ/Đ for the search index, reversibly.
 *
 * Pagefind folds accents by stripping combining marks after Unicode decomposition, so
 * "quang tri" finds "Quảng Trị". But đ (U+0111) and Đ (U+0110) are letters of their own
 * with no decomposition: "dong khoi" would never find "Đồng Khởi". The index is therefore
 * built from text where each đ is written as "d" followed by U+0335 COMBINING SHORT STROKE
 * OVERLAY (which renders as đ). Pagefind's own folding strips the overlay and indexes
 * "dong" beside the exact form "d̵ồng", so an accent-free query finds the word and a query
 * typed with đ (folded the same way) still matches the exact form first.
 *
 * The substitution is one-to-one and never occurs in real text (the index step refuses
 * text that already contains U+0335), so everything the search returns (excerpts, titles,
 * facet labels) is restored to đ/Đ before a reader sees it.
 */

import { foldDStroke, readDStroke } from '../d-stroke';

export const STROKE = '\u0335';

/** Writes đ/Đ as d/D + U+0335, for indexing. Throws when the text already contains U+0335. */
export function foldForIndex(text: string): string {
  const at = text.indexOf(STROKE);
  if (at !== -1) throw new Error(`text contains U+0335 COMBINING SHORT STROKE OVERLAY at position ${at}, which the search index reserves for đ`);
  return foldDStroke(text, `d${STROKE}`, `D${STROKE}`);
}

/** Restores đ/Đ in text that came out of the index. */
export function unfoldForDisplay(text: string): string {
  return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}

/**
 * A query as the index expects it: NFC, look-alikes of Đ (Icelandic eth, typed by some
 * keyboards) read as Đ, and đ folded like the index.
 */
export function foldQuery(query: string): string {
  return foldDStroke(readDStroke(query.normalize('NFC').replace(/\u0335/g, '')), `d${STROKE}`, `D${STROKE}`);
}

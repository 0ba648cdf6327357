/**
 * What the search runs for what a person typed.
 *
 * Pagefind reads an unquoted query as "every word, anywhere in the page": "Quảng Trị"
 * matches a plan that says "quản trị" in one place and "chính trị" in another. People
 * typing two or more words almost always mean them together, so an unquoted query of
 * several words runs twice: as a phrase (words adjacent, in order; accents and
 * punctuation between words ignored) and as all-words. Phrase matches are listed first.
 * A query the reader quoted runs as typed, once.
 */
import { foldQuery } from './fold';
import { parseNumberText } from '../citations/grammar';
import { slugify } from '../slug';

export interface PreparedQuery {
  /** The query as the reader typed it, spaces collapsed: for messages. */
  display: string;
  /** The all-words search, folded for the index; null for an empty query (browse by facets). */
  allWords: string | null;
  /** The phrase search (quoted), or null when the query is one word, quoted already or empty. */
  phrase: string | null;
}

/** Quotation marks people type or paste: straight, curly, guillemets. */
const QUOTES = /["“”„«»]/g;

export function prepareQuery(raw: string): PreparedQuery {
  const display = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (display === '' || display.replace(QUOTES, '').trim() === '') return { display: '', allWords: null, phrase: null };
  const quoted = /["“”„«»]/.test(display);
  const folded = foldQuery(display.replace(QUOTES, '"'));
  if (quoted) return { display, allWords: folded, phrase: null };
  const words = folded.split(' ');
  return { display, allWords: folded, phrase: words.length > 1 ? `"${folded}"` : null };
}

/**
 * A query that is one document number ("84/KH-UBND", "76/NQ-CP", "129/2007/QĐ-TTg",
 * "01-NQ/TU", "84/ KH-UBND") as the slug the portal's document keys contain
 * ("84-kh-ubnd"); null for anything else. The grammar is the citation parser's
 * (citations/grammar.ts), so a number is recognised here exactly when plans' texts are.
 */
export function documentNumberSlug(query: string): string | null {
  const parsed = parseNumberText(query.replace(/["“”„«»]/g, ''));
  return parsed ? slugify(parsed.canonical) : null;
}

/** The cited-document ids (keys such as "76-nq-cp-2021", "quang-tri-01-nq-tu-2021") that have this number. */
export function documentsWithNumber(numberSlug: string, ids: readonly string[]): string[] {
  const pattern = new RegExp(`(^|-)${numberSlug.replace(/[-]/g, '\\-')}(-|$)`);
  return ids.filter((id) => pattern.test(id));
}

/**
 * Whether the all-words search must run after the phrase (or only) search, or its answer
 * is known already. It is the same search when the query has no phrase (one word, or
 * quoted); and when no facet narrows the search and the phrase is in every plan of the
 * archive, every plan has all the words too: the phrase's answer is the all-words answer.
 * That is the slowest query of this portal ("cải cách hành chính", in nearly every plan),
 * whose all-words search costs several times the phrase's (Pagefind scores every word of
 * every plan).
 */
export function wordsSearchNeeded(query: PreparedQuery, answer: { phraseMatches: number; plans: number | null; narrowed: boolean }): boolean {
  if (query.allWords === null || query.phrase === null) return false;
  return answer.narrowed || answer.plans === null || answer.phraseMatches < answer.plans;
}

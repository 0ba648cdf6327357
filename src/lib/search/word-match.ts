/**
 * All the words, strictly: a search for several words (or one) gives only plans that have
 * every one of them.
 *
 * Pagefind does not quite do that. When a word of the query is not in an index at all, it
 * looks for a shorter word instead ("76/NQ-CP", normalised to "76nqcp", becomes "7…";
 * "129/2007/QĐ-TTg" becomes "12…"), or leaves the word out ("tuyên zzzz" finds every plan
 * with "tuyên"), and gives those pages as results. On one large index that happens for
 * numbers nobody cites; on year shards and the recent index it happens for any number
 * cited only in other years: a 2019 shard would answer "76/NQ-CP" (a 2021 resolution) with
 * plans that have "7".
 *
 * The check: when a word is in the index, every result has it, and when it is not, no
 * result has it. So the best result of an index tells for the whole answer: if its text
 * (Pagefind's fragment) has every word of the query, the answer stands; if not, a word
 * was replaced and the index has no plan with all the words. The verdict depends on the
 * words only, not on the filters, and is kept per index and query. Quoted phrases are
 * exact in Pagefind already and are not checked.
 */
import type { FacetCounts } from './index-shards';

/** Pagefind's reading of a character as punctuation to drop from a word (pagefind 1.6, search and index). */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** A word as Pagefind compares it: lower case, accents and marks (the đ overlay too) off, punctuation out. */
export function normalizeWord(word: string): string {
  return word.toLocaleLowerCase('vi').normalize('NFD').replace(/\p{M}/gu, '').replace(PUNCTUATION, '');
}

/** The words of a loose query as Pagefind searches them; none for a quoted phrase (exact already) or no query. */
export function looseTerms(term: string | null): string[] {
  if (term === null || /^\s*".+"\s*$/.test(term)) return [];
  return term
    .split(/\s+/)
    .map(normalizeWord)
    .filter((word) => word.length > 0);
}

/**
 * Whether a text has every term, each as a word or the start of one, compared as Pagefind
 * compares them. A word written with punctuation inside ("76/NQ-CP") counts whole
 * ("76nqcp") and by its parts ("76", "nq", "cp").
 */
export function hasEveryTerm(text: string, terms: readonly string[]): boolean {
  const words = new Set<string>();
  for (const token of text.split(/\s+/)) {
    words.add(normalizeWord(token));
    for (const part of token.split(PUNCTUATION)) words.add(normalizeWord(part));
  }
  words.delete('');
  return terms.every((term) => [...words].some((word) => word.startsWith(term)));
}

/** The part of a Pagefind index and result this check uses. */
export interface CheckedResult {
  score: number;
  data: () => Promise<{ content?: string }>;
}
export interface CheckedResponse<R> {
  results: R[];
  filters: FacetCounts;
  totalFilters: FacetCounts;
}
export interface SearchableIndex<R, O> {
  filters: () => Promise<FacetCounts>;
  search: (term: string | null, options?: O) => Promise<CheckedResponse<R>>;
}

/** Counts of an answer with no result: every value 0. */
function noCounts(counts: FacetCounts): FacetCounts {
  return Object.fromEntries(Object.entries(counts).map(([key, values]) => [key, Object.fromEntries(Object.keys(values).map((value) => [value, 0]))]));
}

/** An index whose loose searches give only plans with every word (see above). */
export function strictIndex<R extends CheckedResult, O>(index: SearchableIndex<R, O>): SearchableIndex<R, O> {
  const verdicts = new Map<string, Promise<boolean>>();
  return {
    filters: () => index.filters(),
    search: async (term, options) => {
      const response = await index.search(term, options);
      const terms = looseTerms(term);
      const best = response.results[0];
      if (terms.length === 0 || !best) return response;
      const key = terms.join(' ');
      let verdict = verdicts.get(key);
      if (!verdict) {
        verdict = best.data().then((data) => hasEveryTerm(data.content ?? '', terms));
        verdicts.set(key, verdict);
        verdict.catch(() => verdicts.delete(key));
      }
      return (await verdict) ? response : { results: [], filters: noCounts(response.filters), totalFilters: response.totalFilters };
    },
  };
}

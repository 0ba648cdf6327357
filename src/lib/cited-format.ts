/**
 * How cited documents are named on the pages.
 */
import type { CitedDocument } from './citation-index';
import { formatShortVi, parseIsoPartialDate } from './dates';

/** "Nghị quyết 76/NQ-CP", "Luật Ban hành văn bản quy phạm pháp luật". */
export function documentTitle(document: Pick<CitedDocument, 'type' | 'number' | 'notations'>): string {
  return document.number ? `${document.type} ${document.number}` : `${document.type} ${document.notations[0]?.replace(/^(Bộ luật|Luật)\s+/u, '') ?? ''}`.trim();
}

/** "15/7/2021"-style date of a cited document, or "không rõ ngày". */
export function documentDate(document: Pick<CitedDocument, 'date'>): string {
  if (!document.date) return 'không rõ ngày';
  const parsed = parseIsoPartialDate(document.date);
  return typeof parsed === 'string' ? document.date : formatShortVi(parsed);
}

/** "Văn bản trung ương", "Văn bản địa phương của Đảng": where a cited document comes from. */
export function documentScope(document: Pick<CitedDocument, 'national' | 'party'>): string {
  return `${document.national ? 'Văn bản trung ương' : 'Văn bản địa phương'}${document.party ? ' của Đảng' : ''}`;
}

/**
 * A quoted sentence cut around the citation's words (white space folded), so that they
 * can be highlighted: [before, words, after], or [sentence] when the words are not in it.
 */
export function quoteParts(sentence: string, surface: string): string[] {
  const words = surface.replace(/\s+/g, ' ');
  const at = sentence.indexOf(words);
  return at === -1 ? [sentence] : [sentence.slice(0, at), words, sentence.slice(at + words.length)];
}

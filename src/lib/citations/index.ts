/**
 * Citations of documents in Vietnamese text: clean → extract → resolve (this package) and
 * annotate (annotate.ts), after eyecite. Pure functions, no Astro: the portal's remark
 * plugin, the `npm run cite` command and the client-side citation tool all call
 * `findCitations`. The vocabulary is data (content/reference/*.yaml).
 */
export { findCitations, resolveInText, citationsByDocument, type Citation, type CitationContext, type CitationKind, type KeyStatus } from './resolve';
export { cleanText, type CleanText } from './clean';
export { ALIASES } from './aliases';
export { DOCUMENT_TYPES, type DocumentType } from './vocabulary';
export { parseNumberText, canonicalSerial, type ParsedNumber } from './grammar';

/** Kinds that cite another document (what links, indexes and counts of "cited by" use). */
export const CITING_KINDS: ReadonlySet<string> = new Set(['full', 'short', 'named']);

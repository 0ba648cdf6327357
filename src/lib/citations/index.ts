/**
 * Citations of documents in Vietnamese text: clean → extract → resolve (this package) and
 * annotate (annotate.ts). Pure functions, no Astro: the portal's remark plugin, the
 * `npm run cite` command and the client-side citation tool all call `findCitations`.
 */
export { findCitations, type Citation, type CitationContext, type KeyStatus } from './resolve';
export { cleanText, type CleanText } from './clean';
export { ALIASES } from './aliases';
export { DOCUMENT_TYPES, type DocumentType } from './vocabulary';

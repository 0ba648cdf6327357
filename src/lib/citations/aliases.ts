/**
 * Programmes that plans cite by name rather than by number, resolved to the document that
 * issued them: the table is data (content/reference/programmes.yaml), so an editor adds a
 * programme without touching code. A name applies only to texts written on or after that
 * document's date.
 */
import { PROGRAMMES, type Programme } from './vocabulary';

export type Alias = Programme;

export const ALIASES: readonly Alias[] = PROGRAMMES;

/** How far (characters) an explicit citation of the same document makes a name mention redundant. */
export const ALIAS_NEIGHBOURHOOD = 160;

/**
 * Putting the two searches of a query together (see query.ts) and turning Pagefind's
 * excerpts into safe, readable parts.
 */
import { unfoldForDisplay } from './fold';
import { PLAN_TYPES } from '../plan-types';

/** How a result matched: the query as a phrase, all its words, or (for a document number) by citing that document. */
export type MatchKind = 'phrase' | 'words' | 'cites';

export interface Ranked<T> {
  result: T;
  kind: MatchKind;
}

/**
 * The groups of a query's results in the order given (phrase, then all-words, then plans
 * citing the document the query names), each group in its own order, each result once,
 * in the first group that has it.
 */
export function mergeRanked<T extends { id: string }>(groups: readonly { kind: MatchKind; results: readonly T[] | null }[]): Ranked<T>[] {
  const seen = new Set<string>();
  const merged: Ranked<T>[] = [];
  for (const { kind, results } of groups) {
    for (const result of results ?? []) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      merged.push({ result, kind });
    }
  }
  return merged;
}

export interface ExcerptPart {
  text: string;
  /** A matched word, to highlight. */
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Pagefind's excerpt ("… <mark>Đồng</mark> …", text HTML-escaped) as plain-text parts:
 * the page renders them as text nodes and <mark> elements, never as HTML. đ/Đ restored.
 * Any tag other than <mark> is dropped as text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (raw: string, mark: boolean) => {
    const text = unfoldForDisplay(decodeEntities(raw.replace(/<[^>]*>/g, '')));
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let from = 0;
  for (let match = pattern.exec(excerpt); match; match = pattern.exec(excerpt)) {
    push(excerpt.slice(from, match.index), false);
    push(match[1]!, true);
    from = match.index + match[0].length;
  }
  push(excerpt.slice(from), false);
  return parts;
}

/**
 * A result's title from the plan's heading as indexed ("KẾ HOẠCH Tuyên truyền …"): the
 * same text as the plan page's title ("Kế hoạch tuyên truyền …", see fullTitle).
 */
export function resultTitle(heading: string): string {
  const text = heading.replace(/\s+/g, ' ').trim();
  for (const type of PLAN_TYPES) {
    const prefix = `${type.toUpperCase()} `;
    if (text.startsWith(prefix)) {
      const rest = text.slice(prefix.length);
      return `${type} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
    }
  }
  return text;
}

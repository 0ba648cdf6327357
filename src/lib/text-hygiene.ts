/**
 * Hygiene of text coming from content files: Unicode normalisation (a decomposed "ế" and
 * a composed one must be the same letter for sorting, slugs and search) and the detection
 * of invisible characters that make two equal-looking values differ ("84/KH\u200B-UBND").
 */

/**
 * The one set of characters that render as nothing (soft hyphen, Mongolian vowel separator,
 * zero-width space/joiners, direction marks and embeddings, word joiner and invisible
 * operators, BOM), as the body of a character class: the frontmatter check names them
 * ({@link findInvisibleCharacters}) and the citation parser drops them before matching
 * (citations/clean.ts).
 */
export const INVISIBLE_CHARACTERS = '\\u00AD\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF';

const INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}]`, 'gu');

const NAMES: Record<string, string> = {
  '\u00AD': 'SOFT HYPHEN',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u2060': 'WORD JOINER',
  '\uFEFF': 'BYTE ORDER MARK',
};

/** Every string inside `value` (objects, arrays) normalised to NFC; other values unchanged. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => normalizeDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalizeDeep(item)])) as T;
  }
  return value;
}

export interface InvisibleCharacter {
  /** Path of the string inside the value: ["signer", "name"], ["recipients", 2]. */
  path: (string | number)[];
  /** Index of the character in that string. */
  index: number;
  /** "U+200B ZERO WIDTH SPACE". */
  description: string;
}

/** Finds every invisible character in every string inside `value`. */
export function findInvisibleCharacters(value: unknown, path: (string | number)[] = []): InvisibleCharacter[] {
  if (typeof value === 'string') {
    return [...value.matchAll(INVISIBLE)].map((match) => {
      const char = match[0];
      const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      return { path, index: match.index, description: NAMES[char] ? `${code} ${NAMES[char]}` : code };
    });
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => findInvisibleCharacters(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => findInvisibleCharacters(item, [...path, key]));
  }
  return [];
}

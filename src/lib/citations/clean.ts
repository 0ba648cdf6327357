/**
 * Clean: the first of the four steps (clean → extract → resolve → annotate, after
 * eyecite). Produces a matching copy of the text in which look-alike characters are
 * folded (dashes, Icelandic eth, full-width slash, exotic spaces), invisible characters
 * dropped and Vietnamese composed (NFC), with a map from every offset of the copy back
 * to the input, so that spans always point into the text as given.
 */

import { D_STROKE_LOOKALIKES } from '../d-stroke';
import { INVISIBLE_CHARACTERS } from '../text-hygiene';

export interface CleanText {
  /** The text to match on. */
  text: string;
  /** `toInput[i]` is the input offset of `text[i]`; `toInput[text.length]` is the input's length. */
  toInput: Uint32Array;
}

const FOLD: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uFE63': '-',
  '\uFF0D': '-',
  ...D_STROKE_LOOKALIKES,
  '\uFF0F': '/',
  '\u2044': '/',
  '\u2215': '/',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2000': ' ',
  '\u2001': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u3000': ' ',
};
/** Invisible characters (one set, text-hygiene.ts) are dropped from the copy. */
const DROP = new RegExp(`[${INVISIBLE_CHARACTERS}]`, 'u');
const MARK = /\p{M}/u;

const FOLD_ANY = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');
const DROP_ANY = new RegExp(DROP.source, 'gu');

/** Cleans `input` for matching; see {@link CleanText}. Linear in the input's length. */
export function cleanText(input: string): CleanText {
  // Fast path, the common case: composed text. Every fold replaces one UTF-16 unit by one,
  // so only dropped characters move offsets.
  if (input.normalize('NFC') === input) {
    const folded = input.replace(FOLD_ANY, (char) => FOLD[char]!);
    const toInput = new Uint32Array(folded.length + 1);
    let out = 0;
    let last = 0;
    const parts: string[] = [];
    for (const drop of folded.matchAll(DROP_ANY)) {
      parts.push(folded.slice(last, drop.index));
      for (let i = last; i < drop.index; i++) toInput[out++] = i;
      last = drop.index + drop[0].length;
    }
    parts.push(folded.slice(last));
    for (let i = last; i < folded.length; i++) toInput[out++] = i;
    toInput[out] = input.length;
    return { text: parts.length === 1 ? folded : parts.join(''), toInput: out === folded.length ? toInput : toInput.slice(0, out + 1) };
  }
  return cleanSlow(input);
}

/** Clusters normalised one by one: for decomposed (NFD) or mixed input. */
function cleanSlow(input: string): CleanText {
  const out: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < input.length) {
    // A cluster: one code point and the combining marks after it, normalised together.
    const first = input.codePointAt(i)!;
    let end = i + (first > 0xffff ? 2 : 1);
    while (end < input.length && MARK.test(input[end]!)) end++;
    const cluster = input.slice(i, end);
    if (DROP.test(cluster) && cluster.length === 1) {
      i = end;
      continue;
    }
    const folded = FOLD[cluster] ?? cluster.normalize('NFC');
    for (const char of folded) {
      out.push(char);
      for (let k = 0; k < char.length; k++) map.push(i);
    }
    i = end;
  }
  map.push(input.length);
  return { text: out.join(''), toInput: Uint32Array.from(map) };
}

/** The input span of the cleaned span [start, end). */
export function inputSpan(clean: CleanText, start: number, end: number): { start: number; end: number } {
  const inputEnd = end >= clean.text.length ? clean.toInput[clean.text.length]! : clean.toInput[end]!;
  return { start: clean.toInput[start]!, end: inputEnd };
}

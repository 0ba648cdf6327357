/**
 * Sentence cutting, a text utility: the sentence of a plain text around a span, as the
 * "cited by" quotes, the deadlines and the index mentions show it (Markdown punctuation
 * and table pipes removed, white space folded, long sentences shortened around the span).
 */

/** The plain-text sentence of `text` around [start, end), for "cited by" quotes. */
export function sentenceAround(text: string, start: number, end: number, max = 360): string {
  const boundary = /[.;!?\n]/;
  let from = start;
  while (from > 0 && !(boundary.test(text[from - 1]!) && (text[from - 1] === '\n' || /\s/.test(text[from] ?? ' ')))) from--;
  let to = end;
  // A stop ends the sentence only before white space or the end of the text (as on the way
  // back), never inside a number such as "08.01.2024".
  while (to < text.length && !(text[to] === '\n' || (/[.;!?]/.test(text[to]!) && (to + 1 === text.length || /\s/.test(text[to + 1]!))))) to++;
  let sentence = text
    .slice(from, Math.min(text.length, to + 1))
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1')
    .replace(/\*\*|__|\*/g, '')
    .replace(/^\s*(?:#+|[-+]|\|)\s*/, '')
    .replace(/\s*\|\s*/g, ' · ')
    .replace(/\s+/g, ' ')
    .trim();
  if (sentence.length > max) {
    const at = sentence.indexOf(text.slice(start, end).replace(/\s+/g, ' '));
    const from2 = Math.max(0, Math.min(at - max / 3, sentence.length - max));
    sentence = `${from2 > 0 ? '…' : ''}${sentence.slice(from2, from2 + max).trim()}…`;
  }
  return sentence;
}

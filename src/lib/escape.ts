/**
 * Escaping for every place a string lands when HTML or XML is built as text (the embed
 * snippet agencies copy, feeds, the sitemap, JSON inside <script>, server configs).
 * One helper, tested once: templates that build markup as a string call these and
 * nothing else. Astro's own `{expressions}` already escape; these are for strings. And
 * for a string that lands in a regular expression: {@link escapeRegExp}.
 */

/** Characters XML 1.0 forbids anywhere (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Characters that are legal XML but never belong in published text: DEL and the C1 controls. */
const DISCOURAGED = /[\u007F-\u009F]/gu;

/** Text for an HTML element's content: `&`, `<`, `>` escaped. */
export function escapeHtmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text for an HTML attribute value, quoted with `"` or `'`: `&`, `<`, `>`, `"`, `'` and
 * the backtick escaped (so the value cannot end its quotes or open a tag, whichever
 * quote the template uses).
 */
export function escapeHtmlAttr(value: string): string {
  return escapeHtmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/`/g, '&#96;');
}

/** Where each XML-illegal character of `value` is: index and "U+0001". */
export function findXmlIllegal(value: string): { index: number; code: string }[] {
  return [...value.matchAll(XML_ILLEGAL)].map((m) => ({ index: m.index, code: codePointLabel(m[0]) }));
}

/** `value` without the characters XML 1.0 forbids, nor DEL and C1 controls. */
export function stripXmlIllegal(value: string): string {
  return value.replace(XML_ILLEGAL, '').replace(DISCOURAGED, '');
}

/** Text for an XML element's content: illegal characters removed, `&`, `<`, `>` escaped. */
export function escapeXmlText(value: string): string {
  return escapeHtmlText(stripXmlIllegal(value));
}

/** Text for an XML attribute value (either quote): as {@link escapeXmlText} plus both quotes, tab, LF, CR as references. */
export function escapeXmlAttr(value: string): string {
  return escapeXmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/**
 * JSON for the inside of a `<script>` element (JSON-LD, data islands): `<`, `>`, `&`
 * and U+2028/U+2029 as \u escapes, so no value can close the element (`</script>`) or
 * open a comment (`<!--`); the result is still the same JSON.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** "U+0335" for a character (its first code point). */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A string matched literally inside a regular expression: its syntax characters escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

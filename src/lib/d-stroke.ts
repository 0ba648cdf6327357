/**
 * The letter đ/Đ (U+0111/U+0110), in one place. Unlike every other Vietnamese letter it
 * has no Unicode decomposition: stripping combining marks leaves it as it is, so each
 * folding (ASCII slugs, the search index) must write it out explicitly. And keyboards
 * and converted documents often type the Icelandic eth (ð/Ð, U+00F0/U+00D0) for it.
 */

/** Look-alikes typed for đ/Đ, and the letter each one means. */
export const D_STROKE_LOOKALIKES: Readonly<Record<string, string>> = { '\u00D0': 'Đ', '\u00F0': 'đ' };

/** Reads the look-alikes of đ/Đ as đ/Đ ("Ðồng" → "Đồng"). */
export function readDStroke(text: string): string {
  return text.replace(/[\u00D0\u00F0]/g, (char) => D_STROKE_LOOKALIKES[char]!);
}

/** Writes đ as `lower` and Đ as `upper` (by default the ASCII "d" and "D"); look-alikes are left as they are. */
export function foldDStroke(text: string, lower = 'd', upper = 'D'): string {
  return text.replace(/đ/g, lower).replace(/Đ/g, upper);
}

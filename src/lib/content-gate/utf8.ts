/**
 * Strict UTF-8: a content file must be valid UTF-8, or the bytes would silently become
 * U+FFFD on the page. The first invalid sequence is named by file, line and column (in
 * characters, 1-based). A leading byte-order mark is accepted and dropped.
 */
import { ContentError } from '../content-error';

/** Byte offset of the first invalid UTF-8 sequence in `bytes`, or -1 if all are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    if (i + need >= n) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based; the column counts characters) of byte `offset`. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++;
  }
  return { line, column };
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Decodes `bytes` as strict UTF-8; throws a ContentError naming file, line and column. */
export function decodeUtf8Strict(bytes: Uint8Array, file: string): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const { line, column } = bytePosition(bytes, bad);
    const hex = [...bytes.subarray(bad, Math.min(bytes.length, bad + 4))].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    throw new ContentError([{ file, field: `line ${line}:${column}`, message: `not valid UTF-8 (bytes ${hex}): save the file as UTF-8` }]);
  }
  return decoder.decode(bytes);
}

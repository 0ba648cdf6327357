/**
 * Text built as UTF-8 bytes, chunk by chunk, for files longer than a JavaScript string can
 * be. V8 caps a string at about 2^29 UTF-16 units (~536 M characters): at 50,000 plans the
 * citations file, written as one `JSON.stringify`, failed the build with
 * `RangeError: Invalid string length`. Pieces are gathered into strings of about 1 MiB,
 * each encoded on its own, and the chunks are joined once at the end into one byte array
 * (Node's Buffer limit, several GiB, is the only bound left).
 */

/** Characters gathered before a chunk is encoded. */
const CHUNK_CHARS = 1 << 20;

/** An append-only text whose whole never exists as one string. */
export class TextBytes {
  private readonly chunks: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private byteLength = 0;
  private readonly encoder = new TextEncoder();

  /** Appends `text` (any length up to the string limit itself). */
  push(text: string): this {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= CHUNK_CHARS) this.flush();
    return this;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const bytes = this.encoder.encode(this.pending.join(''));
    this.chunks.push(bytes);
    this.byteLength += bytes.length;
    this.pending = [];
    this.pendingChars = 0;
  }

  /** The whole text as UTF-8. */
  bytes(): Uint8Array<ArrayBuffer> {
    this.flush();
    const out = new Uint8Array(this.byteLength);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/**
 * A JSON object whose `head` fields come first and whose last field, `listKey`, is the list
 * `items`, one compact item a line (the file can be read a line at a time, and no item's
 * text is ever joined to another's before encoding). Parses to `{ ...head, [listKey]: items }`.
 */
export function jsonListBytes(head: Record<string, unknown>, listKey: string, items: Iterable<unknown>): Uint8Array<ArrayBuffer> {
  const out = new TextBytes();
  out.push('{\n');
  for (const [key, value] of Object.entries(head)) out.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`);
  out.push(`  ${JSON.stringify(listKey)}: [`);
  let first = true;
  for (const item of items) {
    out.push(first ? '\n    ' : ',\n    ').push(JSON.stringify(item));
    first = false;
  }
  out.push(first ? ']\n}\n' : '\n  ]\n}\n');
  return out.bytes();
}

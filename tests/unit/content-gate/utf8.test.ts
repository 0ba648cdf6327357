import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Strict, firstInvalidUtf8 } from '../../../src/lib/content-gate/utf8';
import { ContentError } from '../../../src/lib/content-error';

const problem = (bytes: Uint8Array) => {
  try {
    decodeUtf8Strict(bytes, 'x.mdx');
  } catch (error) {
    return (error as ContentError).problems[0];
  }
  return null;
};

describe('strict UTF-8', () => {
  it('agrees with the WHATWG fatal decoder on any bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes valid text, Vietnamese and astral characters included, and drops nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        // A leading byte-order mark is dropped, as documented.
        expect(decodeUtf8Strict(Buffer.from(text), 'x')).toBe(text.replace(/^\uFEFF/, ''));
      }),
    );
  });

  it('names line and column (in characters) of the first invalid sequence', () => {
    const bytes = Buffer.concat([Buffer.from('dòng 1\nĐồng '), Buffer.from([0xff, 0x41])]);
    expect(problem(bytes)).toEqual({ file: 'x.mdx', field: 'line 2:6', message: 'not valid UTF-8 (bytes FF 41): save the file as UTF-8' });
    expect(problem(Buffer.from([0x61, 0xc3]))?.field).toBe('line 1:2'); // truncated sequence
    expect(problem(Buffer.from([0xed, 0xa0, 0x80]))?.field).toBe('line 1:1'); // a surrogate
    expect(problem(Buffer.from([0xc0, 0xaf]))?.field).toBe('line 1:1'); // overlong "/"
  });
});

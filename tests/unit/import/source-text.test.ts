/** The common text every reader produces, and the corrections recorded on the way. */
import { describe, expect, it } from 'vitest';
import { blocksToText, recordCorrection, type SourceCorrection } from '../../../src/lib/import/source-text';

describe('source text', () => {
  it('joins blocks with a blank line, trims spaces, drops empty lines and blocks, keeps tabs of table rows', () => {
    expect(blocksToText([['  ỦY BAN NHÂN DÂN ', 'TỈNH\u00a0NGHỆ  AN'], [' ', '\t'], ['STT\tNội dung']])).toBe('ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSTT\tNội dung\n');
    expect(blocksToText([])).toBe('\n');
  });

  it('counts the same correction again instead of listing it twice', () => {
    const list: SourceCorrection[] = [];
    recordCorrection(list, '⁄', '/', 'fraction slash');
    recordCorrection(list, '⁄', '/', 'fraction slash');
    recordCorrection(list, '‐', '-', 'hyphen');
    expect(list).toEqual([
      { original: '⁄', corrected: '/', count: 2, reason: 'fraction slash' },
      { original: '‐', corrected: '-', count: 1, reason: 'hyphen' },
    ]);
  });
});

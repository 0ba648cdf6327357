/** Markdown and text, including the Markdown page-cleaning tools leave. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownBlocks, readText } from '../../../../src/lib/import/readers/text';

const REAL = readFileSync(new URL('../../../fixtures/real/texts/2f6f80b9918e52de.md', import.meta.url), 'utf8');

describe('text', () => {
  it('drops lone pipes, rules and emphasis markers, and keeps the words', () => {
    expect(markdownBlocks('**ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH**\n|\n--------\n**Số:** 172/KH-UBND\n\n## **KẾ HOẠCH**')).toEqual([
      ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH'],
      ['Số: 172/KH-UBND'],
      ['KẾ HOẠCH'],
    ]);
  });

  it('keeps a GFM table row as one line of tab-separated cells, in a block of its own', () => {
    expect(markdownBlocks('Phụ lục\n| STT | Nội dung |\n| --- | --- |\n| 1 | Tuyên **truyền** |\nSau bảng')).toEqual([['Phụ lục'], ['STT\tNội dung', '1\tTuyên truyền'], ['Sau bảng']]);
  });

  it('reads the real cleaned page into the common text and says what it removed', () => {
    const source = readText(REAL, 'md');
    expect(source.format).toBe('md');
    expect(source.text).toContain('\nSố: 172/KH-UBND\n');
    expect(source.text).not.toMatch(/\*\*|^\|$/m);
    expect(source.notes[0]).toMatch(/page-cleaning tool/);
    expect(readText('KẾ HOẠCH\r\nTuyên truyền\r\n', 'txt')).toEqual({ text: 'KẾ HOẠCH\nTuyên truyền\n', format: 'txt', corrections: [], notes: [] });
  });
});

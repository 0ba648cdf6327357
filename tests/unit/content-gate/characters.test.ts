import { describe, expect, it } from 'vitest';
import { checkCharacters, findForbiddenCharacters, forbiddenInValue } from '../../../src/lib/content-gate/characters';
import { ContentError } from '../../../src/lib/content-error';

const problems = (text: string) => {
  try {
    checkCharacters(text, 'x.mdx');
  } catch (error) {
    return (error as ContentError).problems.map((p) => `${p.field}: ${p.message}`);
  }
  return [];
};

describe('forbidden characters', () => {
  it('allows tab, line feed, carriage return and every Vietnamese letter', () => {
    expect(problems('Đồng Khởi\tđã ban hành\r\nkế hoạch ữ ặ ỹ 😀\n')).toEqual([]);
  });

  it('names NUL, controls and U+0335 by line and column', () => {
    expect(problems('a\u0000b\nxy\u0001\nĐồng d\u0335')).toEqual([
      'line 1:2: U+0000 NULL is not allowed: a control character: remove it (only tab and line breaks are allowed)',
      'line 2:3: U+0001 is not allowed: a control character: remove it (only tab and line breaks are allowed)',
      'line 3:7: U+0335 COMBINING SHORT STROKE OVERLAY is not allowed: reserved for the search index (it folds đ as d + U+0335): write đ or Đ',
    ]);
    expect(problems('\u007f\u0085\u001b\uffff').length).toBe(4);
  });

  it('counts lines after an offset and stops at a maximum', () => {
    expect(findForbiddenCharacters('\u0001'.repeat(50), 10, 7).map((f) => [f.line, f.column])).toEqual(Array.from({ length: 10 }, (_, i) => [7, i + 1]));
  });

  it('finds a control character a YAML escape put in a parsed value, by field', () => {
    expect(forbiddenInValue({ title: 'a\u0001', tasks: [{ no: '1', content: 'd\u0335' }] }, 'x.mdx')).toEqual([
      { file: 'x.mdx', field: 'title', message: 'U+0001 is not allowed: a control character: remove it (only tab and line breaks are allowed)' },
      { file: 'x.mdx', field: 'tasks.0.content', message: 'U+0335 COMBINING SHORT STROKE OVERLAY is not allowed: reserved for the search index (it folds đ as d + U+0335): write đ or Đ' },
    ]);
  });
});

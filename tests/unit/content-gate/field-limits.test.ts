import { describe, expect, it } from 'vitest';
import { fieldProblems } from '../../../src/lib/content-gate/field-limits';
import { LIMITS } from '../../../src/lib/content-gate/limits';

describe('fieldProblems', () => {
  it('names an oversized value by its field', () => {
    expect(fieldProblems({ tasks: [{ content: 'đ'.repeat(LIMITS.field / 2 + 1) }], title: 'ok' }, 'x.mdx')).toEqual([
      { file: 'x.mdx', field: 'tasks.0.content', message: 'a value of 16 KB; the limit for one field is 16 KB' },
    ]);
  });
  it('accepts values within the limit and reports forbidden characters', () => {
    expect(fieldProblems({ title: 'a'.repeat(LIMITS.field) }, 'x')).toEqual([]);
    expect(fieldProblems({ title: 'a\u0000' }, 'x')[0]?.field).toBe('title');
  });
});

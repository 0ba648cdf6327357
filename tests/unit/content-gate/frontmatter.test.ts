import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/content-gate/frontmatter';
import { ContentError } from '../../../src/lib/content-error';

const fail = (text: string) => {
  try {
    splitFrontmatter(text, 'x.mdx');
  } catch (error) {
    return (error as ContentError).problems.map((p) => `${p.field}: ${p.message}`)[0];
  }
  return null;
};

describe('splitFrontmatter', () => {
  it('cuts at the first line "---" and gives the body with its first line number', () => {
    expect(splitFrontmatter('---\ntitle: a\nyear: 2024\n---\n\nBody\n', 'x')).toEqual({ frontmatter: 'title: a\nyear: 2024\n', frontmatterStartLine: 2, body: '\nBody\n', bodyStartLine: 5 });
    expect(splitFrontmatter('---\r\na: 1\r\n---\r\nB', 'x')).toMatchObject({ frontmatter: 'a: 1\r\n', body: 'B', bodyStartLine: 4 });
    expect(splitFrontmatter('---\n---\n', 'x')).toMatchObject({ frontmatter: '', body: '', bodyStartLine: 3 });
  });

  it('refuses a missing, unclosed or ambiguous frontmatter with the line', () => {
    expect(fail('Body only')).toBe('line 1:1: expected the frontmatter first: a line "---", the fields, and a line "---"');
    expect(fail('---\na: 1\n')).toBe('line 1:1: the frontmatter is not closed: expected a line "---" after the fields');
    expect(fail('---\na: 1\n----\nb: 2\n---\n')).toBe('line 3:1: a line starting with "---" ends the frontmatter: write it as "---" alone (found "----")');
  });
});

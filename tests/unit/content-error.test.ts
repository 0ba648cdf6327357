import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContentError, formatProblem, zodProblems } from '../../src/lib/content-error';

describe('content-error', () => {
  it('formats a problem as one line naming the file and the field', () => {
    expect(formatProblem({ file: 'content/plans/a.mdx', field: 'signer.name', message: 'expected a name' })).toBe('content/plans/a.mdx › signer.name: expected a name');
    expect(formatProblem({ file: 'content/plans/a.mdx', field: '', message: 'empty file' })).toBe('content/plans/a.mdx: empty file');
  });

  it('lists every problem in its message, counted', () => {
    const error = new ContentError([
      { file: 'a.mdx', field: 'year', message: 'x' },
      { file: 'b.mdx', field: '', message: 'y' },
    ]);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe('Invalid content (2 problems):\n  - a.mdx › year: x\n  - b.mdx: y');
    expect(new ContentError([{ file: 'a', field: '', message: 'z' }]).message).toMatch(/^Invalid content \(1 problem\):/);
  });

  it('turns zod issues into problems of the file, fields prefixed', () => {
    const result = z.object({ year: z.number(), tags: z.array(z.string()) }).safeParse({ year: '2024', tags: [1] });
    expect(result.success).toBe(false);
    const problems = zodProblems('content/agencies/x.yaml', result.error!, 'so-noi-vu');
    expect(problems.map((p) => p.field)).toEqual(['so-noi-vu.year', 'so-noi-vu.tags.0']);
    expect(problems.every((p) => p.file === 'content/agencies/x.yaml' && p.message.length > 0)).toBe(true);
  });
});

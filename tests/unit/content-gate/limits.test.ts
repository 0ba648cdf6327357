import { describe, expect, it } from 'vitest';
import { checkByteLimit, formatBytes, LIMITS } from '../../../src/lib/content-gate/limits';

describe('limits', () => {
  it('formats sizes', () => {
    expect([formatBytes(12), formatBytes(256 * 1024), formatBytes(5 * 1024 * 1024 + 1)]).toEqual(['12 bytes', '256 KB', '5.0 MB']);
  });
  it('refuses over the limit, naming the file, the field and both sizes', () => {
    expect(() => checkByteLimit('x.mdx', 'frontmatter', 'the frontmatter', LIMITS.frontmatter + 1, LIMITS.frontmatter)).toThrow(/x\.mdx › frontmatter: the frontmatter is 256 KB; the limit is 256 KB/);
    expect(() => checkByteLimit('x.mdx', '', 'the plan file', LIMITS.planFile, LIMITS.planFile)).not.toThrow();
  });
});

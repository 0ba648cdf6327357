import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanSource } from '../../../src/lib/content-gate/plan-source';
import { ContentError } from '../../../src/lib/content-error';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SEED = readFileSync(`${ROOT}content/plans/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd.mdx`);

const problems = (bytes: Uint8Array | string) => {
  try {
    readPlanSource('x.mdx', typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
  } catch (error) {
    return (error as ContentError).problems.map((p) => `${p.field}: ${p.message}`);
  }
  return [];
};

describe('readPlanSource', () => {
  it('gives the frontmatter, the body and the body’s first line of a real plan', () => {
    const source = readPlanSource('x.mdx', SEED);
    expect(source.frontmatter['number']).toBe('84/KH-UBND');
    const lines = SEED.toString().split('\n');
    expect(lines[source.bodyStartLine - 2]).toBe('---');
    expect(source.body).toBe(lines.slice(source.bodyStartLine - 1).join('\n'));
  });

  it('checks in order: size on the bytes, UTF-8, characters, frontmatter, YAML, fields', () => {
    expect(problems(Buffer.alloc(1024 * 1024 + 1, 0x61))).toEqual([': the plan file is 1.0 MB; the limit is 1.0 MB']);
    expect(problems(Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28]))).toEqual(['line 2:1: not valid UTF-8 (bytes C3 28): save the file as UTF-8']);
    expect(problems('---\ntitle: a\u0000\n---\n')).toEqual(['line 2:9: U+0000 NULL is not allowed: a control character: remove it (only tab and line breaks are allowed)']);
    expect(problems(`---\ntitle: "${'a'.repeat(300 * 1024)}"\n---\n`)).toEqual(['frontmatter: the frontmatter is 300 KB; the limit is 256 KB']);
    expect(problems('---\ntitle: &t a\nplace: *t\n---\n')).toEqual([
      'line 2:11: YAML anchor &t is not allowed: write the value out where it is needed',
      'line 3:8: YAML alias *t is not allowed: write the value out',
    ]);
    expect(problems('---\ntitle: "a\\x01"\n---\n')).toEqual(['title: U+0001 is not allowed: a control character: remove it (only tab and line breaks are allowed)']);
    expect(problems('---\n- a\n---\n')).toEqual(['frontmatter: expected the frontmatter as fields ("title: …"), one a line']);
    expect(problems(`---\ntitle: "${'á'.repeat(10_000)}"\n---\n`)).toEqual(['title: a value of 20 KB; the limit for one field is 16 KB']);
  });

  it('refuses U+0335 in the content file, naming it, rather than at indexing', () => {
    expect(problems('---\ntitle: a\n---\n\nĐồng Khởi d\u0335\n')).toEqual([
      'line 5:12: U+0335 COMBINING SHORT STROKE OVERLAY is not allowed: reserved for the search index (it folds đ as d + U+0335): write đ or Đ',
    ]);
  });
});

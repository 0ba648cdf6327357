import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/lib/markdown/parse';

describe('parse', () => {
  it('parses GFM tables and MDX syntax, so that the allowlist sees what an author wrote', () => {
    const tree = parseMdx('| a | b |\n| - | - |\n| 1 | 2 |\n\n{1 + 1}');
    expect(tree.children.map((node) => node.type)).toEqual(['table', 'mdxFlowExpression']);
  });

  it('throws on MDX that does not parse', () => {
    expect(() => parseMdx('<b>unclosed')).toThrow();
  });

  it('keeps the positions of the source, so that messages name its lines', () => {
    const tree = parseMdx('\n\n## I. Mục đích\n\n~~xoá~~ và https://chinhphu.vn');
    expect(tree.children.map((node) => [node.type, node.position?.start.line])).toEqual([
      ['heading', 3],
      ['paragraph', 5],
    ]);
    // GFM: strikethrough and autolink literals.
    expect((tree.children[1] as { children: { type: string }[] }).children.map((node) => node.type)).toEqual(['delete', 'text', 'link']);
  });
});

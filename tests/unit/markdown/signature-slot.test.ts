import { describe, expect, it } from 'vitest';
import { parseMdx as parse } from '../../../src/lib/markdown/parse';
import { findAppendixIndex, insertSignatureSlot, remarkSignatureSlot, SIGNATURE_MARKER, SIGNATURE_NODE } from '../../../src/lib/markdown/signature-slot';

describe('signature slot', () => {
  it('goes before the appendix heading', () => {
    const tree = insertSignatureSlot(parse('Text.\n\n## PHỤ LỤC\n\n| a |\n| - |\n| 1 |'));
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', SIGNATURE_NODE, 'heading', 'table']);
    expect(findAppendixIndex(parse('## Phụ lục\n\nx'))).toBe(0);
  });
  it('goes at the end when there is no appendix', () => {
    const tree = insertSignatureSlot(parse('## I. Mục đích\n\nText.'));
    expect(tree.children.at(-1)?.type).toBe(SIGNATURE_NODE);
  });
  it('finds the first appendix heading, whatever its case, composition or number, and only a heading that starts with it', () => {
    expect(findAppendixIndex(parse('Text.\n\n## Phụ lục I\n\nx\n\n## Phụ lục II'))).toBe(1);
    expect(findAppendixIndex(parse('Text.\n\n### PHỤ LỤC 01: DANH MỤC'.normalize('NFD')))).toBe(1);
    expect(findAppendixIndex(parse('## Danh mục phụ lục\n\nPhụ lục kèm theo'))).toBe(-1);
    expect(findAppendixIndex(parse('## Phụ lụcx'))).toBe(-1);
  });
  it('inserts one slot per run of the plugin', () => {
    const tree = parse('A\n\n## Phụ lục\n\nB');
    remarkSignatureSlot()(tree);
    expect(tree.children.filter((node) => node.type === (SIGNATURE_NODE as string))).toHaveLength(1);
    expect(SIGNATURE_MARKER).toBe('<!--plan-signature-->');
  });
});

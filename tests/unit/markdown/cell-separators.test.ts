// Split from tests/unit/search.test.ts (one test file per module); assertions unchanged.
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { separateTableCells } from '../../../src/lib/markdown/cell-separators';

describe('table cells end with a line break (no glued words in the page text)', () => {
  it('appends "\\n" to th and td, once', () => {
    const cell = (tagName: string, value: string) => ({ type: 'element' as const, tagName, properties: {}, children: [{ type: 'text' as const, value }] });
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'tr', properties: {}, children: [cell('th', 'STT'), cell('th', 'Nội dung '), cell('td', 'x')] }] };
    separateTableCells(separateTableCells(tree));
    const row = tree.children[0] as { children: { children: { value: string }[] }[] };
    expect(row.children.map((c) => c.children.map((t) => t.value).join(''))).toEqual(['STT\n', 'Nội dung ', 'x\n']);
  });
});

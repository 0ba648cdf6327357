import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeTableScroll, wrapTables } from '../../../src/lib/markdown/table-scroll';
import { renderLikeThePortal } from '../../helpers/render';

const table = (): Element => ({ type: 'element', tagName: 'table', properties: {}, children: [] });

describe('table scroll', () => {
  it('wraps tables for scrolling', async () => {
    const html = await renderLikeThePortal('## I. Mục đích, yêu cầu\n\n## I. Mục đích, yêu cầu\n\n| Số TT | Nội dung |\n| - | - |\n| 1 | Đài |');
    expect(html).toMatch(/<section class="table-scroll" tabindex="0"[^>]*><table>/);
  });
  it('wraps every table, wherever it is, in a focusable, named section', () => {
    const nested = table();
    const tree: Root = { type: 'root', children: [table(), { type: 'element', tagName: 'div', properties: {}, children: [nested] }] };
    expect(wrapTables(tree)).toBe(tree);
    const wrapper = { type: 'element', tagName: 'section', properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: 'Bảng (cuộn ngang để xem hết)' } };
    expect(tree.children[0]).toMatchObject({ ...wrapper, children: [{ tagName: 'table' }] });
    expect((tree.children[1] as Element).children[0]).toMatchObject({ ...wrapper, children: [nested] });
  });
  it('does not wrap a table twice', () => {
    const tree: Root = { type: 'root', children: [table()] };
    const plugin = rehypeTableScroll();
    plugin(tree);
    plugin(tree);
    expect(tree.children).toHaveLength(1);
    expect((tree.children[0] as Element).tagName).toBe('section');
    expect(((tree.children[0] as Element).children[0] as Element).tagName).toBe('table');
  });
});

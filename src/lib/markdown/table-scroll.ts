/**
 * Wraps every table in a focusable, labelled scroll container, so that a wide appendix
 * table scrolls on a 320 px phone instead of widening the page (WCAG 1.4.10 reflow), and
 * keyboard users can scroll it (the container is focusable and named).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Wraps each <table> in <section class="table-scroll" tabindex="0" aria-label="…">. Mutates and returns the tree. */
export function wrapTables(tree: Root): Root {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return;
    if (parent.type === 'element' && (parent as Element).properties['className']?.toString().includes('table-scroll')) return;
    const wrapper: Element = {
      type: 'element',
      tagName: 'section',
      properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: 'Bảng (cuộn ngang để xem hết)' },
      children: [node],
    };
    parent.children[index] = wrapper;
  });
  return tree;
}

/** Rehype plugin wrapping {@link wrapTables}. */
export function rehypeTableScroll() {
  return (tree: Root) => {
    wrapTables(tree);
  };
}

/**
 * Ends every table cell with a line break. MDX drops the whitespace between table
 * elements, so a header row came out as "STTNội dung nhiệm vụSản phẩm": invisible in the
 * browser, but every tool that reads the page's text (the search index, copy and paste,
 * reading modes) saw one long junk word. The break is inside the cell, where MDX keeps
 * it, and trailing whitespace in a cell changes nothing on screen.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Appends "\n" to each th and td that does not already end with whitespace. Mutates and returns the tree. */
export function separateTableCells(tree: Root): Root {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'th' && node.tagName !== 'td') return;
    const last = node.children[node.children.length - 1];
    if (last?.type === 'text' && /\s$/.test(last.value)) return;
    node.children.push({ type: 'text', value: '\n' });
  });
  return tree;
}

/** Rehype plugin wrapping {@link separateTableCells}. */
export function rehypeCellSeparators() {
  return (tree: Root) => {
    separateTableCells(tree);
  };
}

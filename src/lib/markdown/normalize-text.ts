/**
 * Normalises every text of a plan's body to NFC, so that a body saved decomposed (NFD)
 * renders, sorts and is searched like composed text. The reader sees the same letters.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Normalises text, inline code and link titles to NFC. Mutates and returns the tree. */
export function normalizeText(tree: Root): Root {
  visit(tree, (node) => {
    if ('value' in node && typeof node.value === 'string') node.value = node.value.normalize('NFC');
    if ('title' in node && typeof node.title === 'string') node.title = node.title.normalize('NFC');
    if ('alt' in node && typeof node.alt === 'string') node.alt = node.alt.normalize('NFC');
  });
  return tree;
}

/** Remark plugin wrapping {@link normalizeText}. */
export function remarkNormalizeText() {
  return (tree: Root) => {
    normalizeText(tree);
  };
}

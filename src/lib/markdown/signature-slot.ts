/**
 * Places the signature block where the document prints it: after the text and before
 * the appendix. The body holds the text and the appendix; the signature block and the
 * recipients come from the frontmatter. This transform inserts a marker node before the
 * first heading that starts with "Phụ lục" (or at the end); the renderer (render-plan.ts)
 * writes it as {@link SIGNATURE_MARKER} and the plan page puts <PlanSignature /> there.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Type of the mdast node that marks the signature's place. */
export const SIGNATURE_NODE = 'planSignature';

/** What the marker becomes in the rendered HTML: a comment no plan can write (raw HTML is refused). */
export const SIGNATURE_MARKER = '<!--plan-signature-->';

/** Index in `tree.children` of the appendix heading, or -1 when the plan has none. */
export function findAppendixIndex(tree: Root): number {
  return tree.children.findIndex((node) => node.type === 'heading' && /^phụ lục\b/iu.test(toString(node).normalize('NFC').trim()));
}

/** Inserts the signature element before the appendix heading, or at the end. Mutates and returns the tree. */
export function insertSignatureSlot(tree: Root): Root {
  const slot = { type: SIGNATURE_NODE } as unknown as RootContent;
  const index = findAppendixIndex(tree);
  if (index === -1) tree.children.push(slot);
  else tree.children.splice(index, 0, slot);
  return tree;
}

/** Remark plugin wrapping {@link insertSignatureSlot}; runs on plan bodies only. */
export function remarkSignatureSlot() {
  return (tree: Root) => {
    insertSignatureSlot(tree);
  };
}

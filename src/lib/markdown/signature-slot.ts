/**
 * Places the signature block where the document prints it: after the text and before
 * the appendix. The body holds the text and the appendix; the signature block and the
 * recipients come from the frontmatter. This transform inserts an element
 * `<PlanSignature />` before the first heading that starts with "Phụ lục" (or at the
 * end), and the plan page supplies that component when it renders the body.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Name of the component the plan page must provide to render the body. */
export const SIGNATURE_COMPONENT = 'PlanSignature';

/** Index in `tree.children` of the appendix heading, or -1 when the plan has none. */
export function findAppendixIndex(tree: Root): number {
  return tree.children.findIndex(
    (node) => node.type === 'heading' && /^phụ lục\b/iu.test(toString(node).normalize('NFC').trim()),
  );
}

/** Inserts the signature element before the appendix heading, or at the end. Mutates and returns the tree. */
export function insertSignatureSlot(tree: Root): Root {
  const slot = { type: 'mdxJsxFlowElement', name: SIGNATURE_COMPONENT, attributes: [], children: [] } as unknown as RootContent;
  const index = findAppendixIndex(tree);
  if (index === -1) tree.children.push(slot);
  else tree.children.splice(index, 0, slot);
  return tree;
}

/** Remark plugin wrapping {@link insertSignatureSlot}; runs on MDX plans only. */
export function remarkSignatureSlot() {
  return (tree: Root) => {
    insertSignatureSlot(tree);
  };
}

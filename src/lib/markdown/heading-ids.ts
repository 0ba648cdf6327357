/**
 * ASCII anchors for headings, in their own namespace: "II. Nội dung, hình thức tuyên
 * truyền" → `#muc-ii-noi-dung-hinh-thuc-tuyen-truyen`. The prefix keeps a body heading
 * ("Nội dung", "Nơi nhận", "Nhiệm vụ") from taking an id of the page itself (the skip
 * link's target `noi-dung`, the sections `noi-nhan`, `nhiem-vu`…); no page id starts
 * with it. Astro's default ids keep the Vietnamese
 * letters, which become percent-encoded fragments in shared links. Ids set here are
 * kept by Astro's own heading pass, which still collects the headings.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { slugify } from '../slug';

const HEADING = /^h[1-6]$/;

/** The namespace of body heading ids; the page's own ids never start with it. */
export const HEADING_ID_PREFIX = 'muc-';

/** Sets an ASCII, unique id on every heading without one. Mutates and returns the tree. */
export function setAsciiHeadingIds(tree: Root): Root {
  const used = new Map<string, number>();
  visit(tree, 'element', (node: Element) => {
    if (!HEADING.test(node.tagName) || node.properties['id']) return;
    const base = `${HEADING_ID_PREFIX}${slugify(toString(node)) || 'khong-ten'}`;
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    node.properties['id'] = count === 0 ? base : `${base}-${count}`;
  });
  return tree;
}

/** Rehype plugin wrapping {@link setAsciiHeadingIds}. */
export function rehypeAsciiHeadingIds() {
  return (tree: Root) => {
    setAsciiHeadingIds(tree);
  };
}

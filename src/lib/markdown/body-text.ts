/**
 * The text a reader reads in a plan's body, joined from the syntax tree's text nodes, with
 * where each node sits in it. Citations are found once in this text, by the remark plugin
 * that links them and by the citation index alike, so both see the same references with
 * the same keys. Text nodes of one block are joined as they read; blocks are separated by
 * a line break (a sentence boundary for the citation quotes).
 */
import type { Root, Text } from 'mdast';
import type { Node, Parent } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import { normalizeText } from './normalize-text';
import { parseMdx } from './parse';

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote', 'root']);

export interface TextPiece {
  node: Text;
  /** Offsets of the node's value in the joined text. */
  start: number;
  end: number;
  /** Whether the node may be turned into links (not inside a heading or a link). */
  linkable: boolean;
}

export interface BodyText {
  text: string;
  pieces: TextPiece[];
}

/** Joins the text nodes of a tree; see the module comment. */
export function bodyText(tree: Root): BodyText {
  const parts: string[] = [];
  const pieces: TextPiece[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  visitParents(tree, 'text', (node: Text, ancestors: Parent[]) => {
    const block = [...ancestors].reverse().find((ancestor) => BLOCKS.has(ancestor.type)) ?? null;
    if (lastBlock !== null && block !== lastBlock) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    const linkable = !ancestors.some((ancestor) => ancestor.type === 'heading' || ancestor.type === 'link' || ancestor.type === 'linkReference');
    pieces.push({ node, start: length, end: length + node.value.length, linkable });
    parts.push(node.value);
    length += node.value.length;
  });
  return { text: parts.join(''), pieces };
}

/** Parses an MDX body as the portal's pipeline does (up to the citation links) and joins its text. */
export function bodyTextOfSource(source: string): BodyText {
  return bodyText(normalizeText(parseMdx(source)));
}

/**
 * The one parser of a plan's MDX body outside Astro's own pipeline: remark-parse with
 * remark-mdx (so that MDX code is seen, and refused by the allowlist) and remark-gfm (the
 * GFM that Astro's pipeline gets from remark-gfm too, see plugins.ts). `npm run check`, the
 * body text the citation index reads and the tests all parse with it, so that they see
 * the tree Astro's transforms see.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses MDX source into its syntax tree (no transforms run). Throws on MDX syntax errors. */
export function parseMdx(source: string): Root {
  return parser.parse(source) as Root;
}

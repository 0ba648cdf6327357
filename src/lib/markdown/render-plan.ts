/**
 * Renders a plan's body to HTML once, in the content loader, with the portal's own
 * unified pipeline: the tree of the one MDX parser (parse.ts: remark-parse + remark-mdx +
 * remark-gfm, the parser of @astrojs/mdx, so that the allowlist sees MDX syntax and refuses
 * it with the same messages, file and line), usually the content gate's, then the plugin
 * list (plugins.ts), remark-rehype and rehype-stringify. Plans are
 * plain Markdown (the allowlist guarantees it), so compiling each one as a JavaScript
 * module bought nothing and cost ~46 ms a plan (MDX compile + bundling).
 *
 * The signature block is not part of the body: the pipeline leaves the marker
 * {@link SIGNATURE_MARKER} where it goes and {@link splitAtSignature} cuts the HTML there,
 * so that the page puts <PlanSignature /> between the two halves.
 */
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type Processor } from 'unified';
import type { Element, Root as HastRoot } from 'hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Root as MdastRoot } from 'mdast';
import { BODY_CITATIONS, type BodyCitations } from './citation-links';
import type { Citation } from '../citations';
import { parseMdx } from './parse';
import { createRemarkPlugins, rehypePlugins } from './plugins';
import { SIGNATURE_MARKER, SIGNATURE_NODE } from './signature-slot';

export { SIGNATURE_MARKER };

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * Drops the line breaks remark-rehype puts between table parts (`<tr>\n<td>`), which the
 * MDX path never emitted: browsers ignore them, and the pages stay byte for byte what
 * they were when bodies were compiled as MDX.
 */
function rehypeCompactTables() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (!TABLE_PARTS.has(node.tagName)) return;
      node.children = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    });
  };
}

export interface RenderedPlan {
  html: string;
  /** The body's reading text (body-text.ts), as the citation links read it: kept so that nothing parses the body again. */
  text: string;
  /** Every citation the citation links found in `text` (all kinds, reading order): kept so that nothing looks for them again. */
  citations: Citation[];
}

export interface PlanRenderer {
  /**
   * Renders `source` (the body, padded so that lines are the file's lines) of the file
   * `path`, whose frontmatter is `frontmatter`; from `tree` when the caller has parsed it
   * already (the content gate has), so that no body is parsed twice. Throws the
   * allowlist's error for MDX code.
   */
  (source: string, path: string, frontmatter: Record<string, unknown>, tree?: MdastRoot): Promise<RenderedPlan>;
}

/** The renderer of plan bodies, given the names of provinces and districts (citation context). */
export function createPlanRenderer(options: { unitNames: ReadonlyMap<string, string> }): PlanRenderer {
  const toHast = {
    handlers: {
      // The signature slot becomes an HTML comment: the allowlist refuses raw HTML and
      // MDX has no comment syntax, so no plan can contain this marker by itself.
      [SIGNATURE_NODE]: () => ({ type: 'comment', value: SIGNATURE_MARKER.slice(4, -3) }),
    },
  } as RemarkRehypeOptions;
  // No parser: the tree comes from parse.ts (the gate's, or parsed here).
  const processor = unified()
    .use(createRemarkPlugins(options))
    .use([[remarkRehype, toHast]])
    .use(rehypePlugins)
    .use(rehypeCompactTables)
    .use(rehypeStringify) as unknown as Processor;
  return async (source, path, frontmatter, tree) => {
    const file = new VFile({ value: source, path, data: { astro: { frontmatter } } });
    const html = String(processor.stringify((await processor.run(tree ? structuredClone(tree) : parseMdx(source), file)) as never, file));
    const read = file.data[BODY_CITATIONS] as BodyCitations | undefined;
    if (!read) throw new Error(`${path}: the citation links did not run (plugins.ts)`);
    return { html, text: read.text, citations: read.citations };
  };
}

/** The body's HTML before and after the signature block (after is '' when it ends the body). */
export function splitAtSignature(html: string): { before: string; after: string } {
  const at = html.indexOf(SIGNATURE_MARKER);
  if (at === -1) return { before: html, after: '' };
  return { before: html.slice(0, at), after: html.slice(at + SIGNATURE_MARKER.length) };
}

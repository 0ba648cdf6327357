/**
 * The Markdown pipeline of the portal, in one place: GFM by remark-gfm (the design names
 * it), then our transforms. Each transform's logic is a pure function in its own module;
 * this list is what astro.config.mjs and the tests both use, so that the processor is a
 * one-line choice.
 */
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { rehypeAsciiHeadingIds } from './heading-ids';
import { remarkMdxAllowlist } from './mdx-allowlist';
import { remarkNormalizeText } from './normalize-text';
import { remarkSignatureSlot } from './signature-slot';
import { remarkCitationLinks } from './citation-links';
import { rehypeTableScroll } from './table-scroll';
import { rehypeCellSeparators } from './cell-separators';

/**
 * The remark plugins, given the names of provinces and districts (for the citation
 * links' context). Order matters: the allowlist sees the author's tree; text is composed
 * before citations are read (the citation links leave the text and the citations they read
 * on the file, for the renderer); the signature slot comes last.
 */
export function createRemarkPlugins(options: { unitNames: ReadonlyMap<string, string> }): PluggableList {
  return [remarkGfm, remarkMdxAllowlist, remarkNormalizeText, [remarkCitationLinks, options], remarkSignatureSlot];
}
export const rehypePlugins: PluggableList = [rehypeAsciiHeadingIds, rehypeCellSeparators, rehypeTableScroll];

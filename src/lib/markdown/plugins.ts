/**
 * The Markdown pipeline of the portal, in one place: GFM by remark-gfm (the design names
 * it), then our transforms. Each transform's logic is a pure function in its own module;
 * this list is what astro.config.mjs and the tests both use, so that the processor is a
 * one-line choice.
 */
import remarkGfm from 'remark-gfm';
import { rehypeAsciiHeadingIds } from './heading-ids';
import { remarkMdxAllowlist } from './mdx-allowlist';
import { remarkNormalizeText } from './normalize-text';
import { remarkSignatureSlot } from './signature-slot';
import { rehypeTableScroll } from './table-scroll';

export const remarkPlugins = [remarkGfm, remarkMdxAllowlist, remarkNormalizeText, remarkSignatureSlot];
export const rehypePlugins = [rehypeAsciiHeadingIds, rehypeTableScroll];

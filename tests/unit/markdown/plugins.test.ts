import { describe, expect, it } from 'vitest';
import remarkGfm from 'remark-gfm';
import { createRemarkPlugins, rehypePlugins } from '../../../src/lib/markdown/plugins';
import { remarkMdxAllowlist } from '../../../src/lib/markdown/mdx-allowlist';
import { remarkNormalizeText } from '../../../src/lib/markdown/normalize-text';
import { remarkCitationLinks } from '../../../src/lib/markdown/citation-links';
import { remarkSignatureSlot } from '../../../src/lib/markdown/signature-slot';
import { rehypeAsciiHeadingIds } from '../../../src/lib/markdown/heading-ids';
import { rehypeCellSeparators } from '../../../src/lib/markdown/cell-separators';
import { rehypeTableScroll } from '../../../src/lib/markdown/table-scroll';

describe('Markdown plugins', () => {
  it('runs GFM, the allowlist on the author’s tree, normalisation before the citation links, and the signature slot last', () => {
    const unitNames = new Map([['quang-tri', 'Quảng Trị']]);
    expect(createRemarkPlugins({ unitNames })).toEqual([remarkGfm, remarkMdxAllowlist, remarkNormalizeText, [remarkCitationLinks, { unitNames }], remarkSignatureSlot]);
  });
  it('gives headings their ids, then separates cells, then wraps tables', () => {
    expect(rehypePlugins).toEqual([rehypeAsciiHeadingIds, rehypeCellSeparators, rehypeTableScroll]);
  });
});

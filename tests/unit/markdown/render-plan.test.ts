import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../src/lib/citations';
import { citationContext } from '../../../src/lib/citation-context';
import { bodyTextOfSource } from '../../../src/lib/markdown/body-text';
import { parseMdx } from '../../../src/lib/markdown/parse';
import { splitAtSignature } from '../../../src/lib/markdown/render-plan';
import { SIGNATURE_MARKER } from '../../../src/lib/markdown/signature-slot';
import { renderLikeThePortal, renderPlan } from '../../helpers/render';

describe('render plan', () => {
  it('marks the signature in the HTML, where the page cuts the body to put the signature block', async () => {
    const html = await renderLikeThePortal('Text.\n\n## Phụ lục\n\nx');
    expect(html).toBe(`<p>Text.</p>\n${SIGNATURE_MARKER}\n<h2 id="muc-phu-luc">Phụ lục</h2>\n<p>x</p>`);
    expect(splitAtSignature(html)).toEqual({ before: '<p>Text.</p>\n', after: '\n<h2 id="muc-phu-luc">Phụ lục</h2>\n<p>x</p>' });
    expect(splitAtSignature(await renderLikeThePortal('Text.'))).toEqual({ before: '<p>Text.</p>\n', after: '' });
  });
  it('keeps the reading text the citation links read, so that nothing parses the body again', async () => {
    const source = '## I. Mục đích\n\nThực hiện Kế hoạch số 08/KH-UBND.\n\n| a | b |\n| - | - |\n| 1 | 2 |';
    const rendered = await renderPlan(source, 'x.mdx', { province: 'quang-tri', year: 2024 });
    expect(rendered.text).toBe(bodyTextOfSource(source).text);
    expect(rendered.text).toContain('Thực hiện Kế hoạch số 08/KH-UBND.');
    // From the gate's tree, the same HTML as from the source.
    expect((await renderPlan(source, 'x.mdx', { province: 'quang-tri', year: 2024 }, parseMdx(source))).html).toBe(rendered.html);
  });
  it('returns every citation the links found, of every kind, so that the citation index does not look for them again', async () => {
    const source = 'Số: 84/KH-UBND\n\nThực hiện Kế hoạch số 08/KH-UBND ngày 08/01/2024 của UBND tỉnh.\n\nKế hoạch này được triển khai.';
    const frontmatter = { province: 'quang-tri', date: '2024-01-12', year: 2024, number: '84/KH-UBND' };
    const rendered = await renderPlan(source, 'x.mdx', frontmatter);
    const context = citationContext({ ...frontmatter, district: null }, new Map([['quang-tri', 'Quảng Trị']]));
    expect(rendered.citations).toEqual(findCitations(rendered.text, context));
    expect(rendered.citations.map((c) => [c.kind, c.key])).toEqual([
      ['self', 'quang-tri-84-kh-ubnd-2024'],
      ['full', 'quang-tri-08-kh-ubnd-2024'],
      ['anaphoric', 'quang-tri-84-kh-ubnd-2024'],
    ]);
    // Only the citation of another document is a link.
    expect(rendered.html.match(/<a [^>]*>/g)).toEqual(['<a href="/van-ban/quang-tri-08-kh-ubnd-2024/" class="cite" data-key="quang-tri-08-kh-ubnd-2024">']);
    // From the gate's tree: the same citations.
    expect((await renderPlan(source, 'x.mdx', frontmatter, parseMdx(source))).citations).toEqual(rendered.citations);
  });
  it('cannot be forged by a plan: an HTML comment in the body is refused', async () => {
    await expect(renderLikeThePortal(`Text.\n\n${SIGNATURE_MARKER}`)).rejects.toThrow(/MDX code is not allowed|Unexpected character/);
  });
  it('renders GFM tables through remark-gfm', async () => {
    expect(await renderLikeThePortal('| a | b |\n| - | - |\n| 1 | 2 |')).toMatch(/<table><thead><tr><th>a\n<\/th><th>b\n<\/th><\/tr><\/thead><tbody><tr><td>1\n<\/td>/);
  });
  it('does not change the tree it is given (the gate keeps it)', async () => {
    const tree = parseMdx('Thực hiện Kế hoạch số 08/KH-UBND ngày 08/01/2024.');
    const before = structuredClone(tree);
    await renderPlan('Thực hiện Kế hoạch số 08/KH-UBND ngày 08/01/2024.', 'x.mdx', { province: 'quang-tri', year: 2024 }, tree);
    expect(tree).toEqual(before);
  });
  it('splits at the first marker only', () => {
    expect(splitAtSignature(`a${SIGNATURE_MARKER}b${SIGNATURE_MARKER}c`)).toEqual({ before: 'a', after: `b${SIGNATURE_MARKER}c` });
  });
});

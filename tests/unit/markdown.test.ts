import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/markdown/parse';
import { findMdxViolations } from '../../src/lib/markdown/mdx-allowlist';
import { bodyTextOfSource } from '../../src/lib/markdown/body-text';
import { createPlanRenderer, splitAtSignature } from '../../src/lib/markdown/render-plan';
import { findAppendixIndex, insertSignatureSlot, SIGNATURE_MARKER, SIGNATURE_NODE } from '../../src/lib/markdown/signature-slot';

const renderPlan = createPlanRenderer({ unitNames: new Map([['quang-tri', 'Quảng Trị']]) });

const parse = parseMdx;

/** Renders a body through the portal's real pipeline, as the plans loader does. */
async function renderLikeThePortal(mdx: string, path = `${process.cwd()}/content/plans/x/y/2024/z.mdx`) {
  return (await renderPlan(mdx, path, { province: 'quang-tri', year: 2024 })).html;
}

describe('MDX allowlist', () => {
  it.each([
    ['import X from "./x.js"\n\nText', 'import/export statement'],
    ['export const a = 1\n\nText', 'import/export statement'],
    ['Text {1 + 1} more', 'JavaScript expression {…}'],
    ['{alert(1)}', 'JavaScript expression {…}'],
    ['<script>alert(1)</script>', 'tag <script>'],
    ['Click <a href="javascript:alert(1)">here</a>', 'tag <a>'],
    ['<div onclick="alert(1)">x</div>', 'tag <div>'],
    ['<>fragment</>', 'fragment <>'],
    ['[x](javascript:alert(1))', 'link to "javascript:alert(1)" (only http, https, mailto, tel or relative links)'],
    [
      '![x](data:image/svg+xml,<svg/onload=alert(1)>)',
      'image "data:image/svg+xml,<svg/onload=alert(1)>" from another origin: the portal loads nothing from elsewhere; put the file in content/images/ and give its relative path',
    ],
    ['![x](https://example.com/a.png)', 'image "https://example.com/a.png" from another origin: the portal loads nothing from elsewhere; put the file in content/images/ and give its relative path'],
    ['![x](//example.com/a.png)', 'image "//example.com/a.png" from another origin: the portal loads nothing from elsewhere; put the file in content/images/ and give its relative path'],
    [
      '![x][r]\n\n[r]: https://example.com/a.png',
      'image "https://example.com/a.png" from another origin: the portal loads nothing from elsewhere; put the file in content/images/ and give its relative path',
    ],
    ['[x]: vbscript:msgbox\n\n[y][x]', 'link to "vbscript:msgbox" (only http, https, mailto, tel or relative links)'],
  ])('refuses %j', (mdx, found) => {
    expect(findMdxViolations(parse(mdx)).map((v) => v.found)).toEqual([found]);
  });

  it('accepts plain Markdown with escaped braces and angle brackets', () => {
    expect(findMdxViolations(parse('Chỉ số \\{PCI\\} \\<b\\> và **đậm** *nghiêng*\n\n| a | b |\n| - | - |\n| 1 | 2 |'))).toEqual([]);
  });

  it('fails compilation with the file, the field and the line', async () => {
    await expect(renderLikeThePortal('# Title\n\nText\n\n<script>alert(1)</script>')).rejects.toThrow(
      /content\/plans\/x\/y\/2024\/z\.mdx › body: MDX code is not allowed[\s\S]*line 5:1: tag <script>/,
    );
  });
});

describe('text normalisation', () => {
  it('publishes decomposed text composed', async () => {
    const html = await renderLikeThePortal('Cải cách hành chính *Đồng Khởi*'.normalize('NFD'));
    expect(html).toContain('Cải cách hành chính'.normalize('NFC'));
    expect(html).toContain('<em>Đồng Khởi</em>'.normalize('NFC'));
    expect(html).not.toContain('Cải cách'.normalize('NFD'));
  });
});

describe('signature slot', () => {
  it('goes before the appendix heading', () => {
    const tree = insertSignatureSlot(parse('Text.\n\n## PHỤ LỤC\n\n| a |\n| - |\n| 1 |'));
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', SIGNATURE_NODE, 'heading', 'table']);
    expect(findAppendixIndex(parse('## Phụ lục\n\nx'))).toBe(0);
  });
  it('goes at the end when there is no appendix', () => {
    const tree = insertSignatureSlot(parse('## I. Mục đích\n\nText.'));
    expect(tree.children.at(-1)?.type).toBe(SIGNATURE_NODE);
  });
  it('is marked in the HTML, where the page cuts the body to put the signature block', async () => {
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
  it('cannot be forged by a plan: an HTML comment in the body is refused', async () => {
    await expect(renderLikeThePortal(`Text.\n\n${SIGNATURE_MARKER}`)).rejects.toThrow(/MDX code is not allowed|Unexpected character/);
  });
});

describe('rendered HTML', () => {
  it('gives headings ASCII, unique ids and wraps tables for scrolling', async () => {
    const html = await renderLikeThePortal('## I. Mục đích, yêu cầu\n\n## I. Mục đích, yêu cầu\n\n| Số TT | Nội dung |\n| - | - |\n| 1 | Đài |');
    expect(html).toMatch(/<h2 id="muc-i-muc-dich-yeu-cau">/);
    expect(html).toMatch(/<h2 id="muc-i-muc-dich-yeu-cau-1">/);
    expect(html).toMatch(/<section class="table-scroll" tabindex="0"[^>]*><table>/);
  });
  it('keeps body heading ids in their own namespace: "Nội dung" and "Nơi nhận" cannot take the page’s ids', async () => {
    const html = await renderLikeThePortal('## Nội dung\n\n## Nơi nhận\n\n## Nhiệm vụ');
    expect(html).toMatch(/<h2 id="muc-noi-dung">/);
    expect(html).toMatch(/<h2 id="muc-noi-nhan">/);
    expect(html).toMatch(/<h2 id="muc-nhiem-vu">/);
    expect(html).not.toMatch(/<h2 id="noi-dung">/);
  });
  it('renders GFM tables through remark-gfm', async () => {
    expect(await renderLikeThePortal('| a | b |\n| - | - |\n| 1 | 2 |')).toMatch(/<table><thead><tr><th>a\n<\/th><th>b\n<\/th><\/tr><\/thead><tbody><tr><td>1\n<\/td>/);
  });
});

describe('parse', () => {
  it('parses GFM tables and MDX syntax, so that the allowlist sees what an author wrote', () => {
    const tree = parseMdx('| a | b |\n| - | - |\n| 1 | 2 |\n\n{1 + 1}');
    expect(tree.children.map((node) => node.type)).toEqual(['table', 'mdxFlowExpression']);
  });

  it('throws on MDX that does not parse', () => {
    expect(() => parseMdx('<b>unclosed')).toThrow();
  });
});

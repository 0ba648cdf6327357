import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/markdown/parse';
import { VFile } from 'vfile';
import { createRemarkPlugins, rehypePlugins } from '../../src/lib/markdown/plugins';

const remarkPlugins = [...createRemarkPlugins({ unitNames: new Map([['quang-tri', 'Quảng Trị']]) })];
import { findMdxViolations } from '../../src/lib/markdown/mdx-allowlist';
import { findAppendixIndex, insertSignatureSlot } from '../../src/lib/markdown/signature-slot';

const parse = parseMdx;

/** Compiles MDX through the portal's real plugin list, as @astrojs/mdx does. */
async function compileLikeThePortal(mdx: string, path = `${process.cwd()}/content/plans/x/y/2024/z.mdx`) {
  return String(await compile(new VFile({ value: mdx, path }), { remarkPlugins, rehypePlugins }));
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
    ['![x](data:image/svg+xml,<svg/onload=alert(1)>)', 'image "data:image/svg+xml,<svg/onload=alert(1)>" from another origin: the portal loads nothing from elsewhere; put the file in content/images/ and give its relative path'],
    ['![x](https://example.com/a.png)', 'image "https://example.com/a.png" from another origin: the portal loads nothing from elsewhere; put the file in content/images/ and give its relative path'],
    ['![x](//example.com/a.png)', 'image "//example.com/a.png" from another origin: the portal loads nothing from elsewhere; put the file in content/images/ and give its relative path'],
    ['![x][r]\n\n[r]: https://example.com/a.png', 'image "https://example.com/a.png" from another origin: the portal loads nothing from elsewhere; put the file in content/images/ and give its relative path'],
    ['[x]: vbscript:msgbox\n\n[y][x]', 'link to "vbscript:msgbox" (only http, https, mailto, tel or relative links)'],
  ])('refuses %j', (mdx, found) => {
    expect(findMdxViolations(parse(mdx)).map((v) => v.found)).toEqual([found]);
  });

  it('accepts plain Markdown with escaped braces and angle brackets', () => {
    expect(findMdxViolations(parse('Chỉ số \\{PCI\\} \\<b\\> và **đậm** *nghiêng*\n\n| a | b |\n| - | - |\n| 1 | 2 |'))).toEqual([]);
  });

  it('fails compilation with the file, the field and the line', async () => {
    await expect(compileLikeThePortal('# Title\n\nText\n\n<script>alert(1)</script>')).rejects.toThrow(
      /content\/plans\/x\/y\/2024\/z\.mdx › body: MDX code is not allowed[\s\S]*line 5:1: tag <script>/,
    );
  });
});

describe('text normalisation', () => {
  it('publishes decomposed text composed', async () => {
    const js = await compileLikeThePortal('Cải cách hành chính *Đồng Khởi*'.normalize('NFD'));
    expect(js).toContain('Cải cách hành chính'.normalize('NFC'));
    expect(js).toContain('Đồng Khởi'.normalize('NFC'));
    expect(js).not.toContain('Cải cách'.normalize('NFD'));
  });
});

describe('signature slot', () => {
  it('goes before the appendix heading', () => {
    const tree = insertSignatureSlot(parse('Text.\n\n## PHỤ LỤC\n\n| a |\n| - |\n| 1 |'));
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'mdxJsxFlowElement', 'heading', 'table']);
    expect(findAppendixIndex(parse('## Phụ lục\n\nx'))).toBe(0);
  });
  it('goes at the end when there is no appendix', () => {
    const tree = insertSignatureSlot(parse('## I. Mục đích\n\nText.'));
    expect(tree.children.at(-1)?.type).toBe('mdxJsxFlowElement');
  });
  it('is rendered by the component the page supplies', async () => {
    const js = await compileLikeThePortal('Text.\n\n## Phụ lục\n\nx');
    expect(js).toMatch(/PlanSignature/);
  });
});

describe('rendered HTML', () => {
  it('gives headings ASCII, unique ids and wraps tables for scrolling', async () => {
    const js = await compileLikeThePortal('## I. Mục đích, yêu cầu\n\n## I. Mục đích, yêu cầu\n\n| Số TT | Nội dung |\n| - | - |\n| 1 | Đài |');
    expect(js).toMatch(/id: "muc-i-muc-dich-yeu-cau"/);
    expect(js).toMatch(/id: "muc-i-muc-dich-yeu-cau-1"/);
    expect(js).toMatch(/className: "table-scroll"/);
  });
  it('keeps body heading ids in their own namespace: "Nội dung" and "Nơi nhận" cannot take the page’s ids', async () => {
    const js = await compileLikeThePortal('## Nội dung\n\n## Nơi nhận\n\n## Nhiệm vụ');
    expect(js).toMatch(/id: "muc-noi-dung"/);
    expect(js).toMatch(/id: "muc-noi-nhan"/);
    expect(js).toMatch(/id: "muc-nhiem-vu"/);
    expect(js).not.toMatch(/id: "noi-dung"/);
  });
  it('renders GFM tables through remark-gfm', async () => {
    expect(await compileLikeThePortal('| a | b |\n| - | - |\n| 1 | 2 |')).toMatch(/_components\.table/);
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

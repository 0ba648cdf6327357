import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseMdx as parse } from '../../../src/lib/markdown/parse';
import { findMdxViolations, formatMdxViolations, isSafeUrl, MAX_BODY_BYTES, remarkMdxAllowlist } from '../../../src/lib/markdown/mdx-allowlist';
import { renderLikeThePortal } from '../../helpers/render';

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

  it('gives each violation its line and column, in document order', () => {
    expect(findMdxViolations(parse('Text\n\nMore {x} and <b>y</b>'))).toEqual([
      { line: 3, column: 6, found: 'JavaScript expression {…}' },
      { line: 3, column: 14, found: 'tag <b>' },
    ]);
  });

  it('formats the message with the file, every violation and how to write a literal brace', () => {
    expect(
      formatMdxViolations('content/plans/a.mdx', [
        { line: 3, column: 6, found: 'JavaScript expression {…}' },
        { line: null, column: null, found: 'a file of 5.0 MB (a plan is at most 1 MB)' },
      ]),
    ).toBe(
      'content/plans/a.mdx › body: MDX code is not allowed in a plan (only plain Markdown):\n' +
        '  - line 3:6: JavaScript expression {…}\n' +
        '  - line ?: a file of 5.0 MB (a plan is at most 1 MB)\n' +
        '  Write a literal {, }, < or > as \\{, \\}, \\< or \\>.',
    );
  });

  it('tells safe link targets from code', () => {
    for (const url of ['https://chinhphu.vn/', 'http://x.vn', 'mailto:a@b.vn', 'tel:0123', '/ke-hoach/', '#muc-i', 'phu-luc.pdf']) expect(isSafeUrl(url), url).toBe(true);
    for (const url of ['javascript:alert(1)', '  JaVa\tScRiPt:alert(1)', 'data:text/html,x', 'vbscript:msgbox']) expect(isSafeUrl(url), url).toBe(false);
  });

  it('refuses a body over the size limit before looking at its tree', () => {
    const plugin = remarkMdxAllowlist();
    const big = 'a'.repeat(MAX_BODY_BYTES + 1);
    expect(() => plugin(parse('Text'), new VFile({ value: big, path: `${process.cwd()}/content/plans/big.mdx` }))).toThrow(
      /^content\/plans\/big\.mdx › body: MDX code is not allowed in a plan \(only plain Markdown\):\n {2}- line \?: a file of 1\.0 MB \(a plan is at most 1 MB\)/,
    );
    expect(() => plugin(parse('Text'), new VFile({ value: 'Text' }))).not.toThrow();
    expect(() => plugin(parse('{x}'), new VFile({ value: '{x}' }))).toThrow(/^<unknown file> › body: .*\n {2}- line 1:1: JavaScript expression/);
  });
});

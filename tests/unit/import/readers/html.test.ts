/** Saved web pages: decoding by the declared charset, boilerplate dropped, header and other tables. */
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml, htmlBlocks, readHtml } from '../../../../src/lib/import/readers/html';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Cổng</title><script>var x = 1;</script></head><body>
<nav class="menu"><a href="/">Trang chủ</a></nav>
<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH LÀO CAI</p><p>Số: 12/KH-UBND</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Lào Cai, ngày 5 tháng 1 năm 2026</p></td></tr></table>
<h1>KẾ HOẠCH</h1><p>Tuyên truyền <b>cải cách</b> hành chính</p>
<table><tr><th>STT</th><th>Nội dung</th></tr><tr><td>1</td><td>Tuyên truyền</td></tr></table>
<div class="footer">Bản quyền</div></body></html>`;

describe('html', () => {
  it('reads the header table cell by cell, other tables as rows, and drops navigation, scripts and footers', () => {
    expect(htmlBlocks(PAGE)).toEqual([
      ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'Số: 12/KH-UBND'],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Lào Cai, ngày 5 tháng 1 năm 2026'],
      ['KẾ HOẠCH'],
      ['Tuyên truyền cải cách hành chính'],
      ['STT\tNội dung', '1\tTuyên truyền'],
    ]);
  });

  it('reads through the one form an ASP.NET page wraps itself in, and still drops a search form', () => {
    // The old national legal database (SharePoint) puts the whole body in <form id="aspnetForm">.
    const body = `<p>Điều 1. ${'Bộ luật hình sự có nhiệm vụ bảo vệ chủ quyền quốc gia. '.repeat(60)}</p>`;
    const html = `<html><body><form class="x"><input name="q"><p>Tìm kiếm</p></form><form id="aspnetForm"><div class="fulltext"><table><tr><td><b>QUỐC HỘI</b><div>Số: 100/2015/QH13</div></td></tr></table>${body}</div></form></body></html>`;
    const text = htmlBlocks(html).flat().join('\n');
    expect(text).toMatch(/QUỐC HỘI/);
    expect(text).toMatch(/Số: 100\/2015\/QH13/);
    expect(text).toMatch(/^Điều 1\./m);
    expect(text).not.toMatch(/Tìm kiếm/);
  });

  it('decodes by the declared charset and says which', () => {
    const page = Buffer.concat([
      Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>K'),
      Buffer.from([0xca]),
      Buffer.from('</p></body></html>'),
    ]);
    expect(declaredCharset(page)).toBe('windows-1258');
    expect(decodeHtml(page)).toMatchObject({ charset: 'windows-1258', html: expect.stringContaining('KÊ') });
    expect(readHtml(page).notes[0]).toBe('web page decoded as windows-1258 (declared); navigation and scripts dropped');
    expect(() => decodeHtml(Buffer.from('<meta charset="x-nothing">'))).toThrow(/declares the charset "x-nothing"/);
  });
});

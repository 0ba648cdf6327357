import { describe, expect, it } from 'vitest';
import { indexedHtml } from '../../../src/lib/search/indexed-html';

const page = (article: string) =>
  `<!DOCTYPE html><html lang="vi"><head><title>T</title><meta name="x" content="y"></head><body><header><nav>Menu</nav></header><main>${article}</main><footer>Chân trang</footer></body></html>`;
const wrapped = (region: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body>${region}</body></html>`;

describe('indexedHtml', () => {
  it('keeps the data-pagefind-body element only, without header, navigation and footer', () => {
    const article = '<article class="document" data-pagefind-body><h1 data-pagefind-meta="title">Kế hoạch</h1><div><p>Nội dung</p></div></article>';
    expect(indexedHtml(page(article))).toBe(wrapped(article));
  });

  it('drops the ignored panels inside it, nested elements of the same name included', () => {
    const article =
      '<article data-pagefind-body><p>Một</p><div class="side" data-pagefind-ignore><div><div>Kế hoạch tương tự</div></div><aside data-pagefind-ignore>x</aside></div><p>Hai</p><aside class="facts" data-pagefind-ignore><dl><dt>Số</dt></dl></aside></article>';
    expect(indexedHtml(page(article))).toBe(wrapped('<article data-pagefind-body><p>Một</p><p>Hai</p></article>'));
  });

  it('keeps an ignored element that holds filters, metadata or sort keys (Pagefind still reads them)', () => {
    const record = '<div hidden data-pagefind-ignore><b data-pagefind-meta="so">84/KH-UBND</b><b data-pagefind-filter="tinh">quang-tri|Quảng Trị</b><b data-pagefind-sort="ngay">2024-01-12</b></div>';
    const article = `<article data-pagefind-body>${record}<p data-pagefind-ignore>Đến toàn văn</p><p>Văn bản</p></article>`;
    expect(indexedHtml(page(article))).toBe(wrapped(`<article data-pagefind-body>${record}<p>Văn bản</p></article>`));
  });

  it('does not count tags inside comments, scripts and styles, and handles void and self-closed elements', () => {
    const article =
      '<section data-pagefind-body><!-- <section> --><script>"<section>"</script><style>section{}</style><img data-pagefind-ignore src="a.png"><br/><svg data-pagefind-ignore><path d="M0"/></svg><section><p>Trong</p></section></section>';
    expect(indexedHtml(page(`${article}<section>Sau</section>`))).toBe(
      wrapped('<section data-pagefind-body><!-- <section> --><script>"<section>"</script><style>section{}</style><br/><section><p>Trong</p></section></section>'),
    );
  });

  it('gives null, so the whole page is indexed, when the body cannot be read with certainty', () => {
    expect(indexedHtml('<html><body><p>Không có vùng chỉ mục</p></body></html>')).toBeNull();
    expect(indexedHtml(page('<article data-pagefind-body><p>a</p></article><div data-pagefind-body>b</div>'))).toBeNull();
    // No end tag for the body element.
    expect(indexedHtml('<html><body><article data-pagefind-body><p>a</p></body></html>')).toBeNull();
    // An ignored element that never ends.
    expect(indexedHtml('<html><body><article data-pagefind-body><div data-pagefind-ignore><p>a</p></article></body></html>')).toBeNull();
    // An unterminated comment.
    expect(indexedHtml('<html><body><article data-pagefind-body><!-- a </article></body></html>')).toBeNull();
  });

  it('does not take text that merely mentions the attribute for the attribute', () => {
    const article = '<article data-pagefind-body><p>Thuộc tính data-pagefind-ignore và data-pagefind-body trong văn bản</p></article>';
    expect(indexedHtml(page(article))).toBe(wrapped(article));
  });
});

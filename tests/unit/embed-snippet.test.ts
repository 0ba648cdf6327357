import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/lib/embed-snippet';

/** Every character that matters in or around an HTML attribute. */
const SPECIAL = ['"', "'", '<', '>', '&', '`', '=', ' ', '/', '\t', '\n', '\r', '\u0000', '&quot;', '"><script>alert(1)</script>', '" onload="alert(1)', 'Sở Nội vụ', 'đ'];

describe('embedSnippet', () => {
  it('keeps any agency name inside the title attribute: one iframe, its own attributes only', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SPECIAL), { maxLength: 12 }), (parts) => {
        const title = parts.join('');
        const $ = cheerio.load(`<div>${embedSnippet('https://example.gov.vn/nhung/co-quan/quang-tri/so-noi-vu/', title)}</div>`);
        const iframe = $('iframe');
        expect(iframe.length).toBe(1);
        expect($('script').length).toBe(0);
        expect(Object.keys(iframe.attr() ?? {}).sort()).toEqual(['height', 'loading', 'src', 'style', 'title', 'width']);
        // The HTML parser turns NUL into U+FFFD and CRLF into LF, as it does for any attribute.
        expect(iframe.attr('title')).toBe(title.replace(/\u0000/g, '\uFFFD').replace(/\r\n?/g, '\n'));
        expect(iframe.attr('src')).toBe('https://example.gov.vn/nhung/co-quan/quang-tri/so-noi-vu/');
      }),
      { numRuns: 500 },
    );
  });

  it('writes the escapes', () => {
    expect(embedSnippet('https://x/', 'A "B" <C> & \'D\'')).toContain('title="A &quot;B&quot; &lt;C&gt; &amp; &#39;D&#39;"');
  });
});

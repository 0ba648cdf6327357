import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtmlAttr, escapeHtmlText, escapeRegExp, escapeXmlAttr, escapeXmlText, findXmlIllegal, jsonForScript, stripXmlIllegal } from '../../src/lib/escape';
import { isWellFormedXml } from '../helpers/xml';

const NASTY = `"'<>&\`= \t\n\r/x onload=alert(1) </script><!-- ]]> \u0000\u0001\u0008\u000B\u001F\u007F\u0085\uFFFE\uD800 Đồng Khởi`;

describe('escapeHtmlAttr', () => {
  it('escapes every character that matters inside a quoted attribute', () => {
    expect(escapeHtmlAttr(`a"b'c<d>e&f\`g`)).toBe('a&quot;b&#39;c&lt;d&gt;e&amp;f&#96;g');
  });

  it('keeps any value inside its attribute, whichever quote the template uses (parsed by an HTML parser)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('"', "'", '<', '>', '&', '`', '=', ' ', 'a', 'đ', '/', '\n'), maxLength: 40 }), (value) => {
        for (const quote of ['"', "'"]) {
          const $ = cheerio.load(`<iframe src="x" title=${quote}${escapeHtmlAttr(value)}${quote} width="1"></iframe>`);
          const iframe = $('iframe');
          expect(iframe.length).toBe(1);
          expect(iframe.attr('title')).toBe(value);
          expect(Object.keys(iframe.attr() ?? {}).sort()).toEqual(['src', 'title', 'width']);
        }
      }),
    );
  });
});

describe('escapeHtmlText', () => {
  it('escapes &, < and >, so no text opens a tag', () => {
    expect(escapeHtmlText('<script>a&b</script>')).toBe('&lt;script&gt;a&amp;b&lt;/script&gt;');
  });
});

describe('XML', () => {
  it('finds and strips the characters XML 1.0 forbids, keeping tab, LF, CR and Vietnamese', () => {
    expect(findXmlIllegal('a\u0001b\tc\uD800').map((x) => x.code)).toEqual(['U+0001', 'U+D800']);
    expect(stripXmlIllegal('a\u0000b\u0008c\td\ne\rf\u007F\u0085\uFFFF😀Đ')).toBe('abc\td\ne\rf😀Đ');
  });

  it('any string becomes well-formed XML text and attribute values (strict parser)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constant(NASTY)), (value) => {
        expect(isWellFormedXml(`<a t="${escapeXmlAttr(value)}" u='${escapeXmlAttr(value)}'>${escapeXmlText(value)}</a>`)).toBe(true);
      }),
    );
  });

  it('a control character left unescaped is ill-formed (the parser is strict)', () => {
    expect(isWellFormedXml('<a>\u0001</a>')).toBe(false);
    expect(isWellFormedXml('<a>&</a>')).toBe(false);
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element or open a comment, and is the same JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.constant('</script><!--<script>\u2028\u2029&')), (value) => {
        const text = jsonForScript({ name: value });
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual({ name: value });
        const $ = cheerio.load(`<script type="application/ld+json">${text}</script><p>after</p>`);
        expect(JSON.parse($('script').text())).toEqual({ name: value });
        expect($('p').text()).toBe('after');
      }),
    );
  });
});

describe('escapeRegExp', () => {
  it('escapes every syntax character, so that the text matches itself and nothing else', () => {
    expect(escapeRegExp('CCHC&PC (2021-2030) [x] {1} a.b*c+d?e^f$g|h\\i/j')).toBe('CCHC&PC \\(2021-2030\\) \\[x\\] \\{1\\} a\\.b\\*c\\+d\\?e\\^f\\$g\\|h\\\\i/j');
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
      }),
      { numRuns: 2000, seed: 20261202 },
    );
    expect(new RegExp(escapeRegExp('Quý I.')).test('Quý Ix')).toBe(false);
  });
});

/**
 * What of a page the search index is given: the page cut down to the part Pagefind reads.
 *
 * With a data-pagefind-body element on a page, Pagefind indexes only that element; inside
 * it, an element marked data-pagefind-ignore adds no text, though Pagefind still reads the
 * filters, metadata and sort keys it holds. A plan page carries much more: the header, the
 * navigation, the footer, the timeline, and inside the document the facts panel and the
 * relations panel (similar plans, the issuer's other plans). Those panels change whenever a
 * plan is added anywhere in the archive; the text Pagefind indexes does not.
 *
 * `indexedHtml` keeps the data-pagefind-body element, drops every data-pagefind-ignore
 * element inside it that holds no data-pagefind-filter, -meta or -sort, and wraps what is
 * left in an empty document. The index is built from that cut and the index cache
 * (index-cache.ts) keys on it, so a page whose panels changed but whose indexed content did
 * not leaves its index reusable. The cut holds everything Pagefind takes from the page,
 * which the build test checks: the index of the cut pages is byte for byte the index of
 * the whole pages.
 *
 * The scanner reads the portal's own output (well-formed, attribute values escaped by
 * Astro); it counts start and end tags of one name, skipping comments, scripts and styles.
 * Whatever it cannot read with certainty (no body element, two of them, an element whose
 * end it cannot find) makes it return null, and the caller indexes the whole page.
 */

/** Elements that never have an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Pagefind attributes whose values Pagefind reads even inside an ignored element. */
const READ_WHEN_IGNORED = /\sdata-pagefind-(?:filter|meta|sort)\b/;
const BODY_ATTRIBUTE = /\sdata-pagefind-body(?=[\s=/>])/g;
const IGNORE_ATTRIBUTE = /\sdata-pagefind-ignore(?=[\s=/>])/g;

/** The document the cut is wrapped in: Pagefind is told the language (forceLanguage), so nothing else of the page's head matters. */
const wrap = (region: string): string => `<!doctype html><html><head><meta charset="utf-8"></head><body>${region}</body></html>`;

interface Element {
  start: number;
  end: number;
}

/** The start of the tag that holds the attribute at `at`, and its name; null when `at` is not inside a start tag. */
function tagAround(html: string, at: number): { start: number; name: string; tagEnd: number } | null {
  const start = html.lastIndexOf('<', at);
  if (start === -1) return null;
  const match = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(start, start + 64));
  const tagEnd = html.indexOf('>', at);
  if (!match || tagEnd === -1 || html.lastIndexOf('>', at) > start) return null;
  return { start, name: match[1]!.toLowerCase(), tagEnd: tagEnd + 1 };
}

/**
 * The extent of the element whose start tag holds the attribute at `at`: from its `<` to
 * the end of its end tag. Null when it cannot be told.
 */
function elementAt(html: string, at: number): Element | null {
  const tag = tagAround(html, at);
  if (!tag) return null;
  if (VOID.has(tag.name) || html[tag.tagEnd - 2] === '/') return { start: tag.start, end: tag.tagEnd };
  if (tag.name === 'script' || tag.name === 'style') return null;
  const tokens = new RegExp(`<!--|<(script|style)\\b|<(/?)${tag.name}(?=[\\s/>])[^>]*>`, 'gi');
  tokens.lastIndex = tag.tagEnd;
  let depth = 1;
  for (let token = tokens.exec(html); token; token = tokens.exec(html)) {
    if (token[0] === '<!--') {
      const close = html.indexOf('-->', token.index + 4);
      if (close === -1) return null;
      tokens.lastIndex = close + 3;
    } else if (token[1]) {
      const close = html.toLowerCase().indexOf(`</${token[1].toLowerCase()}`, tokens.lastIndex);
      if (close === -1) return null;
      tokens.lastIndex = close;
    } else if (token[2] === '/') {
      depth--;
      if (depth === 0) return { start: tag.start, end: token.index + token[0].length };
    } else if (!token[0].endsWith('/>')) {
      depth++;
    }
  }
  return null;
}

/** Every match of a global attribute pattern in `html` that is an attribute of a start tag (not text that names it), as positions. */
function positions(html: string, pattern: RegExp): number[] {
  return [...html.matchAll(pattern)].map((match) => match.index).filter((at) => tagAround(html, at) !== null);
}

/**
 * The part of a page the search index reads, as a document of its own (above); null when
 * the page has no single data-pagefind-body element that can be read with certainty.
 */
export function indexedHtml(html: string): string | null {
  const bodies = positions(html, BODY_ATTRIBUTE);
  if (bodies.length !== 1) return null;
  const body = elementAt(html, bodies[0]!);
  if (!body) return null;
  let region = html.slice(body.start, body.end);
  // Outermost ignored elements first; one that is cut takes the ignored ones inside it along.
  let from = 0;
  for (;;) {
    const found = positions(region, IGNORE_ATTRIBUTE).find((at) => at >= from);
    if (found === undefined) break;
    const element = elementAt(region, found);
    if (!element) return null;
    const inner = region.slice(element.start, element.end);
    if (READ_WHEN_IGNORED.test(inner)) {
      // Kept whole: it holds values Pagefind reads (the search record).
      from = element.end;
    } else {
      region = region.slice(0, element.start) + region.slice(element.end);
      from = element.start;
    }
  }
  return wrap(region);
}

/**
 * Reader for saved web pages (.html/.htm: an agency portal's page, a legal library's page, a
 * Word "Save as Web Page" export) and for the HTML that mammoth makes of a .docx. Decodes by
 * the declared charset (windows-1258 and the rest of the WHATWG list, through TextDecoder),
 * parses with a real HTML parser (rehype-parse), drops navigation and boilerplate, reads the
 * two-column header table as header cells and every other table as rows of cells.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { blocksToText, type SourceText } from '../source-text';

/** The charset a page declares in its first 4 KB (meta charset or http-equiv), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Decodes a page by its BOM or declared charset (UTF-8 when none). Throws with what was declared. */
export function decodeHtml(bytes: Uint8Array): { html: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { html: new TextDecoder('utf-16le').decode(bytes), charset: 'utf-16le' };
  const declared = declaredCharset(bytes);
  const label = declared === 'unicode' ? 'utf-16le' : (declared ?? 'utf-8');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    throw new Error(`declares the charset "${declared}", which cannot be decoded`);
  }
  return { html: decoder.decode(bytes), charset: decoder.encoding };
}

const DROP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe', 'svg', 'head', 'template']);
const BOILERPLATE = /(^|[\s_-])(menu|nav|navbar|breadcrumb|footer|sidebar|share|social|comment|related|banner|header-top|topbar|login|search)([\s_-]|$)/i;
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'section', 'article', 'main', 'body', 'center', 'dd', 'dt', 'pre']);

/** Characters of text under a node, outside what is dropped; stops counting at `limit`. */
function textLength(node: ElementContent, limit: number, seen = 0): number {
  if (node.type === 'text') return seen + node.value.trim().length;
  if (node.type !== 'element' || (DROP.has(node.tagName) && node.tagName !== 'form')) return seen;
  for (const child of node.children) {
    seen = textLength(child, limit, seen);
    if (seen >= limit) break;
  }
  return seen;
}

/**
 * A form is a search box or a login to drop, but ASP.NET pages (the old national legal
 * database, many provincial portals on SharePoint) wrap the whole page in one form: read through
 * a form that holds the text of a document (more than 2,000 characters outside scripts).
 */
const isPageForm = (form: Element) => textLength(form, 2000) >= 2000;

const classOf = (el: Element) => [el.properties?.className, el.properties?.id].flat().filter(Boolean).join(' ');

/** Inline text of an element, <br> as line breaks. */
function inlineText(node: ElementContent | RootContent, out: string[] = ['']): string[] {
  if (node.type === 'text') out[out.length - 1] += node.value.replace(/\s+/g, ' ');
  else if (node.type === 'element') {
    if (DROP.has(node.tagName)) return out;
    if (node.tagName === 'br') out.push('');
    else if (BLOCK.has(node.tagName) || node.tagName === 'table') {
      out.push('');
      for (const child of node.children) inlineText(child, out);
      out.push('');
    } else for (const child of node.children) inlineText(child, out);
  }
  return out;
}

const cellLines = (cell: Element) =>
  inlineText(cell)
    .map((l) => l.trim())
    .filter(Boolean);

/** The page (or docx HTML) as blocks of lines. */
export function htmlBlocks(html: string): string[][] {
  const tree = unified().use(rehypeParse, { fragment: false }).parse(html) as Root;
  const blocks: string[][] = [];
  const walk = (node: Root | ElementContent) => {
    if (node.type === 'comment' || (node.type === 'text' && !node.value.trim())) return;
    if (node.type === 'text') {
      blocks.push([node.value.trim()]);
      return;
    }
    if (node.type === 'element') {
      if (node.tagName === 'form' ? !isPageForm(node) : DROP.has(node.tagName) || BOILERPLATE.test(classOf(node))) return;
      if (node.tagName === 'table') {
        const rows: Element[] = [];
        const collect = (n: Element) => n.children.forEach((c) => c.type === 'element' && (c.tagName === 'tr' ? rows.push(c) : ['thead', 'tbody', 'tfoot'].includes(c.tagName) && collect(c)));
        collect(node);
        const cellsOf = (row: Element) => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
        const all = rows
          .map((r) => cellsOf(r).map(cellLines).join(' '))
          .join(' ')
          .normalize('NFC');
        // The header table (issuer | Quốc hiệu, number | place and date) and the signature
        // table (Nơi nhận | signer): each cell is a block of its own, left before right.
        if (/CỘNG H(O[ÀA]|ÒA) XÃ HỘI|Nơi nhận|^\s*Số\s*:/u.test(all) && rows.length <= 4) {
          for (const row of rows) for (const cell of cellsOf(row)) blocks.push(cellLines(cell));
          return;
        }
        let row0 = true;
        for (const row of rows) {
          const cells = cellsOf(row);
          const line: string[] = [];
          for (const cell of cells) {
            line.push(cellLines(cell).join(' '));
            const span = Number(cell.properties?.colSpan ?? 1);
            for (let s = 1; s < span && s < 20; s++) line.push('');
          }
          blocks.push([line.join('\t')]);
          row0 = false;
        }
        void row0;
        return;
      }
      if (BLOCK.has(node.tagName) && node.children.every((c) => c.type !== 'element' || (!BLOCK.has(c.tagName) && c.tagName !== 'table' && !(c.tagName === 'form' && isPageForm(c))))) {
        const lines = inlineText(node)
          .map((l) => l.trim())
          .filter(Boolean);
        if (lines.length) blocks.push(lines);
        return;
      }
      for (const child of node.children) walk(child);
      return;
    }
    if (node.type === 'root') for (const child of node.children) walk(child as ElementContent);
  };
  walk(tree);
  // Table rows are consecutive lines of one block, as the appendix reader expects.
  const merged: string[][] = [];
  for (const b of blocks) {
    if (b.length === 1 && b[0]!.includes('\t') && merged.at(-1)?.at(-1)?.includes('\t')) merged.at(-1)!.push(b[0]!);
    else merged.push(b);
  }
  return merged;
}

export function readHtml(bytes: Uint8Array): SourceText {
  const { html, charset } = decodeHtml(bytes);
  const notes = [`web page decoded as ${charset}${declaredCharset(bytes) ? ' (declared)' : ' (no charset declared)'}; navigation and scripts dropped`];
  if (/mso-|urn:schemas-microsoft-com:office/i.test(html.slice(0, 20000))) notes.push('a Word "Save as Web Page" export: Word markup ignored');
  return { text: blocksToText(htmlBlocks(html).map((b) => b.map((l) => l.normalize('NFC')))), format: 'html', corrections: [], notes };
}

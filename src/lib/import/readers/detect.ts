/**
 * The format of a file by its content (magic bytes, markup), not by its name: %PDF, a zip
 * holding word/document.xml, PNG/JPEG/TIFF, HTML markup, or UTF-8 text (Markdown or plain).
 */
export type DetectedFormat = 'pdf' | 'docx' | 'image' | 'html' | 'md' | 'txt';

export function detectFormat(bytes: Uint8Array, name: string): DetectedFormat | { error: string } {
  const head = (n: number) => Buffer.from(bytes.subarray(0, n));
  if (head(5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return Buffer.from(bytes).includes('word/document.xml') ? 'docx' : { error: 'is a zip archive but not a Word document (no word/document.xml)' };
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return { error: 'is an old Word/Excel .doc file (OLE); save it as .docx first' };
  if (head(8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image';
  if ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0x00)) return 'image';
  const start = head(2048)
    .toString('latin1')
    .replace(/^\uFEFF|^\xef\xbb\xbf/, '')
    .trimStart()
    .toLowerCase();
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html)/.test(start) || /<meta[^>]+charset|<body[\s>]/.test(start) || (/\.html?$/i.test(name) && start.startsWith('<'))) return 'html';
  if (bytes.includes(0)) return { error: 'looks binary (it contains NUL bytes) and is none of .docx, .pdf, an image, a web page or text' };
  return /\.(md|markdown)$/i.test(name) || /(^|\n)\s*(\*\*|#{1,6}\s|\|\s*$)/.test(Buffer.from(bytes.subarray(0, 8192)).toString('utf8')) ? 'md' : 'txt';
}

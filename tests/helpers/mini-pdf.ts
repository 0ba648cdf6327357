/**
 * Small real PDF files for the reader tests, written byte by byte (PDF 1.4, xref table): pages of
 * text lines in Helvetica (Latin-1 only, so Vietnamese letters outside it are not drawn), or a
 * page that is one grey image and has no text layer at all (what a scanner writes). pdf.js,
 * poppler and Tesseract read them as they read any other PDF.
 */
import { deflateSync } from 'node:zlib';

export interface PdfLine {
  x: number;
  y: number;
  size: number;
  text: string;
}

const escape = (s: string) => Buffer.from(s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)'), 'latin1');

function assemble(objects: Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    length += obj.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

const stream = (dict: string, data: Buffer) => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);

/** A PDF with a text layer: one page per array of lines (A4, points from the bottom left). */
export function textPdf(pages: PdfLine[][]): Buffer {
  // 1 catalog, 2 pages, 3 font, then per page: page, content.
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
  ];
  for (const [i, lines] of pages.entries()) {
    const content = Buffer.concat(lines.map((l) => Buffer.concat([Buffer.from(`BT /F1 ${l.size} Tf ${l.x} ${l.y} Td (`), escape(l.text), Buffer.from(') Tj ET\n')])));
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`));
    objects.push(stream('', content));
  }
  return assemble(objects);
}

/** A one-page PDF that is only an 8-bit grey image (width × height pixels, row by row), drawn over the whole page. */
export function imagePdf(pixels: Buffer, width: number, height: number): Buffer {
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>'),
    stream('', Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q')),
    stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, deflateSync(pixels)),
  ];
  return assemble(objects);
}

/** The pixels of a PGM (P5) file, as pdftoppm -gray writes it. */
export function readPgm(file: Buffer): { pixels: Buffer; width: number; height: number } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(file.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM file');
  const [, w, h] = header;
  return { pixels: file.subarray(header[0].length), width: Number(w), height: Number(h) };
}

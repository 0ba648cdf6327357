/** The format of a file by its content, not its name. */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { detectFormat } from '../../../../src/lib/import/readers/detect';
import { textPdf } from '../../../helpers/mini-pdf';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('detect', () => {
  it('knows PDF, Word, images, web pages and text by their bytes, whatever the name', async () => {
    expect(detectFormat(textPdf([[{ x: 72, y: 700, size: 12, text: 'KE HOACH' }]]), 'ke-hoach.txt')).toBe('pdf');
    const docx = new JSZip();
    docx.file('word/document.xml', '<w:document/>');
    expect(detectFormat(await docx.generateAsync({ type: 'uint8array' }), 'ke-hoach.bin')).toBe('docx');
    expect(detectFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'x')).toBe('image');
    expect(detectFormat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), 'x')).toBe('image');
    expect(detectFormat(bytes('<!DOCTYPE html><html><body>KẾ HOẠCH</body></html>'), 'ke-hoach.txt')).toBe('html');
    expect(detectFormat(bytes('**KẾ HOẠCH**\n\n|\n'), 'ke-hoach.txt')).toBe('md');
    expect(detectFormat(bytes('KẾ HOẠCH\nTuyên truyền'), 'ke-hoach.txt')).toBe('txt');
  });

  it('names what a file is when it is none of the formats', async () => {
    const zip = new JSZip();
    zip.file('anh.png', 'x');
    expect(detectFormat(await zip.generateAsync({ type: 'uint8array' }), 'ke-hoach.docx')).toEqual({ error: 'is a zip archive but not a Word document (no word/document.xml)' });
    expect(detectFormat(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]), 'ke-hoach.doc')).toEqual({ error: 'is an old Word/Excel .doc file (OLE); save it as .docx first' });
    expect(detectFormat(Uint8Array.from([1, 2, 0, 3]), 'x.bin')).toMatchObject({ error: expect.stringMatching(/^looks binary/) });
  });
});

/** One entry for every format: detection by content, then the reader; one-line errors. */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { MAX_BYTES, readSource } from '../../../../src/lib/import/readers';
import { textPdf } from '../../../helpers/mini-pdf';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readers (index)', () => {
  it('sends each format to its reader, by content', async () => {
    expect((await readSource(bytes('KẾ HOẠCH\nTuyên truyền'), 'a.txt')).format).toBe('txt');
    expect((await readSource(bytes('**KẾ HOẠCH**'), 'a.md')).format).toBe('md');
    expect((await readSource(bytes('<html><body><p>KẾ HOẠCH</p></body></html>'), 'a.txt')).format).toBe('html');
    const pdf = textPdf([[{ x: 72, y: 700, size: 12, text: 'Trien khai cong tac tuyen truyen cai cach hanh chinh nam 2026 tren dia ban tinh' }]]);
    expect((await readSource(pdf, 'a.docx')).format).toBe('pdf');
  });

  it('refuses with one line what it cannot read', async () => {
    await expect(readSource(new Uint8Array(), 'a.txt')).rejects.toThrow(/^is empty$/);
    await expect(readSource(new Uint8Array(MAX_BYTES + 1), 'a.txt')).rejects.toThrow(/MB; the import reads files up to/);
    await expect(readSource(Uint8Array.from([0x41, 0xff, 0xfe, 0x41]), 'a.txt')).rejects.toThrow('is not valid UTF-8 text');
    const zip = new JSZip();
    zip.file('x.txt', 'x');
    await expect(readSource(await zip.generateAsync({ type: 'uint8array' }), 'a.docx')).rejects.toThrow('is a zip archive but not a Word document (no word/document.xml)');
  });
});

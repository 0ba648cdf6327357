/** Word files: a .docx written by the docx package, read through mammoth. */
import { describe, expect, it } from 'vitest';
import { BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import JSZip from 'jszip';
import { readDocx } from '../../../../src/lib/import/readers/docx';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const cell = (lines: string[]) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) });

async function docx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({
            borders,
            rows: [new TableRow({ children: [cell(['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', 'Số: 12/KH-UBND']), cell(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Lào Cai, ngày 5 tháng 1 năm 2026'])] })],
          }),
          new Paragraph({ children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })] }),
          new Paragraph('Tuyên truyền cải cách hành chính năm 2026'),
          new Table({
            rows: [new TableRow({ children: [cell(['STT']), cell(['Nội dung'])] }), new TableRow({ children: [cell(['1']), cell(['Tuyên truyền'])] })],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('docx', () => {
  it('reads the header table as header cells, paragraphs as blocks and other tables as rows', async () => {
    const source = await readDocx(await docx());
    expect(source.format).toBe('docx');
    expect(source.text).toBe(
      'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLào Cai, ngày 5 tháng 1 năm 2026\n\nKẾ HOẠCH\n\nTuyên truyền cải cách hành chính năm 2026\n\nSTT\tNội dung\n1\tTuyên truyền\n',
    );
    expect(source.notes[0]).toMatch(/mammoth/);
  });

  it('says a zip without word/document.xml is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'xin chào');
    await expect(readDocx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow('is a zip archive but not a Word document (no word/document.xml)');
  });
});

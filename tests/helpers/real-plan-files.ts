/**
 * A .docx and a born-digital PDF made at test time, with well-kept tools, from a committed real
 * plan text (tests/fixtures/real/texts/2f6f80b9918e52de.md, Kế hoạch 172/KH-UBND of UBND Thành
 * phố Hồ Chí Minh; provenance in tests/fixtures/real/SOURCES.md): the .docx written by the
 * `docx` package with the two-column header table, the signature table and an appendix table;
 * the PDF printed by Debian's Chromium with page numbers in the footer. No binary is committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Browser } from 'playwright-core';
import { markdownBlocks } from '../../src/lib/import/readers/text';

const ROOT = new URL('../../', import.meta.url).pathname;
export const REAL = readFileSync(join(ROOT, 'tests/fixtures/real/texts/2f6f80b9918e52de.md'), 'utf8');

// The real text, cut into its parts (the blocks of the Markdown reader).
const blocks = markdownBlocks(REAL);
const at = (re: RegExp) => blocks.findIndex((b) => re.test(b.join(' ')));
export const LEFT = ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'Số: 172/KH-UBND'];
export const RIGHT = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025'];
export const TITLE = blocks[at(/^TRIỂN KHAI THI HÀNH/)]!.join(' ');
export const BODY = blocks
  .slice(at(/^Thực hiện Quyết định/), at(/^Nơi nhận/))
  .map((b) => b.join(' '))
  .filter((p) => p !== '* *' && p.trim());
export const RECIPIENTS = blocks[at(/^Nơi nhận/)]!;
export const SIGNER = blocks[at(/^KT\. CHỦ TỊCH/)]!;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
export const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  body { font-family: 'DejaVu Serif', serif; font-size: 13pt; margin: 0; }
  table.h { width: 100%; border-collapse: collapse; } table.h td { vertical-align: top; text-align: center; width: 50%; padding: 0; }
  p { text-indent: 1cm; text-align: justify; margin: 0 0 4pt 0; } h1 { text-align: center; font-size: 14pt; margin: 16pt 0 4pt; }
  .t { text-align: center; font-weight: bold; text-indent: 0; }
</style></head><body>
<table class="h"><tr><td>${LEFT.map((l) => `<div>${escape(l)}</div>`).join('')}</td><td>${RIGHT.map((l) => `<div>${escape(l)}</div>`).join('')}</td></tr></table>
<h1>KẾ HOẠCH</h1><p class="t">${escape(TITLE)}</p>
${BODY.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<table class="h"><tr><td style="text-align:left">${RECIPIENTS.map((l) => `<div>${escape(l)}</div>`).join('')}</td><td>${SIGNER.map((l) => `<div>${escape(l)}</div>`).join('')}</td></tr></table>
</body></html>`;

/** The plan as a Word file: header table, type word, title, body, signature table, an appendix table of the plan's own words. */
export async function realPlanDocx(): Promise<Buffer> {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const cell = (lines: string[], bold = false) =>
    new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l, bold })] })) });
  const task = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({ borders, rows: [new TableRow({ children: [cell(LEFT, true), cell(RIGHT, true)] })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: TITLE, bold: true })] }),
          ...BODY.map((p) => new Paragraph(p)),
          new Table({ borders, rows: [new TableRow({ children: [cell(RECIPIENTS), cell(SIGNER, true)] })] }),
          new Paragraph({ children: [new TextRun({ text: 'PHỤ LỤC', bold: true })] }),
          // Rows whose cells are the plan's own words (section II), to test tables read as rows.
          new Table({
            rows: [
              task(['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian']),
              task(['1', 'Phổ biến, giáo dục Luật Việc làm và các văn bản quy định chi tiết, hướng dẫn thi hành', 'Sở Nội vụ', 'Năm 2025 và các năm tiếp theo']),
              task(['2', 'Tổ chức tập huấn, bồi dưỡng, hướng dẫn chuyên môn, nghiệp vụ', 'Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Tài chính', 'Năm 2025 và các năm tiếp theo']),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The plan printed to PDF by Chromium, A4, with the page number in the footer. */
export async function realPlanPdf(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage();
  await page.setContent(PAGE);
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '2cm', bottom: '2cm', left: '3cm', right: '2cm' },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: '<div style="font-size:10pt;width:100%;text-align:center"><span class="pageNumber"></span></div>',
  });
  await page.close();
  return pdf;
}

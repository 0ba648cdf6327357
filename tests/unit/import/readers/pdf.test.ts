/** PDFs with a text layer, through pdf.js: lines rebuilt, page numbers removed and recorded. */
import { describe, expect, it } from 'vitest';
import { readPdf, textLayerProblem } from '../../../../src/lib/import/readers/pdf';
import { textPdf } from '../../../helpers/mini-pdf';

// Helvetica draws Latin-1 only: the words are written without the Vietnamese letters it lacks.
const PAGES = [
  [
    { x: 70, y: 750, size: 12, text: 'So: 12/KH-UBND' },
    { x: 250, y: 700, size: 14, text: 'KE HOACH' },
    { x: 90, y: 660, size: 12, text: 'Trien khai cong tac tuyen truyen cai cach hanh chinh nam 2026 tren dia ban' },
    { x: 72, y: 644, size: 12, text: 'tinh, bao dam dong bo.' },
    { x: 290, y: 40, size: 10, text: '1' },
  ],
  [
    { x: 90, y: 790, size: 12, text: 'I. MUC DICH' },
    { x: 290, y: 40, size: 10, text: '2' },
  ],
];

describe('pdf', () => {
  it('rebuilds the lines of the text layer, a paragraph’s lines in one block, and removes the page numbers, recording each', async () => {
    const source = await readPdf(textPdf(PAGES));
    expect(source.format).toBe('pdf');
    expect(source.text).toBe('So: 12/KH-UBND\n\nKE HOACH\n\nTrien khai cong tac tuyen truyen cai cach hanh chinh nam 2026 tren dia ban\ntinh, bao dam dong bo.\n\nI. MUC DICH\n');
    expect(source.corrections).toEqual([
      { original: '1', corrected: '', count: 1, reason: 'page number of the PDF removed' },
      { original: '2', corrected: '', count: 1, reason: 'page number of the PDF removed' },
    ]);
  });

  it('tells a scan or a layer without a Unicode map from a usable text layer', () => {
    expect(textLayerProblem('', 2)).toBe('has no text layer (a scan)');
    expect(textLayerProblem('ДЖИЙ'.repeat(30), 1)).toMatch(/without a Unicode map/);
    expect(textLayerProblem('Kế hoạch tuyên truyền cải cách hành chính năm 2026 của tỉnh', 1)).toBeNull();
  });

  it('says a file that is not a PDF is not readable', async () => {
    await expect(readPdf(new TextEncoder().encode('%PDF-1.4 broken'))).rejects.toThrow(/^is not a readable PDF/);
  });
});

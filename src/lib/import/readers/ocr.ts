/**
 * OCR for scanned PDFs and page images: pages rendered by pdftoppm (poppler-utils) at 300 dpi in
 * colour and made grey from the red channel (a red stamp fades: pnm.ts), read by Tesseract with
 * its Vietnamese data (tesseract-ocr, tesseract-ocr-vie) as TSV, so that every word carries its
 * box and confidence (ocr-tsv.ts). Layout-aware: the two places where a document prints two
 * columns side by side, the header of page 1 and the foot of the signed page ("Nơi nhận" beside
 * the signature block), are found from the page's word boxes (ocr-layout.ts) and each of their
 * columns is OCR'd on its own from a crop of the page (the signature's column with the stamp's
 * remains made white), instead of Tesseract's reading, which runs the columns into one line.
 * An image file, which is not decoded here, has those regions read from its own OCR, column by
 * column. A few confusions are fixed where the layout says what the text must be, and a
 * handwritten number, day or month read as junk is left blank (ocr-confusions.ts); every such
 * change is a recorded correction. The result keeps Tesseract's paragraphs as blocks, gives the
 * mean confidence per page and lists every line below the review threshold. A draft from a scan
 * is always a draft for a person to review. Tesseract runs on one thread unless OMP_THREAD_LIMIT
 * says otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blocksToText, recordCorrection, type OcrLine, type SourceCorrection, type SourceText } from '../source-text';
import { blankUnreadable, fixOcrConfusions, fixRecipientsColumn, fixSignerColumn, isNoise } from './ocr-confusions';
import { columnsOf, findFooterRegion, findHeaderRegion, placeOf, type ColumnRegion, type PageSize } from './ocr-layout';
import { linesToBlocks, meanConfidence, parseTsvWords, wordLines, type OcrTextLine } from './ocr-tsv';
import { clipLight, cropPnm, encodePnm, greyFromRed, parsePnm, SIGNATURE_CLIP, type Rect } from './pnm';

export { parseTsv } from './ocr-tsv';

/** Characters OCR reads for the ones printed: a fraction slash for "/", and the like. Each replacement is recorded. */
const LOOKALIKES: [RegExp, string, string][] = [
  [/\u2044/g, '/', 'OCR read a fraction slash (⁄) for the slash of a document number'],
  [/\u2215/g, '/', 'OCR read a division slash (∕) for a slash'],
  [/[\u2010\u2011]/g, '-', 'OCR read a Unicode hyphen for "-"'],
  // Vietnamese has no eth: "NQ/ÐĐU", "QÐ-UBND" are Đ read as the Icelandic letter.
  [/\u00d0/g, 'Đ', 'OCR read the letter eth (Ð), which Vietnamese does not use, for Đ'],
  [/\u00f0/g, 'đ', 'OCR read the letter eth (ð), which Vietnamese does not use, for đ'],
];
export function fixLookalikes(text: string, corrections: SourceCorrection[]): string {
  let out = text;
  for (const [re, to, reason] of LOOKALIKES) {
    out = out.replace(re, (m) => {
      recordCorrection(corrections, m, to, reason);
      return to;
    });
  }
  return out;
}

/** Lines whose mean word confidence is below this are marked for review. */
export const LOW_CONFIDENCE = 70;

export const OCR_INSTALL = 'OCR needs Tesseract with Vietnamese and poppler: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils (node scripts/ensure-ocr.mjs does it)';

/** Null when tesseract (with "vie") and pdftoppm are there, else what is missing. */
export function ocrMissing(): string | null {
  const t = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (t.error || t.status !== 0) return 'tesseract is not installed';
  if (!/^vie$/m.test(`${t.stdout}${t.stderr}`)) return 'Tesseract has no Vietnamese data (tesseract-ocr-vie)';
  const p = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' });
  if (p.error) return 'pdftoppm (poppler-utils) is not installed';
  return null;
}

/** The resolution pages are rendered at for OCR. */
const DPI = 300;
/** Tesseract's page segmentation for a whole page, and for a column of the header and of the foot. */
const PAGE_PSM = '3';
const COLUMN_PSM = { header: '6', footer: '4' } as const;

/** Runs Tesseract on one image file; TSV out. One thread unless OMP_THREAD_LIMIT says otherwise (the machine is shared). */
function tesseract(image: string, psm: string): string {
  return execFileSync('tesseract', [image, 'stdout', '-l', 'vie', '--psm', psm, 'tsv'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, OMP_THREAD_LIMIT: process.env.OMP_THREAD_LIMIT ?? '1' },
  });
}

interface PageRead {
  page: number;
  size: PageSize;
  /** The grey page image (PGM), when the reader rendered it and can crop it. */
  grey: string | null;
  lines: OcrTextLine[];
}

/** One column of a region, OCR'd on its own from the page image, as lines in page coordinates. */
function readColumn(dir: string, read: PageRead, rect: Rect, name: string, psm: string, block: number, clip = 256): OcrTextLine[] {
  if (rect.width < 10 || rect.height < 10) return [];
  const crop = join(dir, `${name}.pgm`);
  writeFileSync(crop, encodePnm(clipLight(cropPnm(parsePnm(readFileSync(read.grey!)), rect), clip)));
  return wordLines(parseTsvWords(tesseract(crop, psm), { dx: Math.floor(rect.left), dy: Math.floor(rect.top), block }));
}

/** A two-column region as lines: the left column, then the right one (each a block of its own). */
function readRegion(dir: string, read: PageRead, region: ColumnRegion, name: 'header' | 'footer'): OcrTextLine[][] {
  const { width } = read.size;
  const height = region.bottom - region.top;
  if (read.grey) {
    return [
      readColumn(dir, read, { left: 0, top: region.top, width: region.split, height }, `p${read.page}-${name}-left`, COLUMN_PSM[name], 1000),
      // The signature's column: what is left of the stamp over the title and the name made white.
      readColumn(
        dir,
        read,
        { left: region.split, top: region.top, width: width - region.split, height },
        `p${read.page}-${name}-right`,
        COLUMN_PSM[name],
        2000,
        name === 'footer' ? SIGNATURE_CLIP : 256,
      ),
    ];
  }
  const { left, right } = columnsOf(read.lines, region);
  return [left, right].map((column, side) => column.flatMap((words) => wordLines(words.map((w) => ({ ...w, block: 1000 * (side + 1), par: 0 })))));
}

/** OCRs a PDF (every page) or an image file. */
export function readOcr(bytes: Uint8Array, kind: 'pdf' | 'image', why: string | null = null): SourceText {
  const missing = ocrMissing();
  if (missing) throw new Error(`needs OCR but ${missing}. ${OCR_INSTALL}`);
  const dir = mkdtempSync(join(tmpdir(), 'import-ocr-'));
  try {
    const input = join(dir, kind === 'pdf' ? 'in.pdf' : 'in.img');
    writeFileSync(input, bytes);
    // Pages rendered in colour, then made grey from the red channel (a red stamp fades, see pnm.ts).
    let images: { file: string; size: PageSize | null }[];
    if (kind === 'pdf') {
      execFileSync('pdftoppm', ['-r', String(DPI), input, join(dir, 'page')], { stdio: 'pipe', timeout: 300_000 });
      images = readdirSync(dir)
        .filter((f) => /^page-\d+\.ppm$/.test(f))
        .sort()
        .map((f) => {
          const file = join(dir, f.replace(/\.ppm$/, '.pgm'));
          const grey = greyFromRed(parsePnm(readFileSync(join(dir, f))));
          writeFileSync(file, encodePnm(grey));
          rmSync(join(dir, f));
          return { file, size: { width: grey.width, height: grey.height } };
        });
    } else images = [{ file: input, size: null }];
    const reads: PageRead[] = images.map(({ file, size }, i) => {
      const words = parseTsvWords(tesseract(file, PAGE_PSM));
      // An image file is not decoded here: its size is what its words span (its regions are read from the page's own OCR).
      const extent = { width: Math.max(0, ...words.map((w) => w.left + w.width)), height: Math.max(0, ...words.map((w) => w.top + w.height)) };
      return { page: i + 1, size: size ?? extent, grey: size ? file : null, lines: wordLines(words) };
    });
    const layout: string[] = [];
    const regions = new Map<number, { region: ColumnRegion; name: 'header' | 'footer' }[]>();
    const header = reads[0] ? findHeaderRegion(reads[0].lines, reads[0].size) : null;
    if (header) {
      regions.set(0, [{ region: header, name: 'header' }]);
      layout.push(`the header's two columns read apart (page 1, cut at ${Math.round((100 * header.split) / reads[0]!.size.width)} % of its width)`);
    }
    for (let i = reads.length - 1; i >= 0; i--) {
      const footer = findFooterRegion(reads[i]!.lines, reads[i]!.size);
      if (!footer) continue;
      // On a one-page document the foot starts below the header.
      if (i === 0 && header && footer.top < header.bottom) break;
      regions.set(i, [...(regions.get(i) ?? []), { region: footer, name: 'footer' }]);
      layout.push(`the "Nơi nhận" list and the signature block beside it read apart (page ${i + 1})`);
      break;
    }
    const blocks: string[][] = [];
    const pages: { page: number; confidence: number }[] = [];
    const low: OcrLine[] = [];
    const corrections: SourceCorrection[] = [];
    const unread: string[] = [];
    for (const [i, read] of reads.entries()) {
      const parts: OcrTextLine[][] = [];
      let rest = read.lines;
      for (const { region, name } of regions.get(i) ?? []) {
        parts.push(rest.filter((l) => placeOf(l, region) === 'above'));
        const [left, right] = readRegion(dir, read, region, name).map((column) =>
          column.filter((l) => {
            // The stamp, the signature or a rule read as characters.
            if (!isNoise(l.text)) return true;
            recordCorrection(corrections, l.text, '', `OCR read marks of the ${name === 'header' ? 'header' : 'foot'} (a stamp, a signature, a rule) as characters: dropped`);
            return false;
          }),
        );
        if (name === 'header') {
          // The number, day and month a hand wrote are left blank when OCR read junk for them.
          for (const column of [left!, right!])
            column.forEach((l, k) => {
              const { line, blanked } = blankUnreadable(l, corrections);
              column[k] = line;
              unread.push(...blanked);
            });
        } else {
          const headed = fixRecipientsColumn(
            left!.map((l) => l.text),
            corrections,
          );
          left!.forEach((l, k) => (left![k] = { ...l, text: headed[k]! }));
          const signed = fixSignerColumn(
            right!.map((l) => l.text),
            corrections,
          );
          right!.forEach((l, k) => (right![k] = { ...l, text: signed[k]! }));
        }
        parts.push(left!, right!);
        rest = rest.filter((l) => placeOf(l, region) === 'below');
      }
      parts.push(rest);
      const used = parts.flat();
      for (const part of parts) blocks.push(...linesToBlocks(part));
      pages.push({ page: read.page, confidence: meanConfidence(used.flatMap((l) => l.words)) });
      low.push(...used.filter((l) => l.confidence < LOW_CONFIDENCE).map((l) => ({ page: read.page, text: l.text, confidence: l.confidence })));
    }
    const notes = [
      `read by OCR (Tesseract, Vietnamese) from ${images.length} page image(s)${why ? `: the PDF ${why}` : ''}; every value is a draft to check against the scan`,
      ...(layout.length ? [`layout: ${layout.join('; ')}`] : []),
      ...(unread.length ? [`OCR could not read the ${unread.join(' and the ')} of the header (handwritten?): left blank; fill ${unread.length > 1 ? 'them' : 'it'} in from the scan`] : []),
    ];
    const text = fixOcrConfusions(fixLookalikes(blocksToText(blocks), corrections), corrections);
    return { text, format: kind === 'pdf' ? 'pdf-ocr' : 'image-ocr', corrections, notes, ocr: { pages, lowConfidence: low } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

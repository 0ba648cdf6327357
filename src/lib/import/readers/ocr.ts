/**
 * OCR for scanned PDFs and page images: pages rendered by pdftoppm (poppler-utils) at 300 dpi,
 * read by Tesseract with its Vietnamese data (tesseract-ocr, tesseract-ocr-vie), as TSV so that
 * every word carries its confidence. The result keeps Tesseract's paragraphs as blocks, gives
 * the mean confidence per page and lists every line below the review threshold. A draft from a
 * scan is always a draft for a person to review.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blocksToText, recordCorrection, type OcrLine, type SourceCorrection, type SourceText } from '../source-text';

/** Characters OCR reads for the ones printed: a fraction slash for "/", and the like. Each replacement is recorded. */
const LOOKALIKES: [RegExp, string, string][] = [
  [/\u2044/g, '/', 'OCR read a fraction slash (⁄) for the slash of a document number'],
  [/\u2215/g, '/', 'OCR read a division slash (∕) for a slash'],
  [/[\u2010\u2011]/g, '-', 'OCR read a Unicode hyphen for "-"'],
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

interface Word {
  block: number;
  par: number;
  line: number;
  conf: number;
  text: string;
  left: number;
  width: number;
  height: number;
}

/** Parses Tesseract's TSV into paragraphs of lines with confidences. */
export function parseTsv(tsv: string, page: number): { blocks: string[][]; lines: OcrLine[]; confidence: number } {
  const words: Word[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    const text = c.slice(11).join('\t').trim();
    if (!text) continue;
    words.push({ block: Number(c[2]), par: Number(c[3]), line: Number(c[4]), left: Number(c[6]), width: Number(c[8]), height: Number(c[9]), conf: Number(c[10]), text });
  }
  const blocks: string[][] = [];
  const lines: OcrLine[] = [];
  let key = '';
  let lineKey = '';
  let lineWords: Word[] = [];
  const endLine = () => {
    if (!lineWords.length) return;
    const text = lineWords
      .map((w) => w.text)
      .join(' ')
      .normalize('NFC');
    const confidence = lineWords.reduce((s, w) => s + Math.max(0, w.conf), 0) / lineWords.length;
    lines.push({ page, text, confidence: Math.round(confidence * 10) / 10 });
    blocks.at(-1)!.push(text);
    lineWords = [];
  };
  let prevWord: Word | null = null;
  for (const w of words) {
    const k = `${w.block}.${w.par}`;
    const lk = `${k}.${w.line}`;
    // Two header columns on one OCR line ("SỐ 1050/QĐ-SCT      Lào Cai, ngày …"): a wide gap splits it.
    const gap = prevWord && lk === lineKey ? w.left - (prevWord.left + prevWord.width) : 0;
    if (lk !== lineKey || gap > Math.max(2.5 * w.height, 50)) endLine();
    prevWord = w;
    if (k !== key) blocks.push([]);
    key = k;
    lineKey = lk;
    lineWords.push(w);
  }
  endLine();
  const confs = words.map((w) => w.conf).filter((c) => c >= 0);
  return { blocks: blocks.filter((b) => b.length), lines, confidence: confs.length ? Math.round((confs.reduce((a, b) => a + b, 0) / confs.length) * 10) / 10 : 0 };
}

/** OCRs a PDF (every page) or an image file. */
export function readOcr(bytes: Uint8Array, kind: 'pdf' | 'image', why: string | null = null): SourceText {
  const missing = ocrMissing();
  if (missing) throw new Error(`needs OCR but ${missing}. ${OCR_INSTALL}`);
  const dir = mkdtempSync(join(tmpdir(), 'import-ocr-'));
  try {
    const input = join(dir, kind === 'pdf' ? 'in.pdf' : 'in.img');
    writeFileSync(input, bytes);
    let images: string[];
    if (kind === 'pdf') {
      execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', input, join(dir, 'page')], { stdio: 'pipe', timeout: 300_000 });
      images = readdirSync(dir)
        .filter((f) => /^page-\d+\.png$/.test(f))
        .sort()
        .map((f) => join(dir, f));
    } else images = [input];
    const blocks: string[][] = [];
    const pages: { page: number; confidence: number }[] = [];
    const low: OcrLine[] = [];
    images.forEach((image, i) => {
      const tsv = execFileSync('tesseract', [image, 'stdout', '-l', 'vie', '--psm', '3', 'tsv'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 300_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      const page = parseTsv(tsv, i + 1);
      blocks.push(...page.blocks);
      pages.push({ page: i + 1, confidence: page.confidence });
      low.push(...page.lines.filter((l) => l.confidence < LOW_CONFIDENCE));
    });
    const notes = [`read by OCR (Tesseract, Vietnamese) from ${images.length} page image(s)${why ? `: the PDF ${why}` : ''}; every value is a draft to check against the scan`];
    const corrections: SourceCorrection[] = [];
    const text = fixLookalikes(blocksToText(blocks), corrections);
    return { text, format: kind === 'pdf' ? 'pdf-ocr' : 'image-ocr', corrections, notes, ocr: { pages, lowConfidence: low } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

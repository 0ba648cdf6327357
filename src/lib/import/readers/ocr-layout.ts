/**
 * The two places where an administrative document (NĐ 30/2020, Phụ lục I) prints two columns
 * side by side, found on a page read by Tesseract from its word boxes:
 *
 * - the header, at the top of page 1: the issuing body and "Số: …" (and the "V/v" lines of a
 *   Công văn) on the left, the Quốc hiệu, the motto and "<Place>, ngày … tháng … năm …" on the
 *   right; it ends where the type word ("KẾ HOẠCH", "QUYẾT ĐỊNH" …), "Kính gửi" or a line of
 *   running text across the page begins;
 * - the foot of the signed page: the "Nơi nhận:" list on the left, the signature block (its
 *   capacity and title lines, the stamp, the name) on the right, from a few lines above
 *   "Nơi nhận" (the capacity line may stand higher) down to the page's end or a "PHỤ LỤC".
 *
 * Tesseract's page segmentation runs such columns into one line ("Số: 813/HC-CNHC Hà Nội, ngày
 * …") or one paragraph; the reader OCRs each column of these regions on its own instead. The
 * columns are cut at the widest vertical band free of words between them. Pure: word boxes in,
 * regions out; where the layout is not found, null (the page is read as Tesseract ordered it).
 */
import { readsAsListHeading, startsLikeEntry } from './ocr-confusions';
import type { OcrTextLine, OcrWord } from './ocr-tsv';

export interface PageSize {
  width: number;
  height: number;
}

/** A band of the page across its width (`top` to `bottom`), in two columns cut at `split`. */
export interface ColumnRegion {
  top: number;
  bottom: number;
  split: number;
}

/** The Quốc hiệu and the motto as OCR reads them, marks lost or not. */
const MOTTO = /C[ỘÔOỌ]NG\s*H[ÒOÓÕ]A|X[ÃA]\s*H[ỘOÔ]I\s*CH|CH[ỦU]\s*NGH[ĨI]A\s*VI|Đ[ộoô]c\s*l[ậaâ]p|T[ựu]\s*do\s*[-–]|H[ạa]nh\s*ph[úu]c/iu;
/** What follows the header: the type word, the addressee, a signed decision's "QUYẾT ĐỊNH". */
const AFTER_HEADER =
  /^[*_"“]?\s*(K[ẾE]\s*HO[ẠA]CH|QUY[ẾE]T\s*Đ[ỊI]NH|TH[ÔO]NG\s*B[ÁA]O|GI[ẤA]Y\s*PH[ÉE]P|B[ÁA]O\s*C[ÁA]O|CH[ỈI]\s*TH[ỊI]|T[ỜO]\s*TR[ÌI]NH|NGH[ỊI]\s*QUY[ẾE]T|H[ƯU][ỚO]NG\s*D[ẪA]N|CH[ƯU][ƠO]NG\s*TR[ÌI]NH|C[ÔO]NG\s*Đ[IÍ][ỆE]N|Kính\s*g[ửu]i)(?![\p{L}\p{N}])/iu;
const RECIPIENTS = /^N[ơoóờớ][iíì]\s*nh[ậaâấầ]n/iu;
const APPENDIX = /^PH[ỤU]\s*L[ỤU]C(?![\p{L}\p{N}])/u;

/** A line of running text: one run of words from the left part of the page well into the right part. */
export function isAcrossLine(line: OcrTextLine, page: PageSize): boolean {
  return line.left < 0.35 * page.width && line.right > 0.62 * page.width;
}

/**
 * The widest vertical band between `from` and `to` (x) that no word box of `words` enters, if
 * it is at least `min` wide; its middle is where two columns are cut. Boxes wider than half the
 * page (a stamp or a rule read as one "word") are ignored.
 */
export function widestGap(words: readonly OcrWord[], from: number, to: number, min: number, pageWidth: number): { start: number; end: number } | null {
  const spans = words
    .filter((w) => w.width < pageWidth / 2)
    .map((w) => [w.left, w.left + w.width] as const)
    .filter(([a, b]) => b > from && a < to)
    .sort((p, q) => p[0] - q[0]);
  let best: { start: number; end: number } | null = null;
  let reach = from;
  for (const [a, b] of [...spans, [to, to] as const]) {
    if (a > reach && (!best || a - reach > best.end - best.start)) best = { start: reach, end: Math.min(a, to) };
    reach = Math.max(reach, b);
  }
  return best && best.end - best.start >= min ? best : null;
}

const mid = (l: OcrTextLine) => (l.top + l.bottom) / 2;

/** The header of page 1, or null when the page has no Quốc hiệu near its top or no column gap under it. */
export function findHeaderRegion(lines: readonly OcrTextLine[], page: PageSize): ColumnRegion | null {
  const sorted = [...lines].sort((a, b) => a.top - b.top);
  const motto = sorted.find((l) => l.top < 0.4 * page.height && MOTTO.test(l.text));
  if (!motto) return null;
  const end = sorted.find((l) => mid(l) > motto.bottom && (AFTER_HEADER.test(l.text) || isAcrossLine(l, page)));
  if (!end || end.top > 0.6 * page.height) return null;
  const bottom = end.top - 2;
  const words = sorted.filter((l) => mid(l) < bottom).flatMap((l) => l.words);
  const gap = widestGap(words, 0.2 * page.width, 0.7 * page.width, 0.01 * page.width, page.width);
  if (!gap) return null;
  return { top: 0, bottom, split: Math.round((gap.start + gap.end) / 2) };
}

/**
 * The foot of the signed page: `lines` are that page's, the one with the "Nơi nhận" line (the
 * caller looks from the last page back). Null when there is no "Nơi nhận" at the left.
 */
export function findFooterRegion(lines: readonly OcrTextLine[], page: PageSize): ColumnRegion | null {
  const sorted = [...lines].sort((a, b) => a.top - b.top);
  // The heading "Nơi nhận:" at the left, or a short line that reads like it above a dashed entry ("Ti nhận:").
  const atLeft = sorted.filter((l) => l.left < 0.4 * page.width);
  const list = atLeft.filter((l, i) => RECIPIENTS.test(l.text) || (l.right < 0.45 * page.width && readsAsListHeading(l.text) && startsLikeEntry(atLeft[i + 1]?.text ?? ''))).at(-1);
  if (!list) return null;
  const lineHeight = list.bottom - list.top;
  const window = list.top - 3 * lineHeight;
  const appendix = sorted.find((l) => l.top > list.bottom && APPENDIX.test(l.text));
  const bottom = appendix ? appendix.top - 2 : page.height;
  const below = sorted.filter((l) => l.top >= window && mid(l) < bottom && !isAcrossLine(l, page));
  // The list's column: runs that start at the left and stop before the middle of the page.
  const leftRuns = below.filter((l) => l.top >= list.top && l.left < 0.25 * page.width && l.right < 0.6 * page.width);
  const leftEdge = Math.max(list.right, ...leftRuns.map((l) => l.right));
  const gap = widestGap(
    below.flatMap((l) => l.words),
    leftEdge,
    0.8 * page.width,
    0.01 * page.width,
    page.width,
  );
  const split = Math.round(gap ? (gap.start + gap.end) / 2 : leftEdge + 0.01 * page.width);
  // Running text above the list (the closing paragraph's last lines) stays out of the region,
  // and so does a line the region's top would cut through.
  let top = window;
  for (const l of sorted) {
    if (l.top >= list.top) break;
    const cut = l.top < top && l.bottom > top;
    const across = l.top >= window && l.left < split - 0.05 * page.width && l.right > split + 0.05 * page.width;
    if (cut || across) top = Math.max(top, l.bottom + 2);
  }
  return { top: Math.max(0, Math.round(top)), bottom: Math.round(bottom), split };
}

/** Where a line of the page's own reading stands against a region: above it, in it, below it. */
export function placeOf(line: OcrTextLine, region: ColumnRegion): 'above' | 'in' | 'below' {
  const m = mid(line);
  return m < region.top ? 'above' : m >= region.bottom ? 'below' : 'in';
}

/**
 * A region read from the page's own OCR, when its columns cannot be OCR'd apart (an image the
 * reader cannot crop): the region's words cut at `split` into a left and a right column, each
 * in lines (Tesseract's lines, cut at the column), top to bottom.
 */
export function columnsOf(lines: readonly OcrTextLine[], region: ColumnRegion): { left: OcrWord[][]; right: OcrWord[][] } {
  const left = new Map<string, OcrWord[]>();
  const right = new Map<string, OcrWord[]>();
  for (const l of lines) {
    if (placeOf(l, region) !== 'in') continue;
    for (const w of l.words) {
      const side = w.left + w.width / 2 < region.split ? left : right;
      const key = `${w.block}.${w.par}.${w.line}`;
      side.set(key, [...(side.get(key) ?? []), w]);
    }
  }
  const order = (m: Map<string, OcrWord[]>) => [...m.values()].sort((a, b) => Math.min(...a.map((w) => w.top)) - Math.min(...b.map((w) => w.top)));
  return { left: order(left), right: order(right) };
}

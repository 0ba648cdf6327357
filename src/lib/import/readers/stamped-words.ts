/**
 * Words read from the form fields a PDF's signing software stamps (the number, the day and the
 * month, and the signature field itself), merged with the text layer:
 * - a signature field is a box drawn over the signature block, whose title and name are already
 *   text: a stamped word the text layer shows at the same place is dropped ("Bùi Bùi Ngọc Hùng
 *   Ngọc Hùng" otherwise);
 * - a stamped word is drawn in its own font box, a little off the baseline of the line it fills
 *   ("ngày 06 tháng 4"): it is moved onto that line, so the day is read in the date line and not
 *   as a line of its own under it;
 * - a stamped word drawn over other text of the line (a month "5" stamped over the "4" the draft
 *   had typed) is put where it stands inside that text, both kept, and reported: the page shows
 *   both, and which one holds is for a person to say, not for the import.
 */
export interface PlacedRun {
  x: number;
  y: number;
  w: number;
  size: number;
  str: string;
}

export interface MergedRuns {
  /** The text layer's runs, one split in two where a stamp is drawn inside it. */
  text: PlacedRun[];
  /** The stamped words to add, each on its line. */
  added: PlacedRun[];
  /** Stamped words drawn over other text: "5" over "tháng 4 năm 2026". */
  overprinted: { word: string; over: string }[];
}

const sameLine = (a: PlacedRun, b: PlacedRun) => Math.abs(a.y - b.y) < Math.max(a.size, b.size) * 0.5;
const centre = (r: PlacedRun) => r.x + r.w / 2;
const inside = (word: PlacedRun, run: PlacedRun) => centre(word) >= run.x - 1 && centre(word) <= run.x + run.w + 1;

/** Splits `run` at the word boundary nearest to where `word` is drawn; null when the word stands at its very start or end. */
function splitAround(run: PlacedRun, word: PlacedRun): [PlacedRun, PlacedRun] | null {
  const chars = [...run.str];
  const at = Math.round(((word.x - run.x) / run.w) * chars.length);
  const spaces = chars.flatMap((c, i) => (c === ' ' ? [i] : []));
  const cut = spaces.sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0];
  if (cut === undefined) return null;
  const share = run.w / chars.length;
  const left = chars.slice(0, cut).join('');
  const right = chars.slice(cut + 1).join('');
  if (!left || !right) return null;
  return [
    { ...run, str: left, w: share * cut },
    { ...run, str: right, x: Math.max(run.x + share * (cut + 1), word.x + word.w + 0.01), w: share * (chars.length - cut - 1) },
  ];
}

/** Merges the stamped words into the page's text-layer runs. */
export function mergeStampedWords(textRuns: readonly PlacedRun[], stamped: readonly PlacedRun[]): MergedRuns {
  const runs = textRuns.map((r) => ({ ...r }));
  const added: PlacedRun[] = [];
  const overprinted: MergedRuns['overprinted'] = [];
  for (const word of stamped) {
    const onLine = runs.filter((run) => sameLine(run, word));
    const under = onLine.find((run) => inside(word, run));
    if (under?.str.includes(word.str)) continue;
    const nearest = [...onLine].sort((a, b) => Math.abs(a.y - word.y) - Math.abs(b.y - word.y))[0];
    const placed = nearest ? { ...word, y: nearest.y, size: nearest.size } : { ...word };
    if (under) {
      overprinted.push({ word: word.str, over: under.str });
      const parts = splitAround(under, placed);
      if (parts) runs.splice(runs.indexOf(under), 1, ...parts);
    }
    added.push(placed);
  }
  return { text: runs, added, overprinted };
}

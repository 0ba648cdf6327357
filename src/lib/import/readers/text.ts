/**
 * Reader for .md and .txt, including the Markdown left by page-cleaning tools on pages of
 * legal libraries: table pipes on lines of their own, `** **`, emphasis markers opened on one
 * line and closed on the next, rules of dashes under the header cells, headings marked `#`.
 * Markup is removed; words are never changed.
 */
import { blocksToText, type SourceText } from '../source-text';

const RULE = /^[-_=–—.\s]{3,}$/u;

/** Splits cleaned lines into blocks at blank lines, lone pipes and rules. */
export function markdownBlocks(raw: string): string[][] {
  const blocks: string[][] = [[]];
  for (const rawLine of raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')) {
    const trimmed = rawLine.trim();
    const clean = (cell: string) =>
      cell
        .replace(/^#{1,6}\s+/, '')
        .replace(/\*+|__/g, '')
        .replace(/\\([\\*_[\]().#|-])/g, '$1')
        .replace(/<br\s*\/?>/gi, ' ')
        .replace(/[ \u00a0]+/g, ' ')
        .trim();
    // A GFM table row stays one line, its cells tab-separated (the appendix reader splits on tabs).
    if (/^\|.*\|.*\|$/.test(trimmed)) {
      if (/^\|[\s:|-]+\|$/.test(trimmed)) continue;
      if (blocks.at(-1)!.length > 0 && !blocks.at(-1)!.at(-1)!.includes('\t')) blocks.push([]);
      blocks.at(-1)!.push(trimmed.slice(1, -1).split('|').map(clean).join('\t'));
      continue;
    }
    const line = rawLine.includes('\t') ? rawLine.split('\t').map(clean).join('\t') : clean(trimmed);
    if (!line || line === '|' || RULE.test(line) || /^\|+$/.test(line)) {
      if (blocks.at(-1)!.length > 0) blocks.push([]);
      continue;
    }
    if (!line.includes('\t') && blocks.at(-1)!.at(-1)?.includes('\t')) blocks.push([]);
    blocks.at(-1)!.push(line);
  }
  return blocks.filter((b) => b.length > 0);
}

export function readText(raw: string, format: 'md' | 'txt'): SourceText {
  const notes: string[] = [];
  if (format === 'md' && /(^|\n)\s*\|\s*(\n|$)/.test(raw)) notes.push('Markdown of a page-cleaning tool: table pipes and emphasis markers removed, cells read as blocks');
  return { text: blocksToText(markdownBlocks(raw)), format, corrections: [], notes };
}

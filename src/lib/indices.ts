/**
 * Indices (PAR INDEX, PAPI, PCI…) in plans: loading the collection and detecting which
 * indices a text names. A plan's `indices` frontmatter is reviewable; the detection is
 * what the import tool proposes and what the tests compare it with.
 */
import { ContentError, zodProblems } from './content-error';
import { indexSchema, type IndexData } from './schemas/index-entry';
import { parseYaml, type LoadedEntry } from './content-loaders';

/** Parses content/indices.yaml; throws a ContentError naming the file, entry and field. */
export function loadIndices(text: string, file = 'content/indices.yaml'): LoadedEntry<IndexData>[] {
  const raw = parseYaml(file, text);
  if (!Array.isArray(raw)) throw new ContentError([{ file, field: '', message: 'expected a YAML list of indices' }]);
  const entries: LoadedEntry<IndexData>[] = [];
  const problems = raw.flatMap((item, i) => {
    const result = indexSchema.safeParse(item);
    if (!result.success) return zodProblems(file, result.error, `[${i}]`);
    entries.push({ id: result.data.id, data: result.data });
    return [];
  });
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}

/** The ids of the indices `text` names, in the collection's order. */
export function detectIndices(text: string, indices: readonly IndexData[]): string[] {
  const normalized = text.normalize('NFC');
  return indices.filter((index) => index.patterns.some((pattern) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu').test(normalized))).map((index) => index.id);
}

/** The sentences of `text` that name `index`, as plain text, each once. */
export function indexMentions(text: string, index: IndexData, sentenceAround: (text: string, start: number, end: number) => string): string[] {
  const sentences = new Set<string>();
  const normalized = text.normalize('NFC');
  for (const pattern of index.patterns) {
    for (const match of normalized.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu'))) {
      sentences.add(sentenceAround(normalized, match.index, match.index + match[0].length));
    }
  }
  return [...sentences];
}

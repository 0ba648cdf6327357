/**
 * Reads content/reference/*.yaml into the validated vocabulary, with errors that name the
 * file, the field and what is expected. Shared by `npm run vocabulary`, `npm run check`
 * and the unit tests.
 */
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ContentError } from '../../src/lib/content-error';
import { contentLabel, readContentText } from '../../src/lib/content-gate/content-text';
import { LIMITS } from '../../src/lib/content-gate/limits';
import { VOCABULARY_FILES, vocabularySchema, type VocabularyData } from '../../src/lib/schemas/vocabulary';

export const REFERENCE_DIR = 'content/reference';
export const GENERATED_VOCABULARY = 'src/lib/citations/vocabulary.generated.json';

/** Reads and validates the vocabulary of `dir` (a content tree's reference/ folder), each file bounded as the content gate bounds data files. */
export function readVocabulary(dir = REFERENCE_DIR): VocabularyData {
  const label = contentLabel(join(dir, '..'));
  const raw: Record<string, unknown> = {};
  for (const [part, file] of Object.entries(VOCABULARY_FILES)) {
    const name = label(`reference/${file}`);
    const text = readContentText(join(dir, file), name, LIMITS.dataFile);
    try {
      // CORE_SCHEMA: dates stay strings ("2021-07-15"), as the schema expects.
      raw[part] = yaml.load(text, { filename: name, schema: yaml.CORE_SCHEMA });
    } catch (error) {
      throw new ContentError([{ file: name, field: '', message: `not valid YAML: ${(error as Error).message}` }]);
    }
  }
  const parsed = vocabularySchema.safeParse(raw);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue) => {
        const [part, ...rest] = issue.path.map(String);
        return { file: label(`reference/${VOCABULARY_FILES[part as keyof typeof VOCABULARY_FILES] ?? ''}`), field: rest.join('.'), message: issue.message };
      }),
    );
  }
  return parsed.data;
}

/** The generated table's text for a vocabulary (stable: what the staleness test compares). */
export function vocabularyJson(data: VocabularyData): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

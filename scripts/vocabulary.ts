/**
 * `npm run vocabulary`: validates content/reference/*.yaml (document types, issuers, Party
 * terms, programmes cited by name) and writes the table the citation parser imports,
 * src/lib/citations/vocabulary.generated.json. The parser runs in the browser too, so it
 * imports validated JSON rather than reading YAML; a unit test fails while the table is
 * older than the YAML. `--check` only reports whether it is up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ContentError, formatProblem } from '../src/lib/content-error';
import { GENERATED_VOCABULARY, readVocabulary, vocabularyJson } from './lib/vocabulary-files';

try {
  const json = vocabularyJson(readVocabulary());
  let current = '';
  try {
    current = readFileSync(GENERATED_VOCABULARY, 'utf8');
  } catch {
    // not generated yet
  }
  if (process.argv.includes('--check')) {
    if (current !== json) {
      process.stderr.write(`vocabulary: ${GENERATED_VOCABULARY} is older than content/reference/*.yaml; run npm run vocabulary\n`);
      process.exit(1);
    }
    process.stdout.write('vocabulary: up to date\n');
  } else if (current === json) {
    process.stdout.write(`vocabulary: ${GENERATED_VOCABULARY} already up to date\n`);
  } else {
    writeFileSync(GENERATED_VOCABULARY, json);
    process.stdout.write(`vocabulary: wrote ${GENERATED_VOCABULARY}\n`);
  }
} catch (error) {
  if (error instanceof ContentError) for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  else process.stderr.write(`vocabulary: ${(error as Error).message}\n`);
  process.exit(1);
}

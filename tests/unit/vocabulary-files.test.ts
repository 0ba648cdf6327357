/**
 * The citation vocabulary's files (scripts/lib/vocabulary-files.ts): content/reference/*.yaml,
 * validated, and the table the parser reads from it. The lookups on that table are tested in
 * tests/unit/citations/vocabulary.test.ts, the schemas in tests/unit/schemas/vocabulary.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_VOCABULARY, readVocabulary, vocabularyJson } from '../../scripts/lib/vocabulary-files';
import { ContentError } from '../../src/lib/content-error';

describe('vocabulary data', () => {
  it('is valid, and the generated table the parser imports is up to date (run npm run vocabulary)', () => {
    expect(readFileSync(GENERATED_VOCABULARY, 'utf8')).toBe(vocabularyJson(readVocabulary()));
  });

  it('names the file, the field and what is expected when an entry is wrong', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'vocabulary-')), 'reference');
    cpSync('content/reference', dir, { recursive: true });
    writeFileSync(join(dir, 'party.yaml'), readFileSync(join(dir, 'party.yaml'), 'utf8').replace('from: 2016-01-28', 'from: 28/01/2016'));
    writeFileSync(join(dir, 'issuers.yaml'), readFileSync(join(dir, 'issuers.yaml'), 'utf8').replace('abbreviation: BNV,', 'abbreviation: B NV,'));
    let error: unknown;
    try {
      readVocabulary(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems.map((p) => `${p.file.replace(/^.*\/reference\//, '')} › ${p.field}: ${p.message}`);
    expect(problems).toContain('party.yaml › centralTerms.2.from: must be a date written YYYY-MM-DD');
    expect(problems.some((p) => p.startsWith('issuers.yaml › national.') && p.includes('abbreviation: must be an abbreviation'))).toBe(true);
  });
});

/**
 * The accuracy figures of the citation parser: the scorer on small cases, and the
 * committed figures (src/data/citation-accuracy.json, the README block) against what the
 * parser gives today on the gold set — stale figures fail here. Replaces the seed test
 * that summed other tests' results.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationAccuracy, locate, type GoldDocument } from '../../src/lib/citation-accuracy';
import { FIGURES, readGold, readmeBlock } from '../../scripts/cite-accuracy';

const doc = (text: string, citations: GoldDocument['citations'], context = {}): GoldDocument => ({
  id: 'case',
  set: 'held-out',
  source: { repository: 'r', path: 'p', commit: 'c', what: 'w' },
  context,
  text,
  citations,
});

describe('citation accuracy', () => {
  it('scores type + number, dates and issuers, and keeps the text naming itself apart', () => {
    const text = 'Số: 159/KH-UBND\nThực hiện Quyết định số 439/QĐ-TTg năm 2023 của Thủ tướng Chính phủ và Quyết định số 12/QĐ-UBND.';
    const report = citationAccuracy([
      doc(text, [
        { surface: 'Số: 159/KH-UBND', kind: 'self', family: 'administrative', type: 'Kế hoạch', number: '159/KH-UBND', date: null, issuer: null },
        { surface: 'Quyết định số 439/QĐ-TTg năm 2023', kind: 'full', family: 'administrative', type: 'Quyết định', number: '439/QĐ-TTg', date: '2023', issuer: 'Thủ tướng Chính phủ' },
        { surface: 'Quyết định số 12/QĐ-UBND', kind: 'full', family: 'administrative', type: 'Quyết định', number: '12/QĐ-UBND', date: '2024', issuer: null },
      ]),
    ]);
    const set = report.sets['held-out'];
    expect(set.typeNumber).toEqual({ gold: 2, found: 2, correct: 2, precision: 1, recall: 1 });
    expect(set.fields.date).toEqual({ checked: 2, right: 1, accuracy: 0.5 });
    expect(set.fields.issuer).toEqual({ checked: 1, right: 1, accuracy: 1 });
    expect(set.self).toEqual({ gold: 1, foundAsSelf: 1, reportedAsOtherDocument: 0 });
    expect(report.occurrences).toBe(3);
  });

  it('counts a citation the gold set does not have against precision, and a missed one against recall', () => {
    const report = citationAccuracy([
      doc('Nghị định số 61/2018/NĐ-CP; Nghị quyết 99/NQ-CP năm 2020', [
        { surface: 'Nghị định số 61/2018/NĐ-CP', kind: 'full', family: 'normative', type: 'Nghị định', number: '61/2018/NĐ-CP', date: null, issuer: null },
        { surface: 'Nghị quyết 99', kind: 'full', family: 'administrative', type: 'Nghị quyết', number: '98/NQ-CP', date: '2020', issuer: null },
      ]),
    ]);
    expect(report.sets['held-out'].typeNumber).toMatchObject({ gold: 2, found: 2, correct: 1, precision: 0.5, recall: 0.5 });
  });

  it('refuses a gold citation whose surface is not in its text', () => {
    expect(() =>
      locate(doc('Kế hoạch số 84/KH-UBND', [{ surface: 'Kế hoạch số 85/KH-UBND', kind: 'full', family: 'administrative', type: 'Kế hoạch', number: '85/KH-UBND', date: null, issuer: null }])),
    ).toThrow(/not in the text/);
  });

  it('the committed figures and the README are what the parser gives today (run npm run accuracy:cite)', () => {
    const report = citationAccuracy(readGold());
    expect(JSON.parse(readFileSync(FIGURES, 'utf8'))).toEqual(report);
    expect(readFileSync('README.md', 'utf8')).toContain(readmeBlock(report));
  });

  it('the gold set is real documents with their provenance, development and held-out apart', () => {
    const gold = readGold();
    for (const d of gold) {
      expect(d.source.repository, d.id).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(d.source.commit, d.id).toMatch(/^[0-9a-f]{40}$/);
      expect(d.source.path, d.id).not.toBe('');
      locate(d);
    }
    expect(new Set(gold.map((d) => d.set))).toEqual(new Set(['development', 'held-out']));
  });
});

import { describe, expect, it } from 'vitest';
import { distinctPlans, documentsByCitations } from '../../src/lib/citation-index';
import { citedDocumentGroups, citedDocumentRows } from '../../src/lib/cited-documents';
import { compareVi } from '../../src/lib/collate';
import { seedCorpus } from '../helpers/corpus';

const { index } = seedCorpus();
const rows = citedDocumentRows(index);

describe('cited-documents', () => {
  it('has a row per document, most cited first, with what the table shows', () => {
    expect(rows.map((r) => r.document)).toEqual(documentsByCitations(index));
    const row = rows.find((r) => r.document.key === '76-nq-cp-2021')!;
    expect(row).toMatchObject({ href: '/van-ban/76-nq-cp-2021/', title: 'Nghị quyết 76/NQ-CP', date: '15/07/2021', ambiguous: false });
    expect(row.plans).toBe(distinctPlans(row.document).length);
    expect(row.citations).toBe(row.document.citations.length);
    expect(row.provinces.split(', ')).toEqual([...row.provinces.split(', ')].sort(compareVi));
    expect(row.years).toMatch(/^\d{4}(, \d{4})*$/);
  });

  it('groups the rows by type and issuer, in Vietnamese order, every row once', () => {
    const groups = citedDocumentGroups(rows);
    expect(groups.map((g) => g.type)).toEqual([...groups.map((g) => g.type)].sort(compareVi));
    expect(groups.flatMap((g) => g.byIssuer.flatMap((i) => i.rows)).length).toBe(rows.length);
    for (const group of groups) {
      expect(group.anchor).toBe(`loai-${group.rows[0]!.document.key}`);
      expect(group.byIssuer.map((i) => i.issuer)).toEqual([...group.byIssuer.map((i) => i.issuer)].sort(compareVi));
    }
  });

  it('files a document of unknown issuer under "Không rõ cơ quan ban hành"', () => {
    const [first] = rows;
    const groups = citedDocumentGroups([{ ...first!, document: { ...first!.document, issuer: null } }]);
    expect(groups[0]!.byIssuer.map((i) => i.issuer)).toEqual(['Không rõ cơ quan ban hành']);
  });
});

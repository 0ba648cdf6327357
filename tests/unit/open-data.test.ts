import { describe, expect, it } from 'vitest';
import { citationRecord, planCitationRecords, planCsvRow, planRecord, planRecordFields, planRecordJsonSchema, planRecordSchema, toCsv, PLAN_CSV_HEADER } from '../../src/lib/open-data';
import { seedCorpus } from '../helpers/corpus';

const { catalog, index, assignments, plan } = seedCorpus();

describe('open-data', () => {
  it('builds a record the schema accepts for every plan', () => {
    for (const p of catalog.plans) expect(planRecordSchema.safeParse(planRecord(p, index, assignments)).success, p.id).toBe(true);
  });

  it('describes every top-level field from the schema itself, in record order', () => {
    const fields = planRecordFields();
    expect(fields.map((f) => f.name)).toEqual(Object.keys(planRecord(plan('84-kh-ubnd'), index, assignments)));
    expect(fields.find((f) => f.name === 'provinceSuccessor')?.description).toBe('Tỉnh từ ngày 01/7/2025');
    const schema = planRecordJsonSchema() as { properties: Record<string, { description?: string }> };
    for (const field of fields) expect(schema.properties[field.name]?.description).toBe(field.description);
  });

  it('makes a plan’s references and the citations file of the same citation records', () => {
    const p = plan('84-kh-ubnd');
    const record = planRecord(p, index, assignments);
    const citations = planCitationRecords(index, p.id);
    expect(record.references).toHaveLength(citations.length);
    record.references.forEach((reference, i) => {
      const c = citations[i]!;
      expect(reference).toEqual({
        key: c.key,
        url: c.documentUrl,
        type: c.type,
        number: c.number,
        numberAsWritten: c.numberAsWritten,
        date: c.date,
        issuer: c.issuer,
        part: c.part,
        start: c.start,
        end: c.end,
        surface: c.surface,
      });
    });
    expect(citations.filter((c) => c.part === 'legalBasis').map((c) => c.key)).toEqual(record.legalBasis.flatMap((b) => b.references));
  });

  it('writes a citation’s span into the text it was found in, and its sentence', () => {
    const entry = index.byPlan.get(plan('84-kh-ubnd').id)!.legalBasis[0]!;
    const c = citationRecord(index, entry);
    expect(entry.sentence.slice(c.start, c.end)).toBe(c.surface);
    expect(c).toMatchObject({ part: 'legalBasis', key: 'ha-tinh-08-kh-ubnd-2024', keyAsRead: 'ha-tinh-08-kh-ubnd-2024', documentUrl: '/van-ban/ha-tinh-08-kh-ubnd-2024/', sentence: entry.sentence });
  });

  it('writes CSV with a BOM and CRLF, quoting only fields that need it', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          [null, 3],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n,3\r\n');
    expect(toCsv(['a'], [['line\nbreak']])).toBe('\uFEFFa\r\n"line\nbreak"\r\n');
    expect(planCsvRow(planRecord(plan('84-kh-ubnd'), index, assignments))).toHaveLength(PLAN_CSV_HEADER.length);
  });
});

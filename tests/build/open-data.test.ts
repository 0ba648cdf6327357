/**
 * The open data files: valid JSON and CSV, counts that match the collections, every
 * record valid against the published JSON Schema (generated from the zod schema).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { load } from 'cheerio';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { readPlans } from '../../scripts/lib/read-content';

const dist = inject('distDir');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const plans = readPlans();

describe('open data', () => {
  const catalogue = JSON.parse(read('du-lieu/ke-hoach.json'));

  it('publishes every plan in the catalogue and as its own record', () => {
    expect(catalogue.count).toBe(plans.length);
    expect(catalogue.plans.map((p: { id: string }) => p.id).sort()).toEqual(plans.map((p) => p.id).sort());
    for (const plan of plans) {
      const record = JSON.parse(read(`du-lieu/ke-hoach/${plan.id}.json`));
      expect(record).toEqual(catalogue.plans.find((p: { id: string }) => p.id === plan.id));
    }
  });

  it('validates every record against the published JSON Schema', () => {
    const schema = JSON.parse(read('du-lieu/ke-hoach.schema.json'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const record of catalogue.plans) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...catalogue.plans[0], level: 'quan' })).toBe(false);
  });

  it('has the fields the contract names, with the facts of the plans', () => {
    const kyAnh = catalogue.plans.find((p: { id: string }) => p.id === 'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd');
    // The contract's fields, written out here (not read from src/lib/open-data.ts) so that the test can fail.
    const contract = 'id url number type title date year place issuer level province provinceSuccessor district status signer recipients legalBasis indices tasks references'.split(' ');
    expect(Object.keys(kyAnh)).toEqual(expect.arrayContaining(contract));
    expect(kyAnh).toMatchObject({
      number: '84/KH-UBND',
      date: '2024-01-12',
      issuer: { id: 'ha-tinh/ubnd-huyen-ky-anh' },
      provinceSuccessor: { id: 'ha-tinh-2025' },
      signer: { name: 'Dương Thị Vân Anh', capacity: 'KT.' },
    });
    const quangTri = catalogue.plans.find((p: { id: string }) => p.id.startsWith('quang-tri'));
    expect(quangTri).toMatchObject({ number: null, date: '2022', status: 'du-thao' });
  });

  it('writes CSV files with a BOM that parse back to the records', () => {
    for (const file of ['ke-hoach.csv', 'nhiem-vu.csv', 'trich-dan.csv']) expect(read(`du-lieu/${file}`).startsWith('\uFEFF'), file).toBe(true);
    const rows = (file: string) => parse(read(`du-lieu/${file}`), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows('ke-hoach.csv')).toHaveLength(plans.length);
    expect(rows('nhiem-vu.csv')).toHaveLength(plans.reduce((n, p) => n + p.data.tasks.length, 0));
    expect(rows('trich-dan.csv')).toHaveLength(catalogue.plans.reduce((n: number, p: { references: unknown[] }) => n + p.references.length, 0));
    const benTre = rows('ke-hoach.csv').find((r) => r['id'] === 'ben-tre/ubnd-tinh/2021/105-kh-ubnd')!;
    expect(benTre).toMatchObject({ number: '105/KH-UBND', title: 'Thông tin, tuyên truyền cải cách hành chính năm 2021', province_successor: 'vinh-long-2025' });
  });

  it('defuses every cell a spreadsheet would read as a formula (OWASP): the Quảng Trị product "- Các sản phẩm…" included', () => {
    for (const file of ['ke-hoach.csv', 'nhiem-vu.csv', 'trich-dan.csv']) {
      const cells = (parse(read(`du-lieu/${file}`), { bom: true }) as string[][]).flat();
      expect(
        cells.filter((cell) => /^[=+\-@\t\r]/.test(cell)),
        file,
      ).toEqual([]);
    }
    const tasks = parse(read('du-lieu/nhiem-vu.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(tasks.some((t) => t['plan_id'] === 'quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc' && t['product']!.startsWith("'- Các sản phẩm truyền hình"))).toBe(true);
    expect(read('du-lieu/index.html')).toContain('theo khuyến nghị của OWASP về chèn công thức vào CSV');
  });

  it('writes each bulk file again for each year, with the plans of that year only, listed on /du-lieu/', () => {
    const years = [...new Set(plans.map((p) => p.data.year))].sort((a, b) => b - a);
    const $ = load(read('du-lieu/index.html'));
    expect(
      $('#theo-nam + p + table tbody th')
        .map((_, th) => $(th).text())
        .get(),
    ).toEqual(years.map(String));
    for (const year of years) {
      const ofYear = plans
        .filter((p) => p.data.year === year)
        .map((p) => p.id)
        .sort();
      const yearCatalogue = JSON.parse(read(`du-lieu/nam/${year}/ke-hoach.json`));
      expect(yearCatalogue.count).toBe(ofYear.length);
      expect(yearCatalogue.plans).toEqual(catalogue.plans.filter((p: { year: number }) => p.year === year));
      const rows = (file: string) => parse(read(`du-lieu/nam/${year}/${file}`), { bom: true, columns: true }) as Record<string, string>[];
      expect(
        rows('ke-hoach.csv')
          .map((r) => r['id'])
          .sort(),
      ).toEqual(ofYear);
      expect(rows('trich-dan.csv')).toHaveLength(yearCatalogue.plans.reduce((n: number, p: { references: unknown[] }) => n + p.references.length, 0));
      expect(rows('nhiem-vu.csv').every((r) => ofYear.includes(r['plan_id']!))).toBe(true);
      const citations = JSON.parse(read(`du-lieu/nam/${year}/trich-dan.json`));
      expect(citations.citations.every((c: { plan: string }) => ofYear.includes(c.plan))).toBe(true);
      for (const file of ['ke-hoach.json', 'ke-hoach.csv', 'nhiem-vu.csv', 'trich-dan.json', 'trich-dan.csv']) expect($(`a[href="/du-lieu/nam/${year}/${file}"]`), `${year} ${file}`).toHaveLength(1);
    }
    // The years together are the archive, row for row.
    const all = (file: string) => (parse(read(`du-lieu/${file}`), { bom: true }) as string[][]).length - 1;
    const summed = (file: string) => years.reduce((n, year) => n + (parse(read(`du-lieu/nam/${year}/${file}`), { bom: true }) as string[][]).length - 1, 0);
    for (const file of ['ke-hoach.csv', 'nhiem-vu.csv', 'trich-dan.csv']) expect(summed(file), file).toBe(all(file));
    expect(years.reduce((n, year) => n + JSON.parse(read(`du-lieu/nam/${year}/trich-dan.json`)).count, 0)).toBe(JSON.parse(read('du-lieu/trich-dan.json')).count);
  });
});

/**
 * The report agency staff read: Vietnamese field names, the source line of each value, what to
 * check first; and the closing table of a batch.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/catalog';
import { importPlan } from '../../../src/lib/import-plan';
import { readText } from '../../../src/lib/import/readers/text';
import { checkVi, reportText, summaryTable } from '../../../src/lib/import/report';
import { readAgencies, readIndices, readProvinces } from '../../../scripts/lib/read-content';

const catalog = buildCatalog({ plans: [], agencies: readAgencies(), units: readProvinces(), indices: readIndices() });
const source = readText(readFileSync(new URL('../../fixtures/real/texts/2f6f80b9918e52de.md', import.meta.url), 'utf8'), 'md');

describe('report', () => {
  it('names fields in Vietnamese, with the line each value came from, and lists what to check first', () => {
    const report = importPlan(source.text, [...catalog.agencies.values()], catalog.units, [...catalog.indices.values()]);
    const text = reportText({ file: 'ke-hoach.md', target: 'content/plans/x.mdx', plan: report.plan, report, source, dryRun: true });
    const lines = source.text.split('\n');
    const numberLine = Number(/Số, ký hiệu: +172\/KH-UBND +\[dòng (\d+)\]/.exec(text)![1]);
    expect(lines[numberLine - 1]).toBe('Số: 172/KH-UBND');
    expect(text).toMatch(/^Thử \(không ghi tệp\)/);
    expect(text).toMatch(/Cơ quan ban hành: +ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH → ho-chi-minh\/ubnd-tinh \(ĐỀ XUẤT MỚI, cần kiểm tra\)/);
    expect(text).toMatch(/KIỂM TRA TRƯỚC:\n {4}1\. cơ quan "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" chưa có/);
    expect(text).toMatch(/Năm kế hoạch: trích yếu không ghi năm; tạm dùng năm ban hành 2025/);
  });
  it('translates what to check and sums up a batch', () => {
    expect(checkVi('number: not stated in the text (left null)')).toMatch(/^Số, ký hiệu: văn bản không ghi/);
    const table = summaryTable([
      { file: 'a/ke-hoach.docx', status: 'review', message: '', fields: 7, toCheck: ['signer.name: not found'], ms: 1200, format: 'docx' },
      { file: 'a/cv.pdf', status: 'refused', message: 'a/cv.pdf is a Công văn, not a plan', fields: 3, toCheck: [], ms: 800, format: 'pdf' },
    ]);
    expect(table).toMatch(/ke-hoach\.docx +\| Word \(\.docx\) +\| cần xem lại \| 7 +\| 1\.2 s +\| Người ký: không tìm thấy/);
    expect(table).toMatch(/cv\.pdf +\| PDF có lớp chữ +\| từ chối +\| 3 .*is a Công văn, not a plan/);
    expect(table).toMatch(/Tổng: 2 tệp: 0 đã ghi, 1 cần xem lại, 1 từ chối, 0 lỗi/);
  });
});

/**
 * The import report, written for the agency staff who publish: Vietnamese field names, the line
 * of the source each value came from, what to check first; and the closing table of a batch.
 */
import type { ImportedPlan, ImportReport } from '../import-plan';
import type { SourceText } from './source-text';

export interface ImportOutcome {
  file: string;
  status: 'written' | 'review' | 'refused' | 'failed';
  message: string;
  fields: number;
  toCheck: string[];
  ms: number;
  format: string | null;
}

const STATUS_VI: Record<ImportOutcome['status'], string> = { written: 'đã ghi', review: 'cần xem lại', refused: 'từ chối', failed: 'lỗi' };
const FORMAT_VI: Record<string, string> = { docx: 'Word (.docx)', pdf: 'PDF có lớp chữ', 'pdf-ocr': 'PDF scan (OCR)', 'image-ocr': 'ảnh (OCR)', html: 'trang web', md: 'Markdown', txt: 'văn bản' };

const FIELD_VI: Record<string, string> = { number: 'Số, ký hiệu', title: 'Trích yếu', date: 'Ngày ban hành', place: 'Địa danh', year: 'Năm kế hoạch', 'signer.name': 'Người ký' };

/** The report's "what to check" lines in Vietnamese (the records keep the English ones for tools). */
export function checkVi(item: string): string {
  let m = /^([\w.]+): not stated in the text \(left null\)$/.exec(item);
  if (m) return `${FIELD_VI[m[1]!] ?? m[1]}: văn bản không ghi, để trống (null); điền nếu có trong bản gốc`;
  if (/^signer\.name: not found$/.test(item)) return 'Người ký: không tìm thấy khối chữ ký; điền theo bản gốc';
  if ((m = /^year: the title names no year; (\d{4})/.exec(item))) return `Năm kế hoạch: trích yếu không ghi năm; tạm dùng năm ban hành ${m[1]} để đặt tệp, cần xác nhận`;
  if (/^issuer: not found/.test(item)) return 'Cơ quan ban hành: không đọc được ở phần tiêu đề; điền tay';
  if ((m = /^OCR: (\d+) line/.exec(item))) return `OCR: ${m[1]} dòng có độ tin cậy thấp; so với bản scan`;
  if ((m = /^province: "([^"]+)"/.exec(item))) return `Tỉnh: "${m[1]}" không có trong danh mục tỉnh`;
  if ((m = /^duties: (\d+) bod(?:y is|ies are) not in content\/agencies\/; new entries are proposed \((.*)\): review them$/.exec(item)))
    return `Tổ chức thực hiện: ${m[1]} cơ quan chưa có trong content/agencies/, đã đề xuất mục mới (${m[2]}); kiểm tra tên, loại, cấp`;
  return item;
}

const show = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '(không có — để trống, cần điền)' : String(v));

export function reportText(input: { file: string; target: string; plan: ImportedPlan; report: ImportReport; source: SourceText; dryRun: boolean }): string {
  const { plan, report, source } = input;
  const at = (field: string) => (report.sourceLines[field] ? `  [dòng ${report.sourceLines[field]}]` : '');
  const issuer = report.issuer;
  const rows = [
    `${input.dryRun ? 'Thử (không ghi tệp)' : 'Đã ghi bản nháp'}: ${input.target}  ← ${input.file} (${FORMAT_VI[source.format] ?? source.format})`,
    `  Số, ký hiệu:        ${show(plan.number)}${plan.number === null && plan.symbol ? ` (ký hiệu ${plan.symbol}, số để trống)` : ''}${at('number')}`,
    `  Địa danh, ngày:     ${show(plan.place)}, ${show(plan.date)}${at('date')}`,
    `  Cơ quan ban hành:   ${issuer ? `${issuer.printed} → ${issuer.id ?? '?'}${issuer.matched ? '' : ' (ĐỀ XUẤT MỚI, cần kiểm tra)'}` : show(null)}${at('issuer')}`,
    `  Trích yếu:          ${show(plan.title)}${at('title')}`,
    `  Năm kế hoạch:       ${show(plan.year)}`,
    `  Căn cứ:             ${plan.legalBasis.length} văn bản${plan.legalBasis.length ? `: ${plan.legalBasis.map((b) => b.slice(0, 50)).join(' | ')}` : ''}`,
    `  Người ký:           ${[plan.signer.capacity, plan.signer.title, plan.signer.name].filter(Boolean).join(' ') || show(null)}${at('signer')}`,
    `  Nơi nhận:           ${plan.recipients.length}${at('recipients')} · Nhiệm vụ (phụ lục): ${plan.tasks.length} · Chỉ số: ${plan.indices.join(', ') || '—'}`,
    `  Tổ chức thực hiện:  ${plan.duties.length} cơ quan, ${plan.duties.reduce((n, d) => n + d.items.length, 0)} nhiệm vụ${at('duties')}${plan.duties.length ? `: ${plan.duties.map((d) => `${d.named}${d.agency ? ` → ${d.agency}` : ' (nhóm)'}`).join(' | ')}` : ''}`,
  ];
  if (source.ocr) {
    rows.push(`  OCR: độ tin cậy theo trang ${source.ocr.pages.map((p) => `tr.${p.page} ${p.confidence}%`).join(', ')}; ${source.ocr.lowConfidence.length} dòng dưới ngưỡng, cần so với bản scan:`);
    rows.push(...source.ocr.lowConfidence.slice(0, 15).map((l) => `    ? tr.${l.page} (${l.confidence}%): ${l.text.slice(0, 90)}`));
  }
  if (source.corrections.length) rows.push(`  Đã chuẩn hóa (ghi trong source.corrections): ${source.corrections.map((c) => `"${c.original}"→"${c.corrected}" ×${c.count}`).join('; ')}`);
  const first = [
    ...(issuer && !issuer.matched ? [`cơ quan "${issuer.printed}" chưa có trong content/agencies/: đã đề xuất mục mới trong ${issuer.proposal?.file}, kiểm tra tên, loại, cấp`] : []),
    ...report.toCheck.filter((c) => !/^issuer: "/.test(c)).map(checkVi),
    plan.duties.length
      ? 'phần "Tổ chức thực hiện": đối chiếu từng cơ quan (tên, mã cơ quan, "Đề nghị") và từng nhiệm vụ đã tách với bản gốc'
      : 'phần "Tổ chức thực hiện": không tách được nhiệm vụ theo cơ quan (không có đề mục đánh số nêu tên cơ quan); nhập tay nếu văn bản có',
  ];
  rows.push('  KIỂM TRA TRƯỚC:', ...first.map((c, i) => `    ${i + 1}. ${c}`));
  return rows.join('\n');
}

/** The closing table of a batch: file, result, fields found, what to check. */
export function summaryTable(outcomes: readonly ImportOutcome[]): string {
  const head = ['Tệp', 'Định dạng', 'Kết quả', 'Trường', 'Thời gian', 'Cần kiểm tra'];
  const rows = outcomes.map((o) => [
    o.file.split('/').slice(-2).join('/'),
    o.format ? (FORMAT_VI[o.format] ?? o.format) : '—',
    STATUS_VI[o.status],
    String(o.fields),
    `${(o.ms / 1000).toFixed(1)} s`,
    o.status === 'refused' || o.status === 'failed' ? o.message.split(' ').slice(1).join(' ').slice(0, 70) : checkVi(o.toCheck[0] ?? '').slice(0, 70),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  const counts = (['written', 'review', 'refused', 'failed'] as const).map((s) => `${outcomes.filter((o) => o.status === s).length} ${STATUS_VI[s]}`).join(', ');
  return ['', line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line), `Tổng: ${outcomes.length} tệp: ${counts}`].join('\n');
}

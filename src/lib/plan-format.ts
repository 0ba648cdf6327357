/**
 * How plans, units and agencies are named on the pages: small pure functions, so that
 * every page words the same fact the same way.
 */
import type { CatalogPlan, Unit } from './catalog';
import { formatLongVi, formatShortVi } from './dates';
import { STATUS_LABELS } from './schemas/plan';

/** "tỉnh Bến Tre", "thành phố Hà Nội", "huyện Kỳ Anh". */
export function unitName(unit: Pick<Unit, 'type' | 'name'>): string {
  return `${unit.type} ${unit.name}`;
}

/** "Tỉnh Bến Tre": the same, capitalised for the start of a line. */
export function unitTitle(unit: Pick<Unit, 'type' | 'name'>): string {
  const name = unitName(unit);
  return name[0]!.toUpperCase() + name.slice(1);
}

/** Whether a pre-2025 province was merged into another in 2025 (as opposed to kept whole). */
export function wasMerged(successor: Unit): boolean {
  return successor.predecessors.length > 1;
}

/**
 * What became of a pre-2025 province on 2025-07-01, in one sentence:
 * "Từ 01/7/2025 thuộc tỉnh Vĩnh Long." or "Không sắp xếp lại khi hợp nhất tỉnh năm 2025."
 */
export function successorSentence(successor: Unit): string {
  return wasMerged(successor) ? `Từ 01/7/2025 thuộc ${unitName(successor)} (Nghị quyết 202/2025/QH15).` : `Giữ nguyên khi sắp xếp đơn vị hành chính cấp tỉnh năm 2025 (Nghị quyết 202/2025/QH15).`;
}

/** "84/KH-UBND", or "Chưa ghi số (KH-UBND)" for an unnumbered plan. */
export function numberLabel(plan: CatalogPlan): string {
  if (plan.data.number !== null) return plan.data.number;
  return plan.data.symbol ? `Chưa ghi số (…/${plan.data.symbol})` : 'Chưa ghi số';
}

/** The number as the document's header prints it after "Số:": "84/KH-UBND", "…/KH-UBND" or "…". */
export function headerNumber(plan: CatalogPlan): string {
  return plan.data.number ?? (plan.data.symbol ? `…/${plan.data.symbol}` : '…');
}

/** The last breadcrumb of a plan page: "Kế hoạch 84/KH-UBND (2024)". */
export function planCrumbLabel(plan: CatalogPlan): string {
  return `Kế hoạch ${plan.data.number ?? 'chưa ghi số'} (${plan.data.year})`;
}

/** The issue date for lists: "12/01/2024", "01/2024", "2022", or "Không ghi ngày". */
export function dateLabel(plan: CatalogPlan): string {
  return plan.data.date ? formatShortVi(plan.data.date) : 'Không ghi ngày';
}

/** The place-and-date line as the document prints it: "Kỳ Anh, ngày 12 tháng 01 năm 2024". */
export function placeDateLine(plan: CatalogPlan): string | null {
  const date = plan.data.date ? formatLongVi(plan.data.date) : null;
  if (plan.data.place && date) return `${plan.data.place}, ${date}`;
  return plan.data.place ?? date;
}

/** "Đã ban hành" / "Chưa ghi số (dự thảo)". */
export function statusLabel(plan: CatalogPlan): string {
  return STATUS_LABELS[plan.data.status];
}

/** The title as a heading shows it: "Kế hoạch tuyên truyền cải cách hành chính …". */
export function fullTitle(plan: CatalogPlan): string {
  const title = plan.data.title;
  return `${plan.data.type} ${title[0]!.toLowerCase()}${title.slice(1)}`;
}

/** The agency's header lines for the document layout: its own letterhead or its name. */
export function letterheadLines(plan: CatalogPlan): { lines: string[]; fromSource: boolean } {
  if (plan.data.letterhead) return { lines: plan.data.letterhead, fromSource: true };
  return { lines: (plan.issuer.letterhead ?? [plan.issuer.name]).map((line) => line.toUpperCase()), fromSource: false };
}

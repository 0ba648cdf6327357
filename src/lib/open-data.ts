/**
 * The open-data record of a plan: one schema (zod) from which the JSON files, the CSV
 * files and the published JSON Schema all derive, so that the contract cannot drift.
 */
import { z } from 'zod';
import type { CatalogPlan } from './catalog';
import { citedDocumentHref, resolvedKey, type CitationIndex, type PlanCitation } from './citation-index';
import { planTasks, type Assignments } from './assignments';
import { toIsoPartial } from './dates';
import { csvBytes } from './csv';
import { jsonListBytes } from './text-bytes';

const named = z.object({ text: z.string(), agency: z.string().nullable().describe('Agency id when the text names one, else null') });

export const planRecordSchema = z
  .object({
    id: z.string().describe('Định danh ổn định, cũng là đường dẫn: tỉnh/cơ quan/năm/số hoặc tên'),
    url: z.string().describe('Đường dẫn trang kế hoạch trên cổng'),
    number: z.string().nullable().describe('Số, ký hiệu (dạng chuẩn); null nếu văn bản chưa ghi số'),
    type: z.string().describe('Loại văn bản'),
    title: z.string().describe('Trích yếu, như văn bản ghi'),
    date: z.string().nullable().describe('Ngày ban hành: YYYY-MM-DD, YYYY-MM hoặc YYYY theo đúng mức văn bản ghi; null nếu không có'),
    year: z.number().int().describe('Năm kế hoạch'),
    place: z.string().nullable().describe('Địa danh ghi ở dòng ngày tháng'),
    issuer: z.object({ id: z.string(), name: z.string() }).describe('Cơ quan ban hành: { id, name }'),
    level: z.enum(['tinh', 'so-nganh', 'huyen', 'xa']).describe('Cấp: tinh, so-nganh, huyen, xa'),
    province: z.object({ id: z.string(), name: z.string() }).describe('Tỉnh khi ban hành (trước sắp xếp năm 2025)'),
    provinceSuccessor: z.object({ id: z.string(), name: z.string() }).describe('Tỉnh từ ngày 01/7/2025'),
    district: z.object({ id: z.string(), name: z.string() }).nullable().describe('Huyện (với kế hoạch cấp huyện)'),
    status: z.enum(['ban-hanh', 'du-thao']).describe('ban-hanh (đã ghi số) hoặc du-thao (chưa ghi số)'),
    signer: z.object({ name: z.string().nullable(), title: z.string().nullable(), capacity: z.string().nullable() }).describe('Người ký: { name, title, capacity } (capacity: TM., KT. …)'),
    recipients: z.array(z.string()).describe('Nơi nhận, mỗi dòng như văn bản ghi'),
    legalBasis: z.array(z.object({ text: z.string(), references: z.array(z.string()).describe('Keys of the documents it cites') })).describe('Căn cứ: văn bản ghi và các mã văn bản được trích dẫn'),
    indices: z.array(z.string()).describe('Các chỉ số kế hoạch hướng tới'),
    duties: z.array(z.object({ agency: z.string().nullable(), named: z.string(), request: z.boolean(), items: z.array(z.string()) })).describe('Nhiệm vụ theo cơ quan (giao hoặc đề nghị), nguyên văn'),
    tasks: z
      .array(
        z.object({
          no: z.string(),
          content: z.string(),
          product: z.string().nullable(),
          lead: z.array(named),
          partners: z.array(named),
          start: z.string().nullable().describe('Start period as written'),
          end: z.string().nullable().describe('End period as written'),
          interval: z.object({ start: z.string().nullable(), end: z.string().nullable() }).describe('The period read as ISO dates'),
          notes: z.string().nullable(),
        }),
      )
      .describe('Bảng nhiệm vụ phụ lục: nội dung, sản phẩm, chủ trì, phối hợp, thời gian như văn bản ghi và khoảng thời gian đọc được'),
    references: z
      .array(
        z.object({
          key: z.string(),
          url: z.string(),
          type: z.string(),
          number: z.string().nullable(),
          numberAsWritten: z.string().nullable(),
          date: z.string().nullable(),
          issuer: z.string().nullable(),
          part: z.enum(['body', 'legalBasis']),
          start: z.number().int(),
          end: z.number().int(),
          surface: z.string(),
        }),
      )
      .describe('Các trích dẫn văn bản: vị trí, nguyên văn, mã văn bản'),
    corrections: z.array(z.object({ original: z.string(), corrected: z.string(), count: z.number().int(), reason: z.string() })).describe('Các đính chính lỗi chuyển đổi văn bản'),
  })
  .describe('A Vietnamese plan for communicating administrative reform, as published by the portal');

export type PlanRecord = z.output<typeof planRecordSchema>;

/** Each top-level field of a plan record with its description (the schema's own), in record order. */
export function planRecordFields(): { name: string; description: string }[] {
  return Object.entries(planRecordSchema.shape).map(([name, schema]) => {
    if (!schema.description) throw new Error(`The open-data field "${name}" has no description in planRecordSchema`);
    return { name, description: schema.description };
  });
}

/** The JSON Schema of a plan record, generated from the zod schema. */
export function planRecordJsonSchema(): object {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Kế hoạch (plan record)', ...z.toJSONSchema(planRecordSchema) };
}

/**
 * One citation as open data: where it is (part and span of the plan's text), what it
 * says, and the document it cites (the key it resolves to, and as read). The plan
 * records' `references` and /du-lieu/trich-dan.json are both made of these.
 */
export interface CitationRecord {
  plan: string;
  planUrl: string;
  part: 'body' | 'legalBasis';
  start: number;
  end: number;
  surface: string;
  key: string;
  keyAsRead: string;
  documentUrl: string;
  type: string;
  number: string | null;
  numberAsWritten: string | null;
  date: string | null;
  issuer: string | null;
  sentence: string;
}

/** The open-data form of one citation of the index. */
export function citationRecord(index: CitationIndex, { plan, citation: c, sentence, inLegalBasis }: PlanCitation): CitationRecord {
  return {
    plan: plan.id,
    planUrl: plan.url,
    part: inLegalBasis ? 'legalBasis' : 'body',
    start: c.start,
    end: c.end,
    surface: c.surface,
    key: resolvedKey(index, c.key),
    keyAsRead: c.key,
    documentUrl: citedDocumentHref(index, c.key),
    type: c.type,
    number: c.number,
    numberAsWritten: c.numberAsWritten,
    date: c.date,
    issuer: c.issuer,
    sentence,
  };
}

/** Every citation of one plan (body, then legal basis, each in reading order), as open data. */
export function planCitationRecords(index: CitationIndex, planId: string): CitationRecord[] {
  const own = index.byPlan.get(planId);
  return own ? [...own.body, ...own.legalBasis].map((entry) => citationRecord(index, entry)) : [];
}

/** Builds a plan's open-data record. */
export function planRecord(plan: CatalogPlan, citations: CitationIndex, assignments: Assignments): PlanRecord {
  const d = plan.data;
  const own = citations.byPlan.get(plan.id) ?? { body: [], legalBasis: [] };
  return {
    id: plan.id,
    url: plan.url,
    number: d.number,
    type: d.type,
    title: d.title,
    date: d.date ? toIsoPartial(d.date) : null,
    year: d.year,
    place: d.place,
    issuer: { id: plan.issuer.key, name: plan.issuer.name },
    level: d.level,
    province: { id: plan.province.key, name: plan.province.name },
    provinceSuccessor: { id: plan.successor.key, name: plan.successor.name },
    district: plan.district ? { id: plan.district.key, name: plan.district.name } : null,
    status: d.status,
    signer: { name: d.signer.name, title: d.signer.title, capacity: d.signer.capacity },
    recipients: d.recipients,
    legalBasis: d.legalBasis.map((text) => ({ text, references: own.legalBasis.filter((c) => c.sentence === text).map((c) => resolvedKey(citations, c.citation.key)) })),
    indices: d.indices,
    duties: d.duties.map((duty) => ({ agency: duty.agency, named: duty.named, request: duty.request, items: duty.items })),
    tasks: planTasks(assignments, plan).map((row) => ({
      no: row.task.no,
      content: row.task.content,
      product: row.task.product,
      lead: row.lead.map((n) => ({ text: n.text, agency: n.agency?.key ?? null })),
      partners: row.partners.map((n) => ({ text: n.text, agency: n.agency?.key ?? null })),
      start: row.task.start,
      end: row.task.end,
      interval: row.interval,
      notes: row.task.notes,
    })),
    references: planCitationRecords(citations, plan.id).map((r) => ({
      key: r.key,
      url: r.documentUrl,
      type: r.type,
      number: r.number,
      numberAsWritten: r.numberAsWritten,
      date: r.date,
      issuer: r.issuer,
      part: r.part,
      start: r.start,
      end: r.end,
      surface: r.surface,
    })),
    corrections: d.source.corrections,
  };
}

/** CSV writing (quoting, BOM, formula defusing) lives in csv.ts. */
export { toCsv } from './csv';

export const PLAN_CSV_HEADER = [
  'id',
  'url',
  'number',
  'type',
  'title',
  'date',
  'year',
  'place',
  'issuer_id',
  'issuer_name',
  'level',
  'province',
  'province_successor',
  'district',
  'status',
  'signer_name',
  'signer_title',
  'signer_capacity',
  'indices',
] as const;

export function planCsvRow(r: PlanRecord): unknown[] {
  return [
    r.id,
    r.url,
    r.number,
    r.type,
    r.title,
    r.date,
    r.year,
    r.place,
    r.issuer.id,
    r.issuer.name,
    r.level,
    r.province.id,
    r.provinceSuccessor.id,
    r.district?.id ?? null,
    r.status,
    r.signer.name,
    r.signer.title,
    r.signer.capacity,
    r.indices.join(' '),
  ];
}

export const TASK_CSV_HEADER = ['plan_id', 'no', 'content', 'product', 'lead', 'lead_agencies', 'partners', 'partner_agencies', 'start', 'end', 'interval_start', 'interval_end', 'notes'] as const;

export function taskCsvRows(r: PlanRecord): unknown[][] {
  return r.tasks.map((t) => [
    r.id,
    t.no,
    t.content,
    t.product,
    t.lead.map((n) => n.text).join(' | '),
    t.lead.map((n) => n.agency ?? '').join(' | '),
    t.partners.map((n) => n.text).join(' | '),
    t.partners.map((n) => n.agency ?? '').join(' | '),
    t.start,
    t.end,
    t.interval.start,
    t.interval.end,
    t.notes,
  ]);
}

export const CITATION_CSV_HEADER = ['plan_id', 'part', 'start', 'end', 'surface', 'key', 'url', 'type', 'number', 'number_as_written', 'date', 'issuer'] as const;

export function citationCsvRows(r: PlanRecord): unknown[][] {
  return r.references.map((c) => [r.id, c.part, c.start, c.end, c.surface, c.key, c.url, c.type, c.number, c.numberAsWritten, c.date, c.issuer]);
}

/*
 * The bulk files, as bytes: the archive-wide ones outgrow a JavaScript string (text-bytes.ts),
 * so each record is serialised on its own and never joined to the rest as text.
 */

/** ke-hoach.json: the records with the address of their JSON Schema. */
export function catalogueBytes(schemaUrl: string, records: readonly PlanRecord[]): Uint8Array<ArrayBuffer> {
  return jsonListBytes({ schema: schemaUrl, count: records.length }, 'plans', records);
}

/** trich-dan.json: the citations of the plans, in their order. */
export function citationsJsonBytes(citations: readonly CitationRecord[]): Uint8Array<ArrayBuffer> {
  return jsonListBytes({ description: 'Trích dẫn văn bản trong các kế hoạch (citations extracted from the plans)', count: citations.length }, 'citations', citations);
}

/** ke-hoach.csv: a row per plan. */
export function plansCsvBytes(records: readonly PlanRecord[]): Uint8Array<ArrayBuffer> {
  return csvBytes(PLAN_CSV_HEADER, records.map(planCsvRow));
}

/** nhiem-vu.csv: a row per appendix task. */
export function tasksCsvBytes(records: readonly PlanRecord[]): Uint8Array<ArrayBuffer> {
  return csvBytes(TASK_CSV_HEADER, flatRows(records, taskCsvRows));
}

/** trich-dan.csv: a row per citation. */
export function citationsCsvBytes(records: readonly PlanRecord[]): Uint8Array<ArrayBuffer> {
  return csvBytes(CITATION_CSV_HEADER, flatRows(records, citationCsvRows));
}

function* flatRows(records: readonly PlanRecord[], rows: (r: PlanRecord) => unknown[][]): Generator<unknown[]> {
  for (const record of records) yield* rows(record);
}

/**
 * The open-data record of a plan: one schema (zod) from which the JSON files, the CSV
 * files and the published JSON Schema all derive, so that the contract cannot drift.
 */
import { z } from 'astro/zod';
import type { CatalogPlan } from './catalog';
import type { CitationIndex } from './citation-index';
import type { Assignments } from './assignments';
import { toIsoPartial } from './dates';
import { documentUrl } from './cited-format';

const named = z.object({ text: z.string(), agency: z.string().nullable().describe('Agency id when the text names one, else null') });

export const planRecordSchema = z
  .object({
    id: z.string().describe('Stable identity, also the path: <province>/<issuer>/<year>/<number or slug>'),
    url: z.string().describe('Path of the plan page on the portal'),
    number: z.string().nullable().describe('Số, ký hiệu (canonical), or null for an unnumbered plan'),
    type: z.string().describe('Document type (Kế hoạch…)'),
    title: z.string().describe('Trích yếu, as written'),
    date: z.string().nullable().describe('Issue date: YYYY-MM-DD, YYYY-MM or YYYY as the source gives it; null when absent'),
    year: z.number().int().describe('The year the plan is for'),
    place: z.string().nullable().describe('Địa danh of the place-and-date line'),
    issuer: z.object({ id: z.string(), name: z.string() }),
    level: z.enum(['tinh', 'so-nganh', 'huyen', 'xa']),
    province: z.object({ id: z.string(), name: z.string() }).describe('Province as issued (before the 2025 rearrangement)'),
    provinceSuccessor: z.object({ id: z.string(), name: z.string() }).describe('The province it belongs to from 2025-07-01'),
    district: z.object({ id: z.string(), name: z.string() }).nullable(),
    status: z.enum(['ban-hanh', 'du-thao']),
    signer: z.object({ name: z.string().nullable(), title: z.string().nullable(), capacity: z.string().nullable() }),
    recipients: z.array(z.string()),
    legalBasis: z.array(z.object({ text: z.string(), references: z.array(z.string()).describe('Keys of the documents it cites') })),
    indices: z.array(z.string()),
    duties: z.array(z.object({ agency: z.string().nullable(), named: z.string(), request: z.boolean(), items: z.array(z.string()) })),
    tasks: z.array(
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
    ),
    references: z.array(
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
    ),
    corrections: z.array(z.object({ original: z.string(), corrected: z.string(), count: z.number().int(), reason: z.string() })),
  })
  .describe('A Vietnamese plan for communicating administrative reform, as published by the portal');

export type PlanRecord = z.output<typeof planRecordSchema>;

/** The JSON Schema of a plan record, generated from the zod schema. */
export function planRecordJsonSchema(): object {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Kế hoạch (plan record)', ...z.toJSONSchema(planRecordSchema) };
}

/** Builds a plan's open-data record. */
export function planRecord(plan: CatalogPlan, citations: CitationIndex, assignments: Assignments): PlanRecord {
  const d = plan.data;
  const own = citations.byPlan.get(plan.id) ?? { body: [], legalBasis: [] };
  const resolved = (key: string) => citations.documents.get(key)?.resolvedTo ?? key;
  const hrefOf = (key: string) => {
    const document = citations.documents.get(key);
    return document?.plan ? document.plan.url : documentUrl(resolved(key));
  };
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
    legalBasis: d.legalBasis.map((text) => ({ text, references: own.legalBasis.filter((c) => c.sentence === text).map((c) => resolved(c.citation.key)) })),
    indices: d.indices,
    duties: d.duties.map((duty) => ({ agency: duty.agency, named: duty.named, request: duty.request, items: duty.items })),
    tasks: assignments.tasks
      .filter((row) => row.plan === plan)
      .map((row) => ({
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
    references: [...own.body, ...own.legalBasis].map(({ citation: c, inLegalBasis }) => ({
      key: resolved(c.key),
      url: hrefOf(c.key),
      type: c.type,
      number: c.number,
      numberAsWritten: c.numberAsWritten,
      date: c.date,
      issuer: c.issuer,
      part: inLegalBasis ? ('legalBasis' as const) : ('body' as const),
      start: c.start,
      end: c.end,
      surface: c.surface,
    })),
    corrections: d.source.corrections,
  };
}

/** A CSV field: quoted when it holds a comma, quote or line break; quotes doubled. */
function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a byte-order mark (so spreadsheet programs read Vietnamese as UTF-8) and CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export const PLAN_CSV_HEADER = ['id', 'url', 'number', 'type', 'title', 'date', 'year', 'place', 'issuer_id', 'issuer_name', 'level', 'province', 'province_successor', 'district', 'status', 'signer_name', 'signer_title', 'signer_capacity', 'indices'] as const;

export function planCsvRow(r: PlanRecord): unknown[] {
  return [r.id, r.url, r.number, r.type, r.title, r.date, r.year, r.place, r.issuer.id, r.issuer.name, r.level, r.province.id, r.provinceSuccessor.id, r.district?.id ?? null, r.status, r.signer.name, r.signer.title, r.signer.capacity, r.indices.join(' ')];
}

export const TASK_CSV_HEADER = ['plan_id', 'no', 'content', 'product', 'lead', 'lead_agencies', 'partners', 'partner_agencies', 'start', 'end', 'interval_start', 'interval_end', 'notes'] as const;

export function taskCsvRows(r: PlanRecord): unknown[][] {
  return r.tasks.map((t) => [r.id, t.no, t.content, t.product, t.lead.map((n) => n.text).join(' | '), t.lead.map((n) => n.agency ?? '').join(' | '), t.partners.map((n) => n.text).join(' | '), t.partners.map((n) => n.agency ?? '').join(' | '), t.start, t.end, t.interval.start, t.interval.end, t.notes]);
}

export const CITATION_CSV_HEADER = ['plan_id', 'part', 'start', 'end', 'surface', 'key', 'url', 'type', 'number', 'number_as_written', 'date', 'issuer'] as const;

export function citationCsvRows(r: PlanRecord): unknown[][] {
  return r.references.map((c) => [r.id, c.part, c.start, c.end, c.surface, c.key, c.url, c.type, c.number, c.numberAsWritten, c.date, c.issuer]);
}

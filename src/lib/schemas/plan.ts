/**
 * Schema of the plans collection: the frontmatter of `content/plans/**\/*.mdx`.
 *
 * A plan's frontmatter holds what the official document states outside its body
 * (number, place and date, issuing body, signature block, recipients, appendix tasks)
 * as the source writes it. Where the source is silent a value is null, never a guess.
 * The body holds the full text as structured Markdown.
 *
 * Cross-entry rules (identity, references to agencies and provinces, the file path
 * being the plan's URL) need the other collections and are checked in `catalog.ts`.
 */
import { z } from 'zod';
import { PLAN_LEVELS } from '../levels';
import { DOCUMENT_NUMBER_EXPECTED, isDocumentSymbol, parseDocumentNumber } from '../document-number';
import { partialDate, slug, text } from './common';
import { findInvisibleCharacters, normalizeDeep } from '../text-hygiene';

import { PLAN_TYPES } from '../plan-types';
export { PLAN_TYPES };

/** Signing capacities (NĐ 30/2020, Phụ lục I, Mục II.7). */
export const CAPACITIES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;

export const PLAN_STATUSES = ['ban-hanh', 'du-thao'] as const;
export const STATUS_LABELS: Record<(typeof PLAN_STATUSES)[number], string> = {
  'ban-hanh': 'Đã ban hành',
  'du-thao': 'Chưa ghi số (dự thảo)',
};

const documentNumber = z.string({ error: `expected number as ${DOCUMENT_NUMBER_EXPECTED}` }).refine((value) => parseDocumentNumber(value) !== null, {
  error: (issue) => `"${String(issue.input)}" is not a valid number: expected ${DOCUMENT_NUMBER_EXPECTED}`,
});

const symbol = z.string({ error: 'expected symbol as the ký hiệu without spaces, such as "KH-UBND"' }).refine(isDocumentSymbol, {
  error: (issue) => `"${String(issue.input)}" is not a ký hiệu: expected groups joined by hyphens, such as "KH-UBND"`,
});

/** A row of a plan's appendix table of tasks, every cell as written. */
export const taskSchema = z.strictObject({
  /** The row number as written ("1", "2"…). */
  no: text('no (the row number as written)'),
  /** "Nội dung nhiệm vụ". */
  content: text('content (the task as written)'),
  /** "Sản phẩm", or null when the table has no such column or leaves it empty. */
  product: text('product').nullable().default(null),
  /** "Cơ quan chủ trì": each body as written, in order. */
  lead: z.array(text('a lead body')).default([]),
  /** "Cơ quan phối hợp": each body or group as written, in order. */
  partners: z.array(text('a partner body')).default([]),
  /** Start period as written ("Tháng 01/2021", "Quý II/2021"), or null. */
  start: text('start').nullable().default(null),
  /** End or deadline as written ("Quý I/2022", "Thường xuyên trong năm"), or null. */
  end: text('end').nullable().default(null),
  /** "Ghi chú", or null. */
  notes: text('notes').nullable().default(null),
});

/**
 * The duties a plan assigns to one body in its "Tổ chức thực hiện" section (or its
 * equivalents), each duty as written.
 */
export const dutySchema = z.strictObject({
  /** The agency (an id of the agencies collection), or null when the text names a group ("UBND các xã"). */
  agency: z.string({ error: 'expected duties[].agency as an agency id such as "quang-tri/so-noi-vu", or null for a group' }).nullable(),
  /** The body as the plan names it in the heading or lead-in ("Sở Thông tin và Truyền thông"). */
  named: text('duties[].named (the body as the plan names it)'),
  /** True for "Đề nghị …": a request to a body the issuer does not command (Mặt trận, Party bodies). */
  request: z.boolean().default(false),
  /** Each duty as written: a list item without its bullet, or the sentence of a one-line duty. */
  items: z.array(text('a duty as written')).min(1, { error: 'expected at least one duty item' }),
});

/** A correction to an evident conversion error of the source text. */
export const correctionSchema = z.strictObject({
  /** The text as the source has it: "Bru điện". */
  original: z.string().min(1),
  /** The text as published here: "Bưu điện". */
  corrected: z.string(),
  /** How many times it was corrected. */
  count: z.number().int().min(1).default(1),
  /** Why: the evidence that it is a conversion error, not the author's wording. */
  reason: text('reason (why this is an evident conversion error)'),
});

const planFields = z
  .strictObject(
    {
      /** Document type (tên loại văn bản). */
      type: z.enum(PLAN_TYPES, { error: `expected type as one of: ${PLAN_TYPES.join(', ')}` }).default('Kế hoạch'),
      /** Số, ký hiệu in canonical form ("84/KH-UBND"), or null when the source leaves it blank. */
      number: documentNumber.nullable(),
      /** Ký hiệu alone ("KH-UBND"), as printed even on an unnumbered draft; null if the source gives none. */
      symbol: symbol.nullable(),
      /** Trích yếu: the title as written after the type word. */
      title: text('title (the trích yếu, as written after "KẾ HOẠCH")').pipe(z.string().max(500, { error: 'title is longer than 500 characters: expected the trích yếu only' })),
      /** The year the plan is for ("năm 2022"), which may differ from the year it was issued. */
      year: z
        .number({ error: 'expected year as the year the plan covers, a number such as 2022' })
        .int()
        .min(1990, { error: 'expected year from 1990 on' })
        .max(2100, { error: 'expected year before 2100' }),
      /** Issue date, full or partial as the source gives it ("2024-01-12", "2024-01", "2022"); null if absent. */
      date: partialDate.nullable(),
      /** Địa danh of the place-and-date line ("Quảng Trị"), or null when the source has none. */
      place: text('place').nullable(),
      /** The issuing body: an id of the agencies collection ("quang-tri/ubnd-tinh"). */
      issuer: z.string({ error: 'expected issuer as an agency id such as "quang-tri/ubnd-tinh"' }),
      /** Administrative level of the issuer. */
      level: z.enum(PLAN_LEVELS, { error: `expected level as one of: ${PLAN_LEVELS.join(', ')}` }),
      /** Province as issued (a pre-2025 unit of the provinces collection): "quang-tri". */
      province: slug('province (a pre-2025 province id such as "quang-tri")'),
      /** For a district plan, the district id ("ha-tinh/huyen-ky-anh"); else null. */
      district: z.string().nullable().default(null),
      /** "ban-hanh" for an issued plan; "du-thao" when the source leaves the number blank. */
      status: z.enum(PLAN_STATUSES, { error: 'expected status as "ban-hanh" (issued) or "du-thao" (number left blank)' }),
      /** The issuer's header lines as the source prints them, or null when the source has none. */
      letterhead: z.array(text('a letterhead line')).min(1).nullable().default(null),
      /** The signature block. */
      signer: z.strictObject({
        /** Name of the signer, or null when the source gives none. */
        name: text('signer.name').nullable(),
        /** The signer's own title ("Chủ tịch", "Phó Chủ tịch", "Giám đốc"), or null. */
        title: text('signer.title').nullable(),
        /** The prefix governing the signer's title (TM., KT. …), or null when they sign in their own right. */
        capacity: z.enum(CAPACITIES, { error: `expected signer.capacity as one of: ${CAPACITIES.join(', ')}, or null` }).nullable(),
        /** The block's lines as printed ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"). */
        lines: z.array(text('a signature line')).default([]),
      }),
      /** Nơi nhận, one line each as written, the "Lưu" line included. */
      recipients: z.array(text('a recipient line')).default([]),
      /** The documents the plan says it implements ("Thực hiện …", "Căn cứ …"), each as written. */
      legalBasis: z.array(text('a legal basis')).default([]),
      /** The indices the plan names: ids of content/indices.yaml (checked in catalog.ts). */
      indices: z.array(slug('each index (an id of content/indices.yaml such as "pci")')).default([]),
      /** Duties per body from "Tổ chức thực hiện" (empty until extracted). */
      duties: z.array(dutySchema).default([]),
      /** The appendix table of tasks as structured rows (empty when the plan has none). */
      tasks: z.array(taskSchema).default([]),
      /** Where the text comes from and every correction made to it. */
      source: z.strictObject({
        /** The source file the text was converted from. */
        file: text('source.file'),
        /** Evident conversion errors corrected in this copy. */
        corrections: z.array(correctionSchema).default([]),
        /** Other remarks on the conversion (layout normalised, provenance of a field). */
        notes: z.array(text('a note')).default([]),
      }),
      /** Former URL paths of this plan (relative to /ke-hoach/), kept as redirects. */
      aliases: z.array(z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/)).default([]),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : undefined) },
  )
  .superRefine((plan, ctx) => {
    for (const found of findInvisibleCharacters(plan)) {
      ctx.addIssue({
        code: 'custom',
        path: found.path,
        message: `contains an invisible character (${found.description}) at position ${found.index + 1}: delete it`,
      });
    }
    const parsed = plan.number === null ? null : parseDocumentNumber(plan.number);
    if (parsed) {
      if (plan.symbol !== null && parsed.symbol !== plan.symbol) {
        ctx.addIssue({
          code: 'custom',
          path: ['symbol'],
          message: `symbol "${plan.symbol}" differs from the symbol of number "${plan.number}" ("${parsed.symbol}")`,
        });
      }
    }
    if (plan.status === 'ban-hanh' && plan.number === null) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'an issued plan ("ban-hanh") needs its number' });
    }
    if (plan.status === 'du-thao' && plan.number !== null) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'a plan with a number is issued: expected status "ban-hanh"' });
    }
    if (plan.level === 'huyen' && plan.district === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['district'],
        message: 'a district plan (level "huyen") needs its district id, such as "ha-tinh/huyen-ky-anh"',
      });
    }
    if ((plan.level === 'tinh' || plan.level === 'so-nganh') && plan.district !== null) {
      ctx.addIssue({ code: 'custom', path: ['district'], message: `a plan of level "${plan.level}" has no district: expected null` });
    }
  });

/**
 * The plan schema. Every string is normalised to NFC first, so that decomposed Vietnamese
 * (as some editors save it) compares, sorts and slugs like composed text.
 */
export const planSchema = z.preprocess(normalizeDeep, planFields);

export type PlanInput = z.input<typeof planFields>;
export type PlanData = z.output<typeof planFields>;
export type Task = z.output<typeof taskSchema>;
export type Duty = z.output<typeof dutySchema>;

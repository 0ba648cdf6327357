/**
 * Schema of the provinces collection: administrative units, as issued and as they are now.
 *
 * Three kinds of entry share the collection:
 * - the 63 provincial units before the 2025 rearrangement (id = slug: "quang-tri");
 * - the 34 units from 2025-07-01 under Nghị quyết 202/2025/QH15 (id = slug + "-2025":
 *   "quang-tri-2025"), since a new unit may carry the name of one of its predecessors;
 * - the district-level units the plans name (id = province + "/" + type + name:
 *   "ha-tinh/huyen-ky-anh", as huyện and thị xã Kỳ Anh both exist).
 * Facts and sources: content/provinces/provinces-vn.json (copied from the project's
 * verified reference) and content/provinces/districts.yaml.
 */
import { z } from 'zod';
import { slug, text } from './common';

export const UNIT_TYPES = ['tỉnh', 'thành phố', 'huyện', 'thị xã', 'thành phố thuộc tỉnh', 'quận'] as const;

export const provinceSchema = z.strictObject({
  /** "Quảng Trị", "Kỳ Anh": the name without its type. */
  name: text('name'),
  /** "Tỉnh Quảng Trị", "Huyện Kỳ Anh". */
  fullName: text('fullName'),
  type: z.enum(UNIT_TYPES, { error: `expected type as one of: ${UNIT_TYPES.join(', ')}` }),
  /** "province" for provincial units, "district" for district-level units. */
  tier: z.enum(['province', 'district']),
  /** "pre-2025" for units as they were until 2025-06-30, "2025" for the units from 2025-07-01. */
  era: z.enum(['pre-2025', '2025']),
  /** Statistical code (GSO), two digits for provinces, three for districts; null if unknown. */
  code: z
    .string()
    .regex(/^\d{2,5}$/)
    .nullable(),
  /** URL slug of the name (also the id of a pre-2025 province). */
  slug: slug('slug'),
  /** For a pre-2025 province: the id of its 2025 successor ("vinh-long-2025"). */
  successor: z.string().nullable(),
  /** For a 2025 province: the ids of its predecessors, the name-bearer first. */
  predecessors: z.array(z.string()).default([]),
  /** For a district: the id of its (pre-2025) province. */
  parent: z.string().nullable(),
  /** Last day the unit existed, ISO date, or null while it exists. */
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** A note on the unit's fate, with its legal source ("Cấp huyện kết thúc hoạt động từ 01/7/2025…"). */
  note: z.string().nullable().default(null),
});

export type ProvinceData = z.output<typeof provinceSchema>;

/** Schema of an entry of content/provinces/districts.yaml, as authors write it. */
export const districtEntrySchema = z.strictObject({
  province: slug('province (the pre-2025 province slug)'),
  type: z.enum(['huyện', 'thị xã', 'thành phố thuộc tỉnh', 'quận'], {
    error: 'expected type as one of: huyện, thị xã, thành phố thuộc tỉnh, quận',
  }),
  name: text('name (the district name without its type, e.g. "Kỳ Anh")'),
  code: z
    .string()
    .regex(/^\d{3}$/, { error: 'expected code as the three-digit GSO district code' })
    .nullable()
    .default(null),
  source: text('source (where the facts come from)'),
});

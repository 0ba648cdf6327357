/**
 * Schema of the agencies collection: the bodies that issue plans or are tasked by them.
 *
 * Agencies live in `content/agencies/<province>.yaml` (or `trung-uong.yaml`), one list
 * per province; an agency's id is `<file>/<id>`, e.g. `quang-tri/so-noi-vu`, which is
 * also its URL under /co-quan/.
 */
import { z } from 'zod';
import { AGENCY_KIND_IDS } from '../agency-kinds';
import { AGENCY_LEVELS } from '../levels';
import { slug, text } from './common';

export const agencySchema = z.strictObject(
  {
    /** Local part of the id, unique within its file: "so-noi-vu", "ubnd-huyen-ky-anh". */
    id: slug("id (the agency's slug within its province file)"),
    /** Official full name: "Ủy ban nhân dân tỉnh Quảng Trị", "Sở Nội vụ tỉnh Quảng Trị". */
    name: text('name (the official full name, e.g. "Sở Nội vụ tỉnh Quảng Trị")'),
    /** Short names used in the texts: "UBND tỉnh Quảng Trị", "Sở VHTTDL". */
    shortNames: z.array(text('a short name')).default([]),
    /** Kind, so that bodies of one kind are gathered across provinces. */
    kind: z.enum(AGENCY_KIND_IDS, {
      error: `expected kind as one of: ${AGENCY_KIND_IDS.join(', ')}`,
    }),
    /** Administrative level of the body. */
    level: z.enum(AGENCY_LEVELS, { error: `expected level as one of: ${AGENCY_LEVELS.join(', ')}` }),
    /** Province (pre-2025 unit) the body belongs to; null for a central body. Set from the file name. */
    province: slug('province').nullable(),
    /** The district (cấp huyện) the body belongs to, as a provinces-collection id, or null. */
    district: z.string({ error: 'expected district as a district id such as "ha-tinh/huyen-ky-anh", or null' }).nullable().default(null),
    /** Header lines printed above the body's documents ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"). */
    letterhead: z.array(text('a letterhead line')).min(1).optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : undefined) },
);

export type AgencyInput = z.input<typeof agencySchema>;
export type AgencyData = z.output<typeof agencySchema>;

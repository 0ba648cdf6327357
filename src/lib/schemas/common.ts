/**
 * Building blocks shared by the collection schemas. Every message is written for the
 * author of a content file: it says what was expected, with an example.
 */
import { z } from 'zod';
import { parseIsoPartialDate, type PartialDate } from '../dates';
import { SLUG_PATTERN } from '../slug';

/** A non-empty string, trimmed, normalised to NFC (decomposed Vietnamese is folded here). */
export function text(what: string) {
  return z
    .string({ error: `expected ${what} as text` })
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: `expected ${what}, not an empty string` }));
}

/** A URL slug: lowercase ASCII words joined by hyphens. */
export function slug(what: string) {
  return z.string({ error: `expected ${what} as a slug such as "quang-tri"` }).regex(SLUG_PATTERN, {
    error: `expected ${what} as a lowercase ASCII slug such as "quang-tri" (letters a–z, digits, single hyphens)`,
  });
}

/**
 * A full or partial date, written "2024-01-12", "2024-01" or "2022" (YAML may give the
 * bare year as a number). Parsed into a {@link PartialDate}; impossible dates are refused.
 */
export const partialDate = z
  .union([z.string(), z.number().int()], {
    error: 'expected a date written "YYYY-MM-DD", "YYYY-MM" or "YYYY" (quoted), or null when the source gives none',
  })
  .transform((value, ctx): PartialDate => {
    const parsed = parseIsoPartialDate(String(value));
    if (typeof parsed === 'string') {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `${parsed}; expected a real date written "YYYY-MM-DD", "YYYY-MM" or "YYYY"`,
      });
      return z.NEVER;
    }
    return parsed;
  });

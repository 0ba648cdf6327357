/**
 * The citation vocabulary as data (content/reference/*.yaml): document types and their
 * abbreviations, issuers, Party terms and programmes cited by name. Validated here when
 * `npm run vocabulary` turns the YAML into the table the parser imports, and by the unit
 * tests; the parser itself (which also runs in the browser) reads the validated table.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
/** An abbreviation as it stands inside a number: letters (Đ included) and digits, no spaces. */
const abbreviation = z.string().regex(/^[A-Za-zĐđ][A-Za-zĐđ0-9&]*$/u, 'must be an abbreviation such as "NQ", "TTg" or "BGDĐT" (letters and digits, no spaces)');

export const documentTypesSchema = z.strictObject({
  /** Every canonical document type, in the order the portal lists them. */
  types: z
    .array(
      z.strictObject({
        /** The canonical type ("Nghị quyết"). */
        name: text,
        /** Other ways a text writes the type before a number ("Chương trình hành động"). */
        words: z.array(text).default([]),
        /** Abbreviations of the type inside a number, in canonical case ("NQ", "CTr"). */
        symbols: z.array(abbreviation).default([]),
        /** Abbreviations written before a number in place of the word ("QĐ số …"). */
        before: z.array(abbreviation).default([]),
      }),
    )
    .min(1),
  /** Other abbreviations rendered in mixed case whatever case a text writes ("TTg"). */
  mixedCase: z.array(abbreviation).default([]),
});

export const issuersSchema = z.strictObject({
  national: z.array(z.strictObject({ abbreviation, name: text })).min(1),
  local: z.array(
    z.strictObject({
      abbreviation,
      /** The body's name in a place: "{level}" becomes "tỉnh" or "huyện", "{place}" the place's name. */
      name: text.refine((value) => value.includes('{place}'), 'must contain "{place}"'),
    }),
  ),
  /** Abbreviations of Party committees and their organs (numbers N-TYPE/ISSUER). */
  party: z.array(abbreviation).min(1),
  /** Words that begin a subject after an issuer ("quy định", "về", "phê duyệt"). */
  subject: z.array(text).min(1),
});

export const partySchema = z.strictObject({
  centralTerms: z.array(z.strictObject({ term: z.string().regex(/^[IVXLC]+$/, 'must be a Roman numeral'), from: isoDate })).min(1),
  termsKnownUntil: isoDate,
});

export const programmesSchema = z.strictObject({
  programmes: z.array(
    z.strictObject({
      /** The phrasings texts use; spaces match any whitespace, a hyphen matches with spaces around it. */
      names: z.array(text).min(1),
      type: text,
      /** The number of the document that issued the programme, as written canonically. */
      number: text,
      date: isoDate,
      issuer: text,
      /** Why this name is that document. */
      evidence: text,
    }),
  ),
});

export const vocabularySchema = z.strictObject({
  documentTypes: documentTypesSchema,
  issuers: issuersSchema,
  party: partySchema,
  programmes: programmesSchema,
});

export type VocabularyData = z.infer<typeof vocabularySchema>;

/** The YAML files and the part of the vocabulary each one holds. */
export const VOCABULARY_FILES = {
  documentTypes: 'document-types.yaml',
  issuers: 'issuers.yaml',
  party: 'party.yaml',
  programmes: 'programmes.yaml',
} as const;

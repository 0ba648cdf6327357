/**
 * Schema of the indices collection (content/indices.yaml): the indices plans target,
 * named as the plans define them, with the patterns that detect a mention.
 */
import { z } from 'zod';
import { slug, text } from './common';

export const indexSchema = z.strictObject({
  id: slug('id'),
  /** The acronym as plans write it: "PAR INDEX", "PCI". */
  label: text('label'),
  /** The full Vietnamese name as a plan defines it. */
  name: text('name'),
  /** Which plan defines it so, with its words. */
  definedIn: text('definedIn'),
  /** Regular expressions (case-insensitive, Unicode) that detect a mention in a plan's text. */
  patterns: z
    .array(
      z.string().refine(
        (source) => {
          try {
            new RegExp(source, 'iu');
            return true;
          } catch {
            return false;
          }
        },
        { error: (issue) => `"${String(issue.input)}" is not a valid regular expression` },
      ),
    )
    .min(1),
});

export type IndexData = z.output<typeof indexSchema>;

/**
 * A report: a text and what was extracted from it. The bundled archive's records and
 * the user's collection records both extend this, so cross-reference treats them alike.
 */
import { z } from 'zod';
import { extractionSchema } from './extraction';

export const reportSchema = z.object({
  /** Archive: the source file's base name (`002_3b87ff4c7a31394c`). Collection: a generated id. */
  id: z.string().min(1),
  title: z.string(),
  /** Publisher or site name where known (`苗乡兴文`, `www.example.cn`). */
  source: z.string().nullable(),
  url: z.string().nullable(),
  /** Publication date, YYYY-MM-DD, where the page or text gives it. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Full text; every offset in `extraction` refers to it. */
  text: z.string(),
  extraction: extractionSchema,
});
export type Report = z.infer<typeof reportSchema>;

/**
 * The gazetteer asset as written by scripts/build-gazetteer.ts and read by the loaders.
 * Validated on load: the asset is a file like any other import.
 */
import { z } from 'zod';

export const GAZETTEER_FORMAT_VERSION = 1;

export const formerDivisionSchema = z.object({
  /** The 2019 code. */
  code: z.string().regex(/^\d{6}$/),
  name: z.string().min(2),
  /** Code of the current division that succeeded it, or null when unknown. */
  current: z.string().regex(/^\d{6}$/).nullable(),
  /** What happened, in Chinese (`2020年撤销，并入崇川区`). */
  note: z.string(),
});
export type FormerDivision = z.infer<typeof formerDivisionSchema>;

export const gazetteerDataSchema = z.object({
  version: z.literal(GAZETTEER_FORMAT_VERSION),
  source: z.string(),
  /** "code\tname" lines, provinces (2 digits) to townships (9 digits), sorted by level. */
  divisions: z.string().min(1),
  former: z.array(formerDivisionSchema),
});
export type GazetteerData = z.infer<typeof gazetteerDataSchema>;

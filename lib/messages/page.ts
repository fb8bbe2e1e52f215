/**
 * Messages answered by the content script of a tab (sent with `browser.tabs.sendMessage`).
 * Every message and every reply is parsed with these schemas on the receiving side.
 */
import { z } from 'zod';
import { extractionSchema } from '../schema/extraction';

export const pageRequestSchema = z.discriminatedUnion('type', [
  /** The facts of the page as the content script sees them now. */
  z.object({ type: z.literal('page/get-facts') }),
  /** Run extraction and highlighting on a page that was not detected ("annotate this page"). */
  z.object({ type: z.literal('page/annotate') }),
  /** Scroll to a mention (by its offsets in `articleText`) and flash it. */
  z.object({ type: z.literal('page/reveal'), start: z.number().int(), end: z.number().int() }),
]);
export type PageRequest = z.infer<typeof pageRequestSchema>;

export const pageFactsSchema = z.object({
  url: z.string(),
  title: z.string(),
  /** Publication date found in meta tags or the text (YYYY-MM-DD), else null. */
  published: z.string().nullable(),
  /** The article text as a reader sees it; all offsets refer to it. */
  articleText: z.string(),
  extraction: extractionSchema,
  /** Whether highlights are painted now (detected, or annotated on request). */
  annotated: z.boolean(),
});
export type PageFacts = z.infer<typeof pageFactsSchema>;

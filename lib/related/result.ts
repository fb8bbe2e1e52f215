/**
 * A related report as cross-reference returns it: to the popup and reader (through the
 * background, so it is parsed there with this schema) and to the `related` CLI.
 */
import { z } from 'zod';
import { headcountKindSchema, placeLevelSchema } from '../schema/extraction';
import { reportOriginSchema } from '../archive/schema';
import { RELATIONS } from './relation';

export const placeReasonSchema = z.object({
  /** The place as the page names it. */
  page: z.string(),
  /** The place as the related report names it. */
  other: z.string(),
  relation: z.enum(RELATIONS),
  /** The deepest place both lie in (the page place itself for `same`/`inside`). */
  via: z.string(),
  viaLevel: placeLevelSchema,
  tier: z.number().int().min(1).max(4),
});
export type PlaceReason = z.infer<typeof placeReasonSchema>;

const figureSideSchema = z.object({
  text: z.string(),
  value: z.number(),
  approx: z.boolean(),
  role: z.string().nullable(),
  kind: headcountKindSchema,
  place: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});

export const figureReasonSchema = z.object({
  status: z.enum(['corroborated', 'conflict', 'shared']),
  page: figureSideSchema,
  other: figureSideSchema,
});
export type FigureReason = z.infer<typeof figureReasonSchema>;

export const snippetSchema = z.object({
  text: z.string(),
  /** Ranges of `text` to mark (the shared place or figure). */
  marks: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
});
export type Snippet = z.infer<typeof snippetSchema>;

export const relatedResultSchema = z.object({
  id: z.string(),
  origin: reportOriginSchema,
  title: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  score: z.number(),
  /** Most distinctive figures coincide: probably the same story republished. */
  reprint: z.boolean(),
  places: z.array(placeReasonSchema),
  figures: z.array(figureReasonSchema),
  snippets: z.array(snippetSchema),
});
export type RelatedResult = z.infer<typeof relatedResultSchema>;

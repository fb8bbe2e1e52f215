/**
 * The extraction result: what the extractor finds in one text. It crosses every
 * boundary (content script → background → popup, IndexedDB records, archive packs,
 * the CLI), so it is defined once here as a zod schema and the types derive from it.
 *
 * Offsets (`start`, `end`) are JavaScript string indices into the ORIGINAL text that
 * was given to the extractor: `original.slice(start, end) === text`.
 */
import { z } from 'zod';

export const PLACE_LEVELS = ['province', 'prefecture', 'county', 'township', 'village', 'compound'] as const;
export const placeLevelSchema = z.enum(PLACE_LEVELS);
export type PlaceLevel = z.infer<typeof placeLevelSchema>;

export const HEADCOUNT_KINDS = ['mobilized', 'population', 'person-times'] as const;
export const headcountKindSchema = z.enum(HEADCOUNT_KINDS);
export type HeadcountKind = z.infer<typeof headcountKindSchema>;

export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The mention exactly as written in the original text. */
  text: z.string(),
});

export const placeMentionSchema = spanSchema.extend({
  /** Full official name, simplified (`黄冈` → `黄冈市`); a former name stays as written (`海门市`). */
  name: z.string(),
  level: placeLevelSchema,
  /** Official division code where there is one (2/4/6/9/12 digits), else null. */
  code: z.string().nullable(),
  /** Full names from the province down to this place itself. */
  path: z.array(z.string()),
  /** Division codes aligned with `path` (null where a level has no code). */
  pathCodes: z.array(z.string().nullable()),
  /** Why a resolution is not plain, e.g. "2020年并入崇川区" or "pattern-recognised; not in the gazetteer". */
  note: z.string().optional(),
  /** For renamed or merged places: the current official name and code. */
  current: z.object({ name: z.string(), code: z.string() }).optional(),
});
export type PlaceMention = z.infer<typeof placeMentionSchema>;

export const headcountSchema = spanSchema.extend({
  value: z.number().int().nonnegative(),
  approx: z.boolean(),
  /** The role as written, simplified, spaces removed; null where none. */
  role: z.string().nullable(),
  kind: headcountKindSchema,
  /** Name of the place the headcount is about, where the sentence says so. */
  place: z.string().nullable(),
  /** Code of that place where it has one. */
  placeCode: z.string().nullable().optional(),
  /** Offsets of the sentence the headcount is in (for exports and snippets). */
  sentence: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
});
export type Headcount = z.infer<typeof headcountSchema>;

export const detectionSchema = z.object({
  detected: z.boolean(),
  /** 0..1 */
  score: z.number().min(0).max(1),
  /** Human-readable reasons for the verdict, in English (the CLI prints them). */
  reasons: z.array(z.string()),
  /** The counts behind the verdict, for interfaces that word the reasons in their own language. */
  evidence: z
    .object({
      /** Share of CJK characters, 0..1. */
      cjkShare: z.number().min(0).max(1),
      epidemicTerms: z.number().int().nonnegative(),
      mobilisationTerms: z.number().int().nonnegative(),
      mobilizedHeadcounts: z.number().int().nonnegative(),
      namedPlaces: z.number().int().nonnegative(),
    })
    .optional(),
});
export type Detection = z.infer<typeof detectionSchema>;

export const extractionSchema = detectionSchema.extend({
  headcounts: z.array(headcountSchema),
  places: z.array(placeMentionSchema),
});
export type Extraction = z.infer<typeof extractionSchema>;

/**
 * Asks the background to run the extractor on an article text, and parses the reply
 * with zod in slices (one parse of a 1 MB page's thousands of mentions would block
 * the page for longer than a frame).
 */
import { browser } from 'wxt/browser';
import type { Extraction } from '../schema/extraction';
import { extractReplySchema, extractedHeadcountsSchema, extractedPlacesSchema, type HighlightRequest } from '../messages/content';

const SLICE = 200;

export async function requestExtraction(text: string): Promise<unknown> {
  const request: HighlightRequest = { type: 'hl/extract', text };
  return browser.runtime.sendMessage(request);
}

/** Validates an `hl/extract` reply; yields between slices of mentions. Throws on a bad or failed reply. */
export function* parseExtractionSteps(raw: unknown): Generator<void, Extraction> {
  const reply = extractReplySchema.parse(raw);
  if (!reply.ok) throw new Error(`extraction failed in the background: ${reply.error}`);
  const { headcounts, places, ...detection } = reply.extraction;
  const out: Extraction = { ...detection, headcounts: [], places: [] };
  for (let i = 0; i < headcounts.length; i += SLICE) {
    out.headcounts.push(...extractedHeadcountsSchema.parse(headcounts.slice(i, i + SLICE)));
    yield;
  }
  for (let i = 0; i < places.length; i += SLICE) {
    out.places.push(...extractedPlacesSchema.parse(places.slice(i, i + SLICE)));
    yield;
  }
  return out;
}

const SAMPLE_REPLY = {
  ok: true,
  extraction: {
    detected: true, score: 1, reasons: ['sample'],
    headcounts: [{ start: 0, end: 9, text: '3301名党员干部', value: 3301, approx: false, role: '党员干部', kind: 'mobilized', place: '监利市', placeCode: '421088', sentence: { start: 0, end: 9 } }],
    places: [{ start: 0, end: 3, text: '监利市', name: '监利市', level: 'county', code: '421088', path: ['湖北省', '荆州市', '监利市'], pathCodes: ['42', '4210', '421088'] }],
  },
};
let warmed = false;

/**
 * Parses a sample reply once, while the page waits for the background anyway: zod's
 * first parse of each schema sets it up, which otherwise lands on the critical path.
 */
export function warmUpParser(): void {
  if (warmed) return;
  warmed = true;
  const steps = parseExtractionSteps(SAMPLE_REPLY);
  while (!steps.next().done);
}

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

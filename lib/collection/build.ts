/** Turns what the content script saw (PageFacts) into a new collection record. */
import { z } from 'zod';
import type { PageFacts } from '../messages/page';
import { COLLECTION_SCHEMA_VERSION, collectionRecordSchema, type CollectionRecord } from './record';
import { newRecordId, normaliseUrl, siteOf, textHash } from './identity';
import { dateFromText, normaliseDate } from './dates';
import { normaliseTags } from './tags';
import { CollectionError } from './errors';

export interface UserFields {
  note?: string;
  tags?: readonly string[];
}

export function recordFromFacts(facts: PageFacts, user: UserFields, now: Date): CollectionRecord {
  const url = normaliseUrl(facts.url);
  const site = siteOf(url);
  const at = now.toISOString();
  const candidate = {
    schemaVersion: COLLECTION_SCHEMA_VERSION,
    id: newRecordId(now.getTime()),
    url,
    title: facts.title.trim() || url,
    source: site || null,
    published: normaliseDate(facts.published) ?? dateFromText(facts.articleText),
    text: facts.articleText,
    extraction: facts.extraction,
    site,
    altUrls: [],
    savedAt: at,
    updatedAt: at,
    note: user.note ?? '',
    tags: normaliseTags(user.tags ?? []),
    corrections: [],
    textHash: textHash(facts.articleText),
  };
  if (!candidate.text.trim()) {
    throw new CollectionError('invalid', 'Nothing to save: the page has no article text.');
  }
  const parsed = collectionRecordSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new CollectionError('invalid', `Not saved: the page's extraction is inconsistent.\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

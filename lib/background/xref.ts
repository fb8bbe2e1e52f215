/**
 * Registers the cross-reference handlers on `runtime.onMessage` (called once from
 * entrypoints/background.ts). Requests are parsed with `xrefRequestSchema`; other
 * features' messages are left to their own listeners. Imports are accepted only from
 * the extension's own pages: a content script runs next to untrusted page code.
 */
import { browser } from 'wxt/browser';
import type { Report } from '../schema/report';
import { xrefRequestSchema } from '../messages/xref';
import { collectionChangedSchema } from '../messages/collection';
import { loadBundledArchive } from '../archive/load';
import { idbImportedStore } from '../archive/store';
import { createXrefService, type XrefService } from './xref-service';

export interface XrefOptions {
  /** The user's collection as reports (lib/collection `listReportsForXref`); empty if not given. */
  collection?: () => Promise<Report[]>;
}

export function registerXrefHandlers(options: XrefOptions = {}): XrefService {
  const service = createXrefService({
    // Cast: WXT types public paths from its last `prepare`, and archive.json is generated at build.
    loadBundled: () => loadBundledArchive((browser.runtime.getURL as (path: string) => string)('/archive.json')),
    imported: idbImportedStore(),
    collection: options.collection,
  });
  const extensionOrigin = (browser.runtime.getURL as (path: string) => string)('/');

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    // Change notices sent from other pages arrive here; those the collection code sends from
    // this same worker do not, so it should call the returned service's invalidateCollection().
    if (collectionChangedSchema.safeParse(message).success) {
      service.invalidateCollection();
      return false;
    }
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !type.startsWith('xref/')) return false;
    if (sender.id !== browser.runtime.id) return false;
    const parsed = xrefRequestSchema.safeParse(message);
    if (!parsed.success) {
      sendResponse({ ok: false, error: `invalid ${type} request: ${parsed.error.issues[0]?.message ?? ''}` });
      return false;
    }
    if (parsed.data.type === 'xref/import-pack' && !(sender.url ?? '').startsWith(extensionOrigin)) {
      sendResponse({ ok: false, error: 'archive packs can only be imported from the extension’s own pages' });
      return false;
    }
    // sendResponse + `return true` rather than a returned promise: the form every Chromium honours.
    service.handle(parsed.data).then(sendResponse);
    return true;
  });
  return service;
}

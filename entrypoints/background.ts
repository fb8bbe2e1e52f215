/**
 * The service worker: extraction for content scripts (highlights), cross-reference over
 * the bundled archive and the collection (popup, reader, hover cards), and the collection
 * itself (saves, context menu, keyboard command). Handlers are registered synchronously
 * so that a restarted worker answers the message that woke it.
 */
import { registerCollection } from '../lib/background/collection';
import { registerXrefHandlers } from '../lib/background/xref';
import { registerHighlights } from '../lib/background/highlights';
import { listReportsForXref } from '../lib/collection/xref';

export default defineBackground(() => {
  // Cross-reference reads the collection; a save or delete invalidates its index at once.
  const xref = registerXrefHandlers({ collection: () => listReportsForXref() });
  registerCollection({ onChanged: () => xref.invalidateCollection() });
  registerHighlights();
});

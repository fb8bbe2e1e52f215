import { registerCollection } from '../lib/background/collection';
import { registerXrefHandlers } from '../lib/background/xref';
import { registerHighlights } from '../lib/background/highlights';
export default defineBackground(() => {
  registerCollection();
  registerXrefHandlers();
  registerHighlights();
  // Handlers are registered by later features (highlights, popup, collection).
});

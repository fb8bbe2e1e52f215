import { registerCollection } from '../lib/background/collection';
import { registerXrefHandlers } from '../lib/background/xref';
export default defineBackground(() => {
  registerCollection();
  registerXrefHandlers();
  // Handlers are registered by later features (highlights, popup, collection).
});

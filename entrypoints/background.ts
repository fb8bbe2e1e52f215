import { registerCollection } from '../lib/background/collection';
export default defineBackground(() => {
  registerCollection();
  // Handlers are registered by later features (highlights, popup, collection).
});

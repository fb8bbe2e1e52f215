export default defineBackground(() => {
  // Handlers are registered by later features (highlights, popup, collection).
});

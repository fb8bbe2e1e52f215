/** Tags as the user types them: separated by commas (ASCII or Chinese), semicolons or newlines. */
export function parseTags(input: string): string[] {
  return normaliseTags(input.split(/[,，;；、\n]/));
}

/** Trimmed, non-empty, first occurrence kept, order preserved. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim();
    if (clean) seen.add(clean);
  }
  return [...seen];
}

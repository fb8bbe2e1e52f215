/**
 * Parses stored values one by one with a schema: the valid ones are kept, the invalid
 * ones counted (a reader shows "N unreadable records"), and one bad value never hides
 * the rest. Shared by every IndexedDB store that lists records.
 */
import type { z } from 'zod';

export interface Listed<T> {
  items: T[];
  /** Stored values that failed the schema and were left out. */
  invalid: number;
}

export function parseAll<T>(schema: z.ZodType<T>, values: unknown[]): Listed<T> {
  const items: T[] = [];
  let invalid = 0;
  for (const value of values) {
    const parsed = schema.safeParse(value);
    if (parsed.success) items.push(parsed.data);
    else invalid++;
  }
  return { items, invalid };
}

/**
 * Highlighting settings: on or off everywhere, and off for particular sites. Stored in
 * `browser.storage.local` and parsed with zod on every read; anything unreadable falls
 * back to the defaults (and is reported) rather than breaking the page.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';

export const SETTINGS_KEY = 'highlight.settings';

export const highlightSettingsSchema = z.object({
  /** Highlight detected reports at all. */
  enabled: z.boolean().default(true),
  /** Hostnames (lowercase, no port) where highlighting is off. */
  disabledSites: z.array(z.string().min(1).max(253)).max(10_000).default([]),
});
export type HighlightSettings = z.infer<typeof highlightSettingsSchema>;

export const DEFAULT_SETTINGS: HighlightSettings = highlightSettingsSchema.parse({});

/** The storage area: a seam for tests (`fakeBrowser` or a Map-backed stub). */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const defaultStorage = (): SettingsStorage => browser.storage.local as unknown as SettingsStorage;

export function parseSettings(raw: unknown): HighlightSettings {
  const r = highlightSettingsSchema.safeParse(raw ?? {});
  if (r.success) return r.data;
  console.warn('[dispatch-lens] highlight settings unreadable, using defaults:', r.error.issues);
  return DEFAULT_SETTINGS;
}

export async function loadSettings(storage = defaultStorage()): Promise<HighlightSettings> {
  return parseSettings((await storage.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(s: HighlightSettings, storage = defaultStorage()): Promise<void> {
  await storage.set({ [SETTINGS_KEY]: highlightSettingsSchema.parse(s) });
}

/** The site key of a URL: its hostname, lowercase. Empty for non-web URLs. */
export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

export function highlightsAllowed(s: HighlightSettings, url: string): boolean {
  return s.enabled && !s.disabledSites.includes(siteOf(url));
}

export async function setSiteEnabled(url: string, on: boolean, storage = defaultStorage()): Promise<HighlightSettings> {
  const site = siteOf(url);
  const s = await loadSettings(storage);
  if (!site) return s;
  const others = s.disabledSites.filter((d) => d !== site);
  const next = { ...s, disabledSites: on ? others : [...others, site] };
  await saveSettings(next, storage);
  return next;
}

export async function setGlobalEnabled(on: boolean, storage = defaultStorage()): Promise<HighlightSettings> {
  const next = { ...(await loadSettings(storage)), enabled: on };
  await saveSettings(next, storage);
  return next;
}

/** Calls `listener` with the new settings whenever they change in storage. */
export function watchSettings(listener: (s: HighlightSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

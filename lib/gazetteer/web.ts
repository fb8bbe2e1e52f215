/**
 * Loads the gazetteer inside the extension (content script, background, extension pages)
 * from the packaged assets, once per context.
 */
import { Gazetteer } from './gazetteer';
import type { VillageSource } from './types';

let pending: Promise<Gazetteer> | null = null;

export function loadGazetteer(): Promise<Gazetteer> {
  pending ??= (async () => {
    const res = await fetch(browser.runtime.getURL('/gazetteer/core.json'));
    if (!res.ok) throw new Error(`gazetteer asset missing (${res.status})`);
    return Gazetteer.fromData(await res.json());
  })();
  return pending;
}

/** Village chunks fetched per county on demand and kept for the life of the context. */
export function webVillageSource(): VillageSource {
  const chunks = new Map<string, string>();
  const missing = new Set<string>();
  return {
    get: (county) => chunks.get(county),
    async load(counties) {
      await Promise.all(
        counties
          .filter((c) => /^\d{6}$/.test(c) && !chunks.has(c) && !missing.has(c))
          .map(async (c) => {
            try {
              const res = await fetch(browser.runtime.getURL(`/gazetteer/villages/${c}.txt` as '/gazetteer/core.json'));
              if (res.ok) chunks.set(c, await res.text());
              else missing.add(c);
            } catch {
              missing.add(c);
            }
          }),
      );
    },
  };
}

/**
 * Loads the gazetteer in Node (CLI, tests, build scripts) from the generated assets in
 * public/gazetteer/ (run `npm run gazetteer` first; `npm test` and `npm run build` do).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Gazetteer } from './gazetteer';
import type { VillageSource } from './types';

export const GAZETTEER_DIR = resolve(import.meta.dirname, '../../public/gazetteer');

let cached: Gazetteer | null = null;

export function loadGazetteerSync(dir = GAZETTEER_DIR): Gazetteer {
  if (cached && dir === GAZETTEER_DIR) return cached;
  const file = join(dir, 'core.json');
  if (!existsSync(file)) throw new Error(`gazetteer not built: ${file} is missing (run npm run gazetteer)`);
  const g = Gazetteer.fromData(JSON.parse(readFileSync(file, 'utf8')));
  if (dir === GAZETTEER_DIR) cached = g;
  return g;
}

/** Village chunks read synchronously from disk (Node can; the extension loads them with fetch). */
export function nodeVillageSource(dir = GAZETTEER_DIR): VillageSource {
  const cache = new Map<string, string | undefined>();
  return {
    get(county) {
      if (!/^\d{6}$/.test(county)) return undefined;
      if (!cache.has(county)) {
        const f = join(dir, 'villages', `${county}.txt`);
        cache.set(county, existsSync(f) ? readFileSync(f, 'utf8') : undefined);
      }
      return cache.get(county);
    },
    async load() {},
  };
}

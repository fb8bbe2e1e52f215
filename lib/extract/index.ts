/**
 * The extraction engine's entry point. Pure TypeScript, no DOM: runs in the content
 * script, in extension pages, in Node tests and in the CLI alike.
 *
 *   const extractor = createExtractor({ gazetteer, villages });
 *   const result = extractor.extract(text);          // sync, villages already loaded only
 *   const result = await extractor.extractAsync(text); // loads village chunks it needs first
 */
import type { Extraction } from '../schema/extraction';
import type { Gazetteer, VillageSource } from '../gazetteer/types';

export interface Extractor {
  extract(text: string): Extraction;
  extractAsync(text: string): Promise<Extraction>;
}

export interface ExtractorOptions {
  gazetteer: Gazetteer;
  villages?: VillageSource;
}

export function createExtractor(_options: ExtractorOptions): Extractor {
  throw new Error('extractor not implemented yet (lands with issue 2)');
}

/** Interfaces of the gazetteer, shared by its loaders (Node, extension) and the extractor. */
export type { Gazetteer } from './gazetteer';

/** Village/community lists, one chunk per county, loaded on demand (they are large). */
export interface VillageSource {
  /** The chunk for a county if it is loaded (or can be read synchronously, as in Node). */
  get(countyCode: string): string | undefined;
  /** Loads the chunks of these counties; resolves when they are available to `get`. */
  load(countyCodes: string[]): Promise<void>;
}

/** One extractor for the unit tests, on the generated gazetteer (npm test builds it first). */
import { loadGazetteerSync, nodeVillageSource } from '../../lib/gazetteer/node';
import { createExtractor, type Extractor } from '../../lib/extract/index';

let extractor: Extractor | null = null;
export function testExtractor(): Extractor {
  extractor ??= createExtractor({ gazetteer: loadGazetteerSync(), villages: nodeVillageSource() });
  return extractor;
}

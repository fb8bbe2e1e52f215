import { describe, expect, it } from 'vitest';
import { loadGazetteerSync, nodeVillageSource } from '../gazetteer/node';
import type { VillageSource } from '../gazetteer/types';
import { createExtractor } from './index';

/** Like the extension's fetch-based source: nothing is available until `load` is awaited. */
function lazySource(): VillageSource & { loaded: string[] } {
  const disk = nodeVillageSource();
  const ready = new Set<string>();
  const loaded: string[] = [];
  return {
    loaded,
    get: (c) => (ready.has(c) ? disk.get(c) : undefined),
    async load(codes) {
      await new Promise((r) => setTimeout(r, 1));
      for (const c of codes) {
        ready.add(c);
        loaded.push(c);
      }
    },
  };
}

describe('extractAsync', () => {
  const text = '南京市鼓楼区宁海路街道的志愿者走进颐和路社区，200名党员下沉值守。';

  it('loads the village lists of the counties the text is about, then resolves villages', async () => {
    const villages = lazySource();
    const ex = createExtractor({ gazetteer: loadGazetteerSync(), villages });
    const before = ex.extract(text).places.find((p) => p.name === '颐和路社区');
    expect(before?.code).toBeNull();
    const after = (await ex.extractAsync(text)).places.find((p) => p.name === '颐和路社区');
    expect(villages.loaded).toContain('320106');
    expect(after?.code).toBe('320106001005');
  });
});

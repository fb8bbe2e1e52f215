/**
 * vitest 5 declares Node 22 and its reporter calls Map.groupBy / Object.groupBy, which
 * Node 20 (the machines here) lacks. Loaded by vitest.config.ts in the main process.
 */
const M = Map as unknown as { groupBy?: unknown };
if (typeof M.groupBy !== 'function') {
  M.groupBy = <K, V>(items: Iterable<V>, key: (v: V, i: number) => K): Map<K, V[]> => {
    const out = new Map<K, V[]>();
    let i = 0;
    for (const v of items) {
      const k = key(v, i++);
      const list = out.get(k);
      if (list) list.push(v);
      else out.set(k, [v]);
    }
    return out;
  };
}
const O = Object as unknown as { groupBy?: unknown };
if (typeof O.groupBy !== 'function') {
  O.groupBy = <V>(items: Iterable<V>, key: (v: V, i: number) => PropertyKey) => {
    const out: Record<PropertyKey, V[]> = Object.create(null);
    let i = 0;
    for (const v of items) (out[key(v, i++)] ??= []).push(v);
    return out;
  };
}
export {};

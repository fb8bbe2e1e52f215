/**
 * Runs step generators either to completion (Node, tests, small pages) or in slices
 * that give the page's main thread back between them (a 1 MB page must not freeze).
 */

export function runSync<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export type Yielder = () => Promise<void>;

/** `scheduler.yield()` where there is one (keeps our place in the queue), else a macrotask. */
export const yieldToPage: Yielder = () => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  // Not setTimeout(0): nested timers are clamped to 4 ms after a few rounds.
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
};

export interface SliceOptions {
  /** Longest stretch of work between yields. */
  sliceMs?: number;
  yielder?: Yielder;
  /** Stops the work (the page navigated, the extension reloaded). */
  signal?: AbortSignal;
}

export async function runSliced<T>(steps: Generator<void, T>, opts: SliceOptions = {}): Promise<T> {
  // 20 ms: well under the 50 ms of a long task, and few enough yields that a small page
  // is done in one go even on a slow machine.
  const sliceMs = opts.sliceMs ?? 20;
  const yielder = opts.yielder ?? yieldToPage;
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() >= deadline) {
      await yielder();
      opts.signal?.throwIfAborted();
      deadline = performance.now() + sliceMs;
    }
  }
}

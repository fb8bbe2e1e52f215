/** Which mention the keyboard moves to next: pure, so it is unit-tested without a page. */

/** The index after (or before) `current` in a list of `count`, wrapping around; -1 for none. */
export function step(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** Alt+Shift+N / Alt+Shift+P (by key position, so keyboard layouts and Alt-composed keys do not matter). */
export function navigationKey(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  if (e.code === 'KeyN') return 1;
  if (e.code === 'KeyP') return -1;
  return 0;
}

import { describe, it, expect } from 'vitest';
import { navigationKey, step } from './navigation';

describe('step', () => {
  it('starts at the first (next) or last (previous) mention', () => {
    expect(step(5, -1, 1)).toBe(0);
    expect(step(5, -1, -1)).toBe(4);
  });
  it('wraps around both ends', () => {
    expect(step(5, 4, 1)).toBe(0);
    expect(step(5, 0, -1)).toBe(4);
    expect(step(5, 2, 1)).toBe(3);
  });
  it('has nowhere to go without mentions', () => {
    expect(step(0, -1, 1)).toBe(-1);
  });
});

describe('navigationKey', () => {
  const key = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>>) =>
    navigationKey({ code, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods });
  it('is Alt+Shift+N and Alt+Shift+P only', () => {
    expect(key('KeyN', { altKey: true, shiftKey: true })).toBe(1);
    expect(key('KeyP', { altKey: true, shiftKey: true })).toBe(-1);
    expect(key('KeyN', { altKey: true })).toBe(0);
    expect(key('KeyN', { altKey: true, shiftKey: true, ctrlKey: true })).toBe(0);
    expect(key('KeyX', { altKey: true, shiftKey: true })).toBe(0);
  });
});

import { describe, it, expect, vi } from 'vitest';
import { highlightsAllowed, loadSettings, setGlobalEnabled, setSiteEnabled, siteOf, SETTINGS_KEY, type SettingsStorage } from './index';

function memoryStorage(initial: Record<string, unknown> = {}): SettingsStorage & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('highlight settings', () => {
  it('defaults to on everywhere', async () => {
    const s = await loadSettings(memoryStorage());
    expect(s).toEqual({ enabled: true, disabledSites: [] });
  });

  it('falls back to defaults on malformed storage instead of throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const s = await loadSettings(memoryStorage({ [SETTINGS_KEY]: { enabled: 'yes', disabledSites: 3 } }));
    expect(s).toEqual({ enabled: true, disabledSites: [] });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('turns a site off and on again by hostname, ignoring path and port', async () => {
    const st = memoryStorage();
    let s = await setSiteEnabled('https://News.Example.cn:8443/a/b.html', false, st);
    expect(s.disabledSites).toEqual(['news.example.cn']);
    expect(highlightsAllowed(s, 'http://news.example.cn/other')).toBe(false);
    expect(highlightsAllowed(s, 'http://example.cn/')).toBe(true);
    s = await setSiteEnabled('https://news.example.cn/', true, st);
    expect(s.disabledSites).toEqual([]);
    expect((await loadSettings(st)).disabledSites).toEqual([]);
  });

  it('turns highlighting off globally', async () => {
    const st = memoryStorage();
    const s = await setGlobalEnabled(false, st);
    expect(highlightsAllowed(s, 'http://a.cn/')).toBe(false);
    expect((await loadSettings(st)).enabled).toBe(false);
  });

  it('has no site for non-web URLs', () => {
    expect(siteOf('chrome://extensions')).toBe('');
    expect(siteOf('not a url')).toBe('');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/store';

describe('settings store (storage.sync, key "settings")', () => {
  afterEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored, and what was stored, normalised', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ settings: { reminderDays: 3, language: 'fr' } });
    const read = await loadSettings();
    expect(read.reminderDays).toBe(3);
    expect(read.language).toBe(DEFAULT_SETTINGS.language);
  });

  it('stores an update as the whole normalised value', async () => {
    const stored = await updateSettings((current) => ({ ...current, reminderDays: 21 }));
    expect(stored.reminderDays).toBe(21);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(stored);
  });

  it('tells a watcher of changes made anywhere, until it stops watching; other keys and areas are not ours', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await fakeBrowser.storage.sync.set({ settings: { reminderDays: 5 } });
    await fakeBrowser.storage.local.set({ settings: { reminderDays: 9 } });
    await fakeBrowser.storage.sync.set({ other: 1 });
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]?.[0].reminderDays).toBe(5);
    stop();
    await fakeBrowser.storage.sync.set({ settings: { reminderDays: 6 } });
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

/**
 * Where settings live: `storage.sync`, so they follow the user to the browsers where they sign in
 * (and stay local where the browser does not sync). Every read goes through `normaliseSettings`,
 * so an older or damaged value never reaches the UI. Extension pages, background and content script.
 *
 * The browser's storage API directly, not a storage wrapper: one key needs no more, and the content
 * script, which reads it on every page, is not made to compile a library for it.
 */
import { type Browser, browser } from 'wxt/browser';
import { quietly } from '../log';
import { normaliseSettings, type Settings } from './settings';

const KEY = 'settings';

async function readStored(): Promise<unknown> {
  const stored = await browser.storage.sync.get(KEY);
  return stored[KEY];
}

export async function loadSettings(): Promise<Settings> {
  return normaliseSettings(await readStored().catch(quietly('reading the settings; using the defaults')));
}

/** Applies `change` to the stored settings and returns what was stored. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normaliseSettings(change(await loadSettings()));
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** Calls `onChange` with the new settings whenever any context changes them; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const change = changes[KEY];
    if (area === 'sync' && change) onChange(normaliseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

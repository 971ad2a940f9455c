/**
 * Where settings live: `storage.sync`, so they follow the user to the browsers where they sign in
 * (and stay local where the browser does not sync). Every read goes through `normaliseSettings`,
 * so an older or damaged value never reaches the UI. Extension pages, background and content script.
 */
import { storage } from 'wxt/utils/storage';
import { quietly } from '../log';
import { normaliseSettings, type Settings } from './settings';

const settingsItem = storage.defineItem<unknown>('sync:settings');

export async function loadSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue().catch(quietly('reading the settings; using the defaults')));
}

/** Applies `change` to the stored settings and returns what was stored. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normaliseSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with the new settings whenever any context changes them; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normaliseSettings(value)));
}

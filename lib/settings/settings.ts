/**
 * The user's settings, pure: their shape, defaults, and how a stored value (possibly from an older
 * version, another browser through sync, or hand-edited) is read back safely. Storage lives in
 * `settings-store.ts`; this module runs anywhere, tests included.
 */

import { GOVERNMENT_HOSTS } from '../sites/government';
import { DEFAULT_REMINDER_DAYS, isValidTime } from '../watchlist/due';
import type { FindingCategory } from '../watchlist/types';

export type UiLanguage = 'auto' | 'vi' | 'en';

export interface CategoryStyle {
  on: boolean;
  /** `#rrggbb`: the fill of references and deadlines, the underline of weak references and dates. */
  colour: string;
}

export interface Settings {
  /** Open deadlines due within this many days count on the badge and in the reminder. */
  reminderDays: number;
  /** The daily summary notification (needs the optional `notifications` permission). */
  notify: boolean;
  /** Local `HH:MM` of the daily notification. */
  notifyTime: string;
  categories: Record<FindingCategory, CategoryStyle>;
  /** Entries of the built-in site list the user switched off. */
  disabledSites: string[];
  language: UiLanguage;
  /** On annotated pages, a click on a link to a .pdf opens it in our viewer instead. */
  openPdfInViewer: boolean;
}

export const DEFAULT_COLOURS: Readonly<Record<FindingCategory, string>> = {
  reference: '#ffc400',
  'weak-reference': '#be281e',
  deadline: '#ff503c',
  date: '#2878c8',
};

export const DEFAULT_SETTINGS: Settings = {
  reminderDays: DEFAULT_REMINDER_DAYS,
  notify: false,
  notifyTime: '08:00',
  categories: {
    reference: { on: true, colour: DEFAULT_COLOURS.reference },
    'weak-reference': { on: true, colour: DEFAULT_COLOURS['weak-reference'] },
    deadline: { on: true, colour: DEFAULT_COLOURS.deadline },
    date: { on: true, colour: DEFAULT_COLOURS.date },
  },
  disabledSites: [],
  language: 'auto',
  openPdfInViewer: false,
};

export const MAX_REMINDER_DAYS = 90;

const isColour = (value: unknown): value is string => typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);

/** A stored value read back as complete, valid settings: each bad or missing field takes its default. */
export function normaliseSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const days = Number(value.reminderDays);
  const storedCategories = (typeof value.categories === 'object' && value.categories) || {};
  const categories = { ...DEFAULT_SETTINGS.categories };
  for (const category of Object.keys(categories) as FindingCategory[]) {
    const stored = (storedCategories as Record<string, Partial<CategoryStyle> | undefined>)[category];
    categories[category] = {
      on: typeof stored?.on === 'boolean' ? stored.on : true,
      colour: isColour(stored?.colour) ? stored.colour.toLowerCase() : DEFAULT_COLOURS[category],
    };
  }
  const time = typeof value.notifyTime === 'string' ? value.notifyTime : '';
  return {
    reminderDays:
      Number.isInteger(days) && days >= 0 && days <= MAX_REMINDER_DAYS ? days : DEFAULT_SETTINGS.reminderDays,
    notify: value.notify === true,
    notifyTime: isValidTime(time) ? time : DEFAULT_SETTINGS.notifyTime,
    categories,
    disabledSites: Array.isArray(value.disabledSites)
      ? value.disabledSites.filter((site): site is string => (GOVERNMENT_HOSTS as readonly string[]).includes(site))
      : [],
    language: value.language === 'vi' || value.language === 'en' ? value.language : 'auto',
    openPdfInViewer: value.openPdfInViewer === true,
  };
}

/** True when `entry` of the built-in list (`*.gov.vn`, `nhandan.vn`) covers `host`. */
export function builtInEntryCovers(entry: string, host: string): boolean {
  const base = entry.startsWith('*.') ? entry.slice(2) : entry;
  return host === base || host.endsWith(`.${base}`);
}

/** The built-in entry that covers `host`, if any. */
export function builtInEntryFor(host: string): string | undefined {
  return GOVERNMENT_HOSTS.find((entry) => builtInEntryCovers(entry, host));
}

/** False when the user switched off the built-in entry that brings annotation to `host`. */
export function isHostAllowed(host: string, settings: Settings): boolean {
  const entry = builtInEntryFor(host);
  return !entry || !settings.disabledSites.includes(entry);
}

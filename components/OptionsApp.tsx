import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../lib/i18n';
import { DEFAULT_COLOURS, MAX_REMINDER_DAYS, type Settings, type UiLanguage } from '../lib/settings/settings';
import { GOVERNMENT_HOSTS } from '../lib/sites/government';
import type { FindingCategory } from '../lib/watchlist/types';

export interface OptionsActions {
  load: () => Promise<Settings>;
  /** Stores the settings (every open page and the background follow at once). */
  save: (settings: Settings) => Promise<void>;
  /** Asks for the optional `notifications` permission (from the click); false when refused. */
  requestNotifications: () => Promise<boolean>;
  listAddedSites: () => Promise<string[]>;
  removeAddedSite: (pattern: string) => Promise<void>;
  /** The page re-renders in the new language. */
  onLanguage: (language: UiLanguage) => void;
}

const CATEGORY_LABELS: Readonly<Record<FindingCategory, MessageKey>> = {
  reference: 'categoryReference',
  'weak-reference': 'categoryWeakReference',
  deadline: 'categoryDeadline',
  date: 'categoryDate',
};

/** The options page: reminders, highlight categories and colours, sites, language. Saves on change. */
export function OptionsApp(props: OptionsActions) {
  const { load, save, requestNotifications, listAddedSites, removeAddedSite, onLanguage } = props;
  const [settings, setSettings] = useState<Settings | undefined>();
  const [added, setAdded] = useState<string[]>([]);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | undefined>();

  useEffect(() => {
    void load().then(setSettings);
    void listAddedSites()
      .then(setAdded)
      // Unreadable permissions show as no added sites; nothing the user did failed.
      .catch(() => setAdded([]));
  }, []);
  if (!settings) return null;

  const change = async (next: Settings) => {
    setSettings(next);
    try {
      await save(next);
      setMessage({ text: t('settingsSaved') });
    } catch (error) {
      setMessage({ text: t('settingsSaveFailed', [(error as Error).message]), error: true });
    }
  };
  const setCategory = (category: FindingCategory, patch: Partial<Settings['categories'][FindingCategory]>) =>
    change({
      ...settings,
      categories: { ...settings.categories, [category]: { ...settings.categories[category], ...patch } },
    });
  const toggleNotify = async (on: boolean) => {
    if (on && !(await requestNotifications())) {
      setMessage({ text: t('settingsNotifyDenied'), error: true });
      return;
    }
    await change({ ...settings, notify: on });
  };
  const toggleSite = (entry: string, on: boolean) =>
    change({
      ...settings,
      disabledSites: on ? settings.disabledSites.filter((site) => site !== entry) : [...settings.disabledSites, entry],
    });

  return (
    <main class="options">
      <h1>{t('settingsTitle')}</h1>
      {message && (
        <p class={message.error ? 'message error' : 'message'} role="status" data-testid="settings-message">
          {message.text}
        </p>
      )}

      <section>
        <h2>{t('settingsReminders')}</h2>
        <label>
          {t('settingsWindow')}{' '}
          <input
            type="number"
            min={0}
            max={MAX_REMINDER_DAYS}
            value={settings.reminderDays}
            data-testid="reminder-days"
            onChange={(e) => {
              const days = Number(e.currentTarget.value);
              if (Number.isInteger(days) && days >= 0 && days <= MAX_REMINDER_DAYS) {
                void change({ ...settings, reminderDays: days });
              } else {
                // Say it was not saved, rather than leave an old "saved" standing next to a bad value.
                setMessage({ text: t('settingsWindowInvalid', [String(MAX_REMINDER_DAYS)]), error: true });
              }
            }}
          />
        </label>
        <p class="help">{t('settingsWindowHelp')}</p>
        <label>
          <input
            type="checkbox"
            checked={settings.notify}
            data-testid="notify"
            onChange={(e) => void toggleNotify(e.currentTarget.checked)}
          />{' '}
          {t('settingsNotify')}
        </label>{' '}
        <label>
          {t('settingsNotifyTime')}{' '}
          <input
            type="time"
            value={settings.notifyTime}
            disabled={!settings.notify}
            data-testid="notify-time"
            onChange={(e) => void change({ ...settings, notifyTime: e.currentTarget.value })}
          />
        </label>
        <p class="help">{t('settingsNotifyHelp')}</p>
      </section>

      <section>
        <h2>{t('settingsHighlights')}</h2>
        <ul class="plain">
          {(Object.keys(CATEGORY_LABELS) as FindingCategory[]).map((category) => {
            const name = t(CATEGORY_LABELS[category]);
            return (
              <li key={category} data-category={category}>
                <label>
                  <input
                    type="checkbox"
                    checked={settings.categories[category].on}
                    data-testid={`category-${category}`}
                    onChange={(e) => void setCategory(category, { on: e.currentTarget.checked })}
                  />{' '}
                  {name}
                </label>{' '}
                <input
                  type="color"
                  value={settings.categories[category].colour}
                  aria-label={t('settingsColourOf', [name])}
                  data-testid={`colour-${category}`}
                  onChange={(e) => void setCategory(category, { colour: e.currentTarget.value })}
                />
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          onClick={() => {
            const categories = { ...settings.categories };
            for (const category of Object.keys(categories) as FindingCategory[])
              categories[category] = { ...categories[category], colour: DEFAULT_COLOURS[category] };
            void change({ ...settings, categories });
          }}
        >
          {t('settingsResetColours')}
        </button>
      </section>

      <section>
        <h2>{t('settingsSites')}</h2>
        <p class="help">{t('settingsBuiltInSites')}</p>
        <ul class="plain columns">
          {GOVERNMENT_HOSTS.map((entry) => (
            <li key={entry}>
              <label>
                <input
                  type="checkbox"
                  checked={!settings.disabledSites.includes(entry)}
                  data-testid={`site-${entry}`}
                  onChange={(e) => void toggleSite(entry, e.currentTarget.checked)}
                />{' '}
                {entry}
              </label>
            </li>
          ))}
        </ul>
        <h3>{t('settingsAddedSites')}</h3>
        {added.length === 0 ? (
          <p class="help">{t('settingsNoAddedSites')}</p>
        ) : (
          <ul class="plain" data-testid="added-sites">
            {added.map((pattern) => (
              <li key={pattern}>
                {pattern}{' '}
                <button
                  type="button"
                  aria-label={t('settingsRemoveSite', [pattern])}
                  onClick={() =>
                    void removeAddedSite(pattern).then(() => setAdded(added.filter((site) => site !== pattern)))
                  }
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h2>{t('settingsDocuments')}</h2>
        <label>
          <input
            type="checkbox"
            checked={settings.openPdfInViewer}
            data-testid="open-pdf-in-viewer"
            onChange={(e) => void change({ ...settings, openPdfInViewer: e.currentTarget.checked })}
          />{' '}
          {t('settingsOpenPdfInViewer')}
        </label>
      </section>

      <section>
        <h2>{t('settingsLanguage')}</h2>
        <select
          value={settings.language}
          data-testid="language"
          aria-label={t('settingsLanguage')}
          onChange={(e) => {
            const language = e.currentTarget.value as UiLanguage;
            void change({ ...settings, language }).then(() => onLanguage(language));
          }}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="vi">{t('languageVi')}</option>
          <option value="en">{t('languageEn')}</option>
        </select>
      </section>
    </main>
  );
}

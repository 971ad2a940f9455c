import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/ui.css';
import { OptionsApp } from '../../components/OptionsApp';
import { provideCatalogues, setUiLanguage, t, uiLanguage } from '../../lib/i18n';
import { CATALOGUES } from '../../lib/i18n-catalogues';
import type { UiLanguage } from '../../lib/settings/settings';
import { loadSettings, updateSettings } from '../../lib/settings/store';
import { listAddedSites, removeAddedSite } from '../../lib/sites/optional';

provideCatalogues(CATALOGUES); // the chosen language's messages, whatever the browser's

function show(language: UiLanguage): void {
  setUiLanguage(language);
  document.documentElement.lang = uiLanguage();
  document.title = `${t('settingsTitle')} — VănBản Watch`;
  render(
    <OptionsApp
      // A new key re-mounts the page, so every string is read again in the new language.
      key={language}
      load={loadSettings}
      save={async (settings) => void (await updateSettings(() => settings))}
      requestNotifications={() => browser.permissions.request({ permissions: ['notifications'] })}
      listAddedSites={listAddedSites}
      removeAddedSite={removeAddedSite}
      onLanguage={show}
    />,
    document.body,
  );
}

show((await loadSettings()).language);

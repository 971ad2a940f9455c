import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { GOVERNMENT_MATCH_PATTERNS } from './lib/sites/government';

/** Modules the extension pages need at their start (see the build hook below). */
const UI_START_MODULES =
  /node_modules[\\/](preact|wxt|@wxt-dev|@webext-core)|[\\/]lib[\\/](i18n|log|settings|sites|messaging|links|watchlist[\\/](due|format|types)|reminders[\\/](popup-summary|summary-store)|db[\\/]storage-errors|documents[\\/]context-menu)|_locales|[\\/]components[\\/](DueDate|ComingUp|FindingList|HighlightLegend)/;

// Explicit imports everywhere (no auto-imports), so every module shows what it depends on.
export default defineConfig({
  imports: false,
  publicDir: 'assets/public',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The extension pages' build (popup, watchlist, viewer…): the small modules every page needs at
    // its start go into one chunk, so the popup loads 5 files instead of 12. Each file is a request
    // with its own latency before the first render; alternating runs with 10,000 items: "coming up"
    // 126-159 → 78-128 ms, watchlist rows 214-231 → 186-226 ms. Set here, not in `vite`, because
    // that would reach the content script's IIFE build too, which cannot be split.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === 'popup')) return;
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      config.build.rolldownOptions.output ??= {};
      const output = config.build.rolldownOptions.output as Record<string, unknown>;
      output.codeSplitting = { groups: [{ name: 'ui-start', test: UI_START_MODULES }] };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // unlimitedStorage (granted without a prompt) keeps the watchlist out of the quota the browser
    // evicts under storage pressure, together with navigator.storage.persist().
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'alarms'],
    host_permissions: GOVERNMENT_MATCH_PATTERNS,
    // Other sites only when the user enables them, one origin at a time; notifications only when
    // the user turns the daily reminder on.
    ...(browser === 'firefox'
      ? { optional_permissions: ['*://*/*', 'notifications'] }
      : { optional_permissions: ['notifications'], optional_host_permissions: ['*://*/*'] }),
    minimum_chrome_version: '105', // CSS Custom Highlight API
    commands: {
      'scan-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_menuScanPage__' },
      // Alt+Shift+J / K step through findings on the page; W is free in Chrome and Firefox.
      'open-watchlist': { suggested_key: { default: 'Alt+Shift+W' }, description: '__MSG_commandOpenWatchlist__' },
    },
    action: { default_title: '__MSG_extName__' },
    // Firefox puts a new toolbar button in the extensions menu unless it asks for the toolbar. Set on
    // browser_action itself: WXT fills that from the popup and then no longer copies `action` over.
    ...(browser === 'firefox' ? { browser_action: { default_area: 'navbar' as const } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vanban-watch@vanban.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

import { describe, expect, it, vi } from 'vitest';
import type { MessageTable } from '../../lib/i18n';
import { CATALOGUES } from '../../lib/i18n-catalogues';

/** Fresh copies of i18n (no message file provided, as in the content script) and of page-language. */
async function contentScriptModules() {
  vi.resetModules();
  const i18n = await import('../../lib/i18n');
  const { loadChosenLanguage } = await import('../../lib/page/page-language');
  /** As run-on-page does: the setting followed, then the file asked for where needed. */
  const followLanguage = async (setting: 'auto' | 'vi' | 'en', ask: (lang: 'vi' | 'en') => Promise<MessageTable>) => {
    i18n.setUiLanguage(setting);
    await loadChosenLanguage(ask);
  };
  return { i18n, followLanguage };
}

describe('page: the interface language without bundled message files', () => {
  it('asks the background for the chosen language only when the browser speaks another, once', async () => {
    const { i18n, followLanguage } = await contentScriptModules();
    const ask = vi.fn(async (lang: 'vi' | 'en') => CATALOGUES[lang]);
    await followLanguage('auto', ask);
    await followLanguage('vi', ask); // the browser's language (the fake browser speaks Vietnamese)
    expect(ask).not.toHaveBeenCalled();
    expect(i18n.t('cardClose')).toBe(CATALOGUES.vi.cardClose?.message);
    await followLanguage('en', ask);
    expect(ask.mock.calls).toEqual([['en']]);
    expect(i18n.uiLanguage()).toBe('en');
    expect(i18n.t('cardClose')).toBe(CATALOGUES.en.cardClose?.message);
    await followLanguage('en', ask);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('speaks the browser’s language when the background does not answer, and asks again later', async () => {
    const { i18n, followLanguage } = await contentScriptModules();
    const ask = vi.fn(async (): Promise<never> => {
      throw new Error('no background');
    });
    await followLanguage('en', ask);
    expect(i18n.t('cardClose')).toBe(CATALOGUES.vi.cardClose?.message);
    await followLanguage('en', ask);
    expect(ask).toHaveBeenCalledTimes(2);
  });
});

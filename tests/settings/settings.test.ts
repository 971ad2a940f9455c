import { describe, expect, it } from 'vitest';
import { builtInEntryFor, DEFAULT_SETTINGS, isHostAllowed, normaliseSettings } from '../../lib/settings/settings';

describe('settings', () => {
  it('reads nothing, junk or a foreign value as the defaults', () => {
    for (const raw of [undefined, null, 'x', 42, [], {}]) expect(normaliseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces each invalid one by its default', () => {
    const read = normaliseSettings({
      reminderDays: 14,
      notify: true,
      notifyTime: '25:00',
      categories: { date: { on: false, colour: '#00AA00' }, deadline: { on: 'yes', colour: 'red' } },
      disabledSites: ['nhandan.vn', 'evil.example', 7],
      language: 'fr',
      openPdfInViewer: 'yes',
    });
    expect(read.reminderDays).toBe(14);
    expect(read.notify).toBe(true);
    expect(read.notifyTime).toBe('08:00');
    expect(read.categories.date).toEqual({ on: false, colour: '#00aa00' });
    expect(read.categories.deadline).toEqual(DEFAULT_SETTINGS.categories.deadline);
    expect(read.categories.reference).toEqual(DEFAULT_SETTINGS.categories.reference);
    expect(read.disabledSites).toEqual(['nhandan.vn']);
    expect(read.language).toBe('auto');
    expect(read.openPdfInViewer).toBe(false);
    expect(DEFAULT_SETTINGS.openPdfInViewer).toBe(false);
    expect(normaliseSettings({ openPdfInViewer: true }).openPdfInViewer).toBe(true);
    expect(normaliseSettings({ reminderDays: -1 }).reminderDays).toBe(7);
    expect(normaliseSettings({ reminderDays: 2.5 }).reminderDays).toBe(7);
    expect(normaliseSettings({ reminderDays: 0, notifyTime: '06:30' })).toMatchObject({
      reminderDays: 0,
      notifyTime: '06:30',
    });
  });

  it('switches a built-in site off for the host and its subdomains only', () => {
    expect(builtInEntryFor('hanoi.gov.vn')).toBe('*.gov.vn');
    expect(builtInEntryFor('www.nhandan.vn')).toBe('nhandan.vn');
    expect(builtInEntryFor('nhandan.vn.example.com')).toBeUndefined();
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['nhandan.vn'] };
    expect(isHostAllowed('nhandan.vn', settings)).toBe(false);
    expect(isHostAllowed('en.nhandan.vn', settings)).toBe(false);
    expect(isHostAllowed('hanoi.gov.vn', settings)).toBe(true);
    expect(isHostAllowed('example.com', settings)).toBe(true); // an added site is not the built-in list's
  });
});

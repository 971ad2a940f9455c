// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type OptionsActions, OptionsApp } from '../../components/OptionsApp';
import { t } from '../../lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';

afterEach(cleanup);

function actions(over: Partial<OptionsActions> = {}) {
  let stored: Settings = DEFAULT_SETTINGS;
  const props: OptionsActions = {
    load: async () => stored,
    save: vi.fn(async (settings: Settings) => {
      stored = settings;
    }),
    requestNotifications: vi.fn(async () => true),
    listAddedSites: async () => ['*://example.com/*'],
    removeAddedSite: vi.fn(async () => {}),
    onLanguage: vi.fn(),
    ...over,
  };
  return { props, stored: () => stored };
}

describe('components/OptionsApp', () => {
  it('asks for the notification permission when reminders are turned on, and saves', async () => {
    const { props, stored } = actions();
    render(<OptionsApp {...props} />);
    fireEvent.click(await screen.findByTestId('notify'));
    await waitFor(() => expect(stored().notify).toBe(true));
    expect(props.requestNotifications).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByTestId('notify-time'), { target: { value: '17:30' } });
    await waitFor(() => expect(stored().notifyTime).toBe('17:30'));
    fireEvent.change(screen.getByTestId('reminder-days'), { target: { value: '14' } });
    await waitFor(() => expect(stored().reminderDays).toBe(14));
    expect(screen.getByTestId('settings-message').textContent).toBe('Đã lưu. Các trang đang mở áp dụng ngay.');
  });

  it('says a negative reminder window is not saved, instead of leaving "saved" standing', async () => {
    const { props, stored } = actions();
    render(<OptionsApp {...props} />);
    fireEvent.change(await screen.findByTestId('reminder-days'), { target: { value: '14' } });
    await waitFor(() => expect(stored().reminderDays).toBe(14));
    fireEvent.change(screen.getByTestId('reminder-days'), { target: { value: '-3' } });
    expect(screen.getByTestId('settings-message').textContent).toBe(t('settingsWindowInvalid', ['90']));
    expect(screen.getByTestId('settings-message').className).toContain('error');
    expect(stored().reminderDays).toBe(14);
  });

  it('keeps reminders off and says so when the browser refuses the permission', async () => {
    const { props, stored } = actions({ requestNotifications: vi.fn(async () => false) });
    render(<OptionsApp {...props} />);
    fireEvent.click(await screen.findByTestId('notify'));
    expect((await screen.findByTestId('settings-message')).textContent).toMatch(/chưa cho phép/);
    expect(stored().notify).toBe(false);
    expect(props.save).not.toHaveBeenCalled();
    expect((screen.getByTestId('notify') as HTMLInputElement).checked).toBe(false);
  });

  it('switches categories and built-in sites, resets colours, removes an added site', async () => {
    const { props, stored } = actions();
    render(<OptionsApp {...props} />);
    fireEvent.click(await screen.findByTestId('category-date'));
    await waitFor(() => expect(stored().categories.date.on).toBe(false));
    fireEvent.change(screen.getByTestId('colour-deadline'), { target: { value: '#123456' } });
    await waitFor(() => expect(stored().categories.deadline.colour).toBe('#123456'));
    fireEvent.click(screen.getByTestId('site-nhandan.vn'));
    await waitFor(() => expect(stored().disabledSites).toEqual(['nhandan.vn']));
    fireEvent.click(screen.getByRole('button', { name: 'Dùng lại màu mặc định' }));
    await waitFor(() => expect(stored().categories.deadline.colour).toBe(DEFAULT_SETTINGS.categories.deadline.colour));
    expect(stored().categories.date.on).toBe(false); // resetting colours leaves the switches alone

    fireEvent.click(await screen.findByRole('button', { name: 'Gỡ *://example.com/*' }));
    await waitFor(() => expect(screen.queryByTestId('added-sites')).toBeNull());
    expect(props.removeAddedSite).toHaveBeenCalledWith('*://example.com/*');
  });

  it('says clearly when the settings cannot be stored', async () => {
    const { props } = actions({ save: vi.fn(async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'))) });
    render(<OptionsApp {...props} />);
    fireEvent.click(await screen.findByTestId('category-reference'));
    expect((await screen.findByTestId('settings-message')).textContent).toBe(
      'Chưa lưu được: QUOTA_BYTES quota exceeded',
    );
  });

  it('turns "open PDF links in the viewer" on and off, off by default', async () => {
    const { props, stored } = actions();
    render(<OptionsApp {...props} />);
    const box = (await screen.findByTestId('open-pdf-in-viewer')) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(stored().openPdfInViewer).toBe(true));
    fireEvent.click(box);
    await waitFor(() => expect(stored().openPdfInViewer).toBe(false));
  });
});

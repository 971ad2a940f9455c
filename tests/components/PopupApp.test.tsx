// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type PopupActions, PopupApp } from '../../components/PopupApp';
import { WatchlistDb } from '../../lib/db/schema';
import { saveFinding, setStatus } from '../../lib/db/watchlist';
import { t } from '../../lib/i18n';
import { PRIVATE_WINDOW } from '../../lib/messaging/protocol';
import { recountDue, refreshBadge } from '../../lib/reminders/badge';
import { summaryFor } from '../../lib/reminders/popup-summary';
import { readStoredSummary } from '../../lib/reminders/summary-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { addDays, localDay } from '../../lib/watchlist/due';
import type { FindingSummary } from '../../lib/watchlist/types';
import { deadlineSummary, findingSummary } from '../helpers/factories';

afterEach(cleanup);

const summary = (watchKey: string, category: FindingSummary['category'], due?: string): FindingSummary =>
  due ? deadlineSummary(watchKey, due, due, { text: watchKey }) : findingSummary(watchKey, { category });

function actions(over: Partial<PopupActions> = {}): PopupActions {
  return {
    loadStatus: async () => ({
      kind: 'active',
      tabId: 7,
      status: { active: true, url: 'https://x.gov.vn/', title: 'T', references: 1, dates: 2 },
    }),
    loadFindings: async () => [
      summary('late', 'deadline', '2026-12-31'),
      summary('soon', 'deadline', '2026-11-30'),
      summary('45-KH/TU', 'reference'),
    ],
    pick: vi.fn(),
    enableSite: vi.fn(async () => true),
    scanOnce: vi.fn(async () => {}),
    rescan: vi.fn(async () => {}),
    openWatchlist: vi.fn(),
    openSettings: vi.fn(),
    loadSaved: async () => ['45-KH/TU'],
    save: vi.fn(async () => ({ ok: true as const, saved: true })),
    loadDue: async () => ({ days: 7, overdue: 1, dueSoon: 2, next: [] }),
    exportCsv: vi.fn(async () => {}),
    loadAttachments: async () => [],
    openDocument: vi.fn(),
    ...over,
  };
}

describe('components/PopupApp', () => {
  it('lists deadlines soonest first, shows what is saved, and saves all deadlines at once', async () => {
    const props = actions();
    render(<PopupApp {...props} lang="vi" />);
    await waitFor(() => expect(document.querySelectorAll('.finding')).toHaveLength(3));
    expect([...document.querySelectorAll('.finding-title')].map((el) => el.textContent)).toEqual([
      'soon',
      'late',
      '45-KH/TU',
    ]);
    const toggles = [...document.querySelectorAll('.save-toggle')];
    expect(toggles.map((el) => el.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true']);
    fireEvent.click(screen.getByTestId('save-all-deadlines'));
    await waitFor(() => expect(props.save).toHaveBeenCalledTimes(1));
    expect((props.save as ReturnType<typeof vi.fn>).mock.calls[0]?.[0].map((f: FindingSummary) => f.watchKey)).toEqual([
      'late',
      'soon',
    ]);
    await waitFor(() => expect(document.querySelectorAll('.save-toggle[aria-pressed="true"]')).toHaveLength(3));
    const badges = [...screen.getByTestId('coming-up').querySelectorAll('.badge')].map((el) => el.textContent);
    expect(badges).toEqual([t('popupOverdue', ['1']), t('popupDueSoon', ['2', '7'])]);
  });

  it('two saves on their way at once keep both marks (a slow "save all" and a quick click)', async () => {
    let finishSaveAll: (value: { ok: true; saved: boolean }) => void = () => {};
    const save = vi.fn((items: FindingSummary[]) =>
      items.length > 1
        ? new Promise<{ ok: true; saved: boolean }>((resolve) => {
            finishSaveAll = resolve;
          })
        : Promise.resolve({ ok: true as const, saved: true }),
    );
    render(<PopupApp {...actions({ save, loadSaved: async () => [] })} lang="vi" />);
    await waitFor(() => expect(document.querySelectorAll('.finding')).toHaveLength(3));
    fireEvent.click(screen.getByTestId('save-all-deadlines'));
    const toggles = () => [...document.querySelectorAll('.save-toggle')];
    fireEvent.click(toggles()[2] as Element); // the document, while "save all" is still saving
    await waitFor(() => expect(toggles()[2]?.getAttribute('aria-pressed')).toBe('true'));
    finishSaveAll({ ok: true, saved: true });
    await waitFor(() =>
      expect(toggles().map((el) => el.getAttribute('aria-pressed'))).toEqual(['true', 'true', 'true']),
    );
  });

  it('shows a deadline’s task, owners and document under it', async () => {
    const withTask = deadlineSummary('task', '2027-01-30', '2027-01-30', {
      text: 'ngày 30/01/2027',
      documentKey: '12-KH/UBND',
    });
    withTask.date = {
      ...(withTask.date as NonNullable<FindingSummary['date']>),
      task: { text: 'gửi báo cáo kết quả về Văn phòng', start: 12, end: 44 },
      owners: [
        { text: 'Sở Nội vụ', start: 0, end: 9 },
        { text: 'UBND các huyện', start: 0, end: 14 },
      ],
    };
    render(<PopupApp {...actions({ loadFindings: async () => [withTask] })} lang="vi" />);
    await waitFor(() => expect(document.querySelectorAll('.finding-task')).toHaveLength(3));
    expect([...document.querySelectorAll('.finding-task')].map((el) => el.textContent)).toEqual([
      t('cardTask', ['gửi báo cáo kết quả về Văn phòng']),
      t('cardOwners', ['Sở Nội vụ, UBND các huyện']),
      t('cardDocument', ['12-KH/UBND']),
    ]);
  });

  it('in a private window says nothing is saved from there, and why a save was refused', async () => {
    const refuse = async () => ({ ok: false as const, error: PRIVATE_WINDOW });
    render(<PopupApp {...actions({ save: refuse })} lang="vi" privateWindow />);
    expect(screen.getByTestId('private-window').textContent).toBe(t('popupPrivateWindow'));
    await waitFor(() => expect(document.querySelectorAll('.save-toggle')).toHaveLength(3));
    fireEvent.click(document.querySelector('.save-toggle') as Element);
    expect((await screen.findByRole('alert')).textContent).toBe(t('privateNotSaved'));
  });

  it('says so when the browser refuses to scan the page', async () => {
    const inactive = async () => ({ kind: 'inactive' as const, tabId: 7, url: 'https://example.test/a' });
    const scanOnce = vi.fn(async () => Promise.reject(new Error('Cannot access contents of the page')));
    render(<PopupApp {...actions({ loadStatus: inactive, scanOnce })} lang="vi" />);
    fireEvent.click(await screen.findByTestId('scan-once'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      t('actionFailed', ['Cannot access contents of the page']),
    );
  });

  it('says clearly when storage is full', async () => {
    render(<PopupApp {...actions({ save: async () => ({ ok: false, error: 'storage is full' }) })} lang="vi" />);
    await waitFor(() => expect(document.querySelectorAll('.save-toggle')).toHaveLength(3));
    fireEvent.click(document.querySelector('.save-toggle') as Element);
    expect((await screen.findByRole('alert')).textContent).toBe(t('storageFull'));
  });

  it('rescans the tab and shows what the new scan found; exports the watchlist', async () => {
    let found = [summary('45-KH/TU', 'reference')];
    const props = actions({ loadFindings: async () => found });
    render(<PopupApp {...props} lang="vi" />);
    await waitFor(() => expect(document.querySelectorAll('.finding')).toHaveLength(1));
    found = [...found, summary('16/CT-TTG', 'reference')];
    fireEvent.click(screen.getByTestId('rescan'));
    expect(props.rescan).toHaveBeenCalledWith(7);
    await waitFor(() => expect(document.querySelectorAll('.finding')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('popup-export-csv'));
    expect(props.exportCsv).toHaveBeenCalledTimes(1);
  });

  it('lists the page’s attachments under their heading and opens one in the viewer', async () => {
    const pdf = 'https://x.gov.vn/files/ke-hoach-12.pdf';
    const docx = 'https://x.gov.vn/files/phu-luc.docx';
    const loadAttachments = vi.fn(async () => [
      { url: pdf, kind: 'pdf' as const, title: 'Kế hoạch 12', via: 'link' as const },
      { url: docx, kind: 'docx' as const, title: 'Phụ lục', via: 'link' as const },
    ]);
    const props = actions({ loadAttachments });
    render(<PopupApp {...props} lang="vi" />);
    const list = await screen.findByTestId('attachments');
    expect(loadAttachments).toHaveBeenCalledWith(7);
    expect(list.querySelector('h2')?.textContent).toBe(t('attachmentsTitle'));
    expect([...list.querySelectorAll('.attachment-title')].map((el) => el.textContent)).toEqual([
      'Kế hoạch 12',
      'Phụ lục',
    ]);
    const open = [...list.querySelectorAll('button')];
    expect(open.map((button) => button.textContent)).toEqual([t('attachmentsOpen'), t('attachmentsOpen')]);
    fireEvent.click(open[1] as HTMLElement);
    expect(props.openDocument).toHaveBeenCalledWith(docx);
    expect(screen.queryByTestId('open-pdf-tab')).toBeNull();
  });

  it('shows no attachment list when the page has none, or no content script answers', async () => {
    const loadAttachments = vi.fn(async () => []);
    render(<PopupApp {...actions({ loadAttachments })} lang="vi" />);
    await waitFor(() => expect(loadAttachments).toHaveBeenCalledWith(7));
    expect(screen.queryByTestId('attachments')).toBeNull();
    cleanup();
    const inactive = vi.fn(async () => [
      { url: 'https://a.vn/x.pdf', kind: 'pdf' as const, title: 'x', via: 'link' as const },
    ]);
    render(
      <PopupApp
        {...actions({
          loadStatus: async () => ({ kind: 'inactive', tabId: 8, url: 'https://a.vn/' }),
          loadAttachments: inactive,
        })}
        lang="vi"
      />,
    );
    await waitFor(() => expect(screen.getByTestId('page-status').dataset.state).toBe('inactive'));
    expect(inactive).not.toHaveBeenCalled();
    expect(screen.queryByTestId('attachments')).toBeNull();
  });

  it('offers to open a PDF shown in the tab in the viewer, for http(s) only', async () => {
    const pdf = 'https://vanban.x.gov.vn/tai-ve/quyet-dinh.pdf?inline=1';
    const props = actions({ loadStatus: async () => ({ kind: 'inactive', tabId: 9, url: pdf }) });
    render(<PopupApp {...props} lang="vi" />);
    const button = await screen.findByTestId('open-pdf-tab');
    expect(button.textContent).toBe(t('popupOpenPdfInViewer'));
    fireEvent.click(button);
    expect(props.openDocument).toHaveBeenCalledWith(pdf);
    cleanup();
    render(
      <PopupApp
        {...actions({ loadStatus: async () => ({ kind: 'inactive', tabId: 9, url: 'file:///tmp/a.pdf' }) })}
        lang="vi"
      />,
    );
    await waitFor(() => expect(screen.getByTestId('page-status').dataset.state).toBe('inactive'));
    expect(screen.queryByTestId('open-pdf-tab')).toBeNull();
  });

  it('shows a legend of the highlight colours in words, with the user’s colours and what is off', async () => {
    const highlights = {
      ...DEFAULT_SETTINGS.categories,
      deadline: { on: true, colour: '#00aa55' },
      date: { on: false, colour: '#2878c8' },
    };
    render(<PopupApp {...actions()} lang="vi" highlights={highlights} />);
    const legend = screen.getByTestId('highlight-legend');
    const rows = [...legend.querySelectorAll('li')];
    expect(rows.map((row) => row.dataset.category)).toEqual(['reference', 'weak-reference', 'deadline', 'date']);
    const deadline = rows[2] as HTMLElement;
    expect(deadline.dataset.colour).toBe('#00aa55');
    expect(deadline.textContent).toContain(t('categoryDeadline'));
    expect(deadline.textContent).toContain(t('popupLegendFill'));
    expect((deadline.querySelector('[aria-hidden="true"]') as HTMLElement).style.borderBottom).toContain('solid');
    expect(rows[3]?.textContent).toContain(t('popupLegendOff', [t('categoryDate')]));
    expect(rows[3]?.textContent).toContain(t('popupLegendDashed'));
  });

  it('names the shortcut that opens the watchlist next to its button', async () => {
    render(<PopupApp {...actions()} lang="vi" watchlistShortcut="Alt+Shift+W" />);
    const button = screen.getByTestId('open-watchlist');
    expect(button.getAttribute('title')).toBe(t('popupOpenWatchlistTitle', ['Alt+Shift+W']));
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+W');
    expect(screen.getByTestId('watchlist-shortcut').textContent).toBe('Alt+Shift+W');
    cleanup();
    render(<PopupApp {...actions()} lang="vi" />); // the user removed the shortcut
    expect(screen.getByTestId('open-watchlist').getAttribute('title')).toBeNull();
    expect(screen.queryByTestId('watchlist-shortcut')).toBeNull();
  });

  it('counts snoozed deadlines apart in "coming up", and says nothing of them when there are none', async () => {
    render(
      <PopupApp
        {...actions({ loadDue: async () => ({ days: 7, overdue: 1, dueSoon: 0, snoozed: 3, next: [] }) })}
        lang="vi"
      />,
    );
    expect((await screen.findByTestId('snoozed-count')).textContent).toBe(t('popupSnoozed', ['3']));
    cleanup();
    render(<PopupApp {...actions()} lang="vi" />);
    await screen.findByTestId('coming-up');
    expect(screen.queryByTestId('snoozed-count')).toBeNull();
  });
});

describe('components/PopupApp: "coming up" from the stored summary', () => {
  const badges = () => [...screen.getByTestId('coming-up').querySelectorAll('.badge')].map((el) => el.textContent);
  const checked = () => screen.getByTestId('coming-up').getAttribute('data-checked');

  it('shows the stored summary at its first render, unchecked, then what the database says', async () => {
    let answer: (summary: { days: number; overdue: number; dueSoon: number; next: [] }) => void = () => {};
    const loadDue = () =>
      new Promise<{ days: number; overdue: number; dueSoon: number; next: [] }>((resolve) => {
        answer = resolve;
      });
    const storedDue = { days: 7, overdue: 4, dueSoon: 1, snoozed: 0, next: [] };
    render(<PopupApp {...actions({ loadDue })} storedDue={storedDue} lang="vi" />);
    // Synchronously, in the first render: no wait for the database.
    expect(badges()).toEqual([t('popupOverdue', ['4']), t('popupDueSoon', ['1', '7'])]);
    expect(checked()).toBe('false');
    answer({ days: 7, overdue: 0, dueSoon: 2, next: [] });
    await waitFor(() => expect(checked()).toBe('true'));
    expect(badges()).toEqual([t('popupOverdue', ['0']), t('popupDueSoon', ['2', '7'])]);
  });

  it('shows the database’s truth after a write from another context left the stored summary stale', async () => {
    fakeBrowser.reset();
    const name = `popup-coming-up-${Date.now()}`;
    const today = localDay();
    const source = { url: 'https://a.gov.vn/', title: '', seenAt: '', quote: 'q', prefix: '', suffix: '' };
    // The background counted one deadline due tomorrow and stored it, then went to sleep.
    const background = new WatchlistDb(name);
    await saveFinding(background, deadlineSummary('deadline|soon', addDays(today, 1)), source);
    await refreshBadge(background, 7);
    background.close();
    // Another context (the watchlist page) saves an overdue deadline and marks the first one done;
    // nobody counts again.
    const page = new WatchlistDb(name);
    await saveFinding(page, deadlineSummary('deadline|late', addDays(today, -2)), source);
    await setStatus(page, ['deadline|soon'], 'done');
    page.close();
    // The popup, as its entry wires it: the stored summary at once, its own database read after.
    const stored = summaryFor(await readStoredSummary(), today, 7);
    expect(stored).toMatchObject({ overdue: 0, dueSoon: 1 });
    const popup = new WatchlistDb(name);
    render(<PopupApp {...actions({ loadDue: () => recountDue(popup, 7) })} storedDue={stored} lang="vi" />);
    expect(badges()).toEqual([t('popupOverdue', ['0']), t('popupDueSoon', ['1', '7'])]);
    await waitFor(() => expect(checked()).toBe('true'));
    expect(badges()).toEqual([t('popupOverdue', ['1']), t('popupDueSoon', ['0', '7'])]);
    expect(screen.getByTestId('coming-up').querySelectorAll('li')).toHaveLength(1); // the overdue one
    // The stale summary was mended: the next popup starts from the truth.
    await waitFor(async () =>
      expect(summaryFor(await readStoredSummary(), today, 7)).toMatchObject({ overdue: 1, dueSoon: 0 }),
    );
    popup.close();
    await popup.delete();
  });
});

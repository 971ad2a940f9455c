// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstScreenRows, WatchlistApp } from '../../components/WatchlistApp';
import { WatchlistDb } from '../../lib/db/schema';
import { saveFinding } from '../../lib/db/watchlist';
import { dexieWatchlistData, type WatchlistData } from '../../lib/db/watchlist-data';
import { watchlistFiles } from '../../lib/export/export-watchlist';
import { t } from '../../lib/i18n';
import type { WatchItem } from '../../lib/watchlist/types';
import { DEFAULT_FILTER, dueSoonFilter } from '../../lib/watchlist/view';
import { findingSummary } from '../helpers/factories';

let db: WatchlistDb;
/** The page's real data and files over this test's database. */
const sources = () => ({ data: dexieWatchlistData(db), files: watchlistFiles(db, 'vi', '2026-11-24', 'Hạn chót') });
let counter = 0;

const finding = findingSummary;
const source = {
  url: 'https://tinhuy.songhong.gov.vn/a',
  title: 'Tin',
  seenAt: '2026-11-20T00:00:00Z',
  quote: 'q',
  prefix: '',
  suffix: '',
};

beforeEach(async () => {
  db = new WatchlistDb(`components-${++counter}`);
  await saveFinding(
    db,
    finding('16/CT-TTG', {
      reference: {
        text: 'Chỉ thị số 16/CT-TTg',
        start: 0,
        end: 1,
        code: '16/CT-TTg',
        key: '16/CT-TTG',
        family: 'state',
        type: 'Chỉ thị',
        typeName: { id: 'chi-thi', vi: 'Chỉ thị', en: 'Directive' },
        issuer: ['TTG'],
        issuerName: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
        year: null,
        issued: null,
        confidence: 'high',
      },
    }),
    source,
  );
  await saveFinding(
    db,
    finding('deadline|2026-11-20|1', {
      category: 'deadline',
      sentence: 'Các sở báo cáo trước ngày 20/11/2026.',
      date: { text: 'ngày 20/11/2026', start: 0, end: 1, value: '2026-11-20', kind: 'deadline', due: '2026-11-20' },
    }),
    { ...source, quote: 'ngày 20/11/2026' },
  );
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const rows = () => screen.queryAllByTestId('watch-row');
/** The whole list is read (the first screen may show before it): what select-all, sorting and counts need. */
const loaded = () =>
  waitFor(() => expect(document.querySelector('.watch-table')?.getAttribute('aria-busy')).toBe('false'));

describe('components/WatchlistApp', () => {
  it('lists saved items, overdue marked, and finds "Chỉ thị" by "chi thi"', async () => {
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0]?.className).toContain('overdue');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'chi thi' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]?.textContent).toContain('16/CT-TTg');
  });

  it('marks done: the row leaves the open list and shows under "Đã xong (1)"; deletes with undo', async () => {
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    await loaded();
    const deadlineRow = () => rows().find((row) => row.dataset.key === 'deadline|2026-11-20|1') as HTMLElement;
    const showDone = screen.getByTestId('show-done');
    expect(showDone.textContent).toBe(t('showDone', ['0']));
    fireEvent.click(deadlineRow().querySelector('[data-action="status"]') as Element);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect((await db.items.get('deadline|2026-11-20|1'))?.status).toBe('done');
    expect(showDone.textContent).toBe(t('showDone', ['1']));

    fireEvent.click(showDone);
    expect(showDone.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(deadlineRow().className).toContain('done');
    expect(deadlineRow().querySelector('.cell-status')?.textContent).toBe(t('statusDone'));

    fireEvent.click(deadlineRow().querySelector('[data-action="delete"]') as Element);
    await waitFor(() => expect(rows()).toHaveLength(0));
    fireEvent.click(await screen.findByRole('button', { name: /undo|Hoàn tác/ }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(await db.sources.count()).toBe(2);
  });

  it('asks before a bulk delete, and lets the undo toast be dismissed', async () => {
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    await loaded();
    fireEvent.click(screen.getByLabelText(t('selectAll')));
    const bulk = document.querySelector('.bulk') as HTMLElement;
    fireEvent.click([...bulk.querySelectorAll('button')].find((b) => b.textContent === t('delete')) as Element);
    expect(screen.getByRole('alertdialog').textContent).toContain(t('confirmDelete', ['2']));
    expect(rows()).toHaveLength(2);
    fireEvent.click(screen.getByTestId('confirm-delete'));
    await waitFor(() => expect(rows()).toHaveLength(0));
    fireEvent.click(screen.getByRole('button', { name: t('dismiss') }));
    expect(screen.queryByRole('button', { name: /Hoàn tác/ })).toBeNull();
  });

  it('"Xuất CSV (tất cả)" hands over every item the page holds, done ones too, without reading them again', async () => {
    const files = sources().files;
    const exportAllCsv = vi.fn(async () => {});
    await db.items.update('deadline|2026-11-20|1', { status: 'done' });
    render(<WatchlistApp {...sources()} files={{ ...files, exportAllCsv }} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await loaded();
    fireEvent.click(screen.getByTestId('export-csv-all'));
    await waitFor(() => expect(exportAllCsv).toHaveBeenCalledTimes(1));
    expect((exportAllCsv.mock.calls[0] as unknown as [WatchItem[]])[0].map((item) => item.key).sort()).toEqual(
      (await db.items.toArray()).map((item) => item.key).sort(),
    );
  });

  it('shows the first screen before the whole list is read, in its order, then the whole list, live', async () => {
    const deadline = (n: number, day: string) =>
      saveFinding(
        db,
        finding(`deadline|${day}|${n}`, {
          category: 'deadline',
          sentence: `Báo cáo mục ${n} trước ngày ${day}.`,
          date: { text: day, start: 0, end: 1, value: day, kind: 'deadline', due: day },
        }),
        { ...source, quote: `mục ${n}` },
      );
    for (let n = 0; n < 24; n++) await deadline(n, `2026-12-${String(1 + (n % 5)).padStart(2, '0')}`);
    const real = dexieWatchlistData(db);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The whole list is held back until the test lets it through.
    const data: WatchlistData = {
      ...real,
      watchItems(onItems, onError) {
        let stop = () => {};
        let closed = false;
        void held.then(() => {
          if (!closed) stop = real.watchItems(onItems, onError);
        });
        return () => {
          closed = true;
          stop();
        };
      },
    };
    render(<WatchlistApp data={data} files={sources().files} today="2026-11-24" lang="vi" listHeight={128} />);
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const table = document.querySelector('.watch-table') as HTMLElement;
    expect(table.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('shown-count').textContent).toBe('…');
    const firstScreen = rows().map((row) => row.dataset.key);
    // 128 px of 64 px rows, and the rows drawn beyond the edge.
    expect(firstScreen).toHaveLength(8);
    await deadline(99, '2026-11-21');
    release();
    await loaded();
    expect(screen.getByTestId('shown-count').textContent).toBe(t('itemsShown', ['27', '27']));
    // The whole list's order: the deadline saved in between comes second (due 21/11, after 20/11).
    expect(firstScreen[0]).toBe('deadline|2026-11-20|1');
    expect(rows().map((row) => row.dataset.key)).toEqual([
      firstScreen[0],
      'deadline|2026-11-21|99',
      ...firstScreen.slice(1, 7),
    ]);
  });

  it('shows a first screen read before its first render in that render, then the whole list in its order', async () => {
    for (let n = 0; n < 12; n++)
      await saveFinding(
        db,
        finding(`deadline|2026-12-0${1 + (n % 3)}|${n}`, {
          category: 'deadline',
          date: {
            text: 'x',
            start: 0,
            end: 1,
            value: `2026-12-0${1 + (n % 3)}`,
            kind: 'deadline',
            due: `2026-12-0${1 + (n % 3)}`,
          },
        }),
        source,
      );
    const real = dexieWatchlistData(db);
    const initialFirst = await real.firstOpenItems?.(firstScreenRows(128));
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const firstOpenItems = vi.fn(real.firstOpenItems);
    const data: WatchlistData = {
      ...real,
      firstOpenItems,
      watchItems(onItems, onError) {
        let stop = () => {};
        void held.then(() => {
          stop = real.watchItems(onItems, onError);
        });
        return () => stop();
      },
    };
    render(
      <WatchlistApp
        data={data}
        files={sources().files}
        today="2026-11-24"
        lang="vi"
        listHeight={128}
        initialFirst={initialFirst}
      />,
    );
    // In the first render itself: no wait.
    const firstScreen = rows().map((row) => row.dataset.key);
    expect(firstScreen).toHaveLength(8);
    expect(document.querySelector('.watch-table')?.getAttribute('aria-busy')).toBe('true');
    expect(firstOpenItems).not.toHaveBeenCalled();
    release();
    await loaded();
    expect(rows().map((row) => row.dataset.key)).toEqual(firstScreen);
    // A view the first screen does not lead (sorted by task) ignores it and waits for the whole list.
    cleanup();
    render(
      <WatchlistApp
        {...sources()}
        today="2026-11-24"
        lang="vi"
        listHeight={128}
        initialFilter={{ ...DEFAULT_FILTER, sort: 'task' }}
        initialFirst={initialFirst}
      />,
    );
    expect(rows()).toHaveLength(0);
    await loaded();
    expect(rows().length).toBeGreaterThan(0);
  });

  it('closes the sources panel with Esc', async () => {
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(rows()[0]?.querySelector('[data-action="sources"]') as Element);
    await waitFor(() => expect(document.querySelector('aside.sources')).not.toBeNull());
    // Preact runs effects after paint: press Esc until the panel's listener is there to hear it.
    await waitFor(() => {
      fireEvent.keyDown(document, { key: 'Escape' });
      expect(document.querySelector('aside.sources')).toBeNull();
    });
  });

  it('says on the page when an action fails, instead of swallowing it', async () => {
    const { data, files } = sources();
    const failing = { ...data, setStatus: async () => Promise.reject(new Error('disk unplugged')) };
    render(<WatchlistApp data={failing} files={files} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(rows()[0]?.querySelector('[data-action="status"]') as Element);
    expect((await screen.findByRole('status')).textContent).toBe(t('actionFailed', ['disk unplugged']));
  });

  it('shows an item saved elsewhere without a reload', async () => {
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    await saveFinding(db, finding('77-KH/TU', {}), source);
    await waitFor(() => expect(rows()).toHaveLength(3));
  });

  it('refuses a broken backup in Vietnamese and keeps the list; restores a good one', async () => {
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    const pick = (text: string) =>
      fireEvent.change(screen.getByTestId('restore'), {
        target: { files: [new File([text], 'backup.json', { type: 'application/json' })] },
      });
    pick('{"format":"vanban-watch-backup","items":[');
    // The restore code loads on the first restore: wait for its answer.
    await waitFor(() =>
      expect(screen.getByTestId('restore-message').textContent).toBe(
        'Không khôi phục: tệp không phải JSON hợp lệ (bị hỏng hoặc bị cắt cụt). Danh sách không bị thay đổi.',
      ),
    );
    expect(rows()).toHaveLength(2);

    const backup = JSON.stringify({
      format: 'vanban-watch-backup',
      version: 1,
      exportedAt: '',
      items: [{ ...(await db.items.get('16/CT-TTG')), key: '19-CT/TW', updatedAt: 5 }],
      sources: [],
    });
    pick(backup);
    await waitFor(() =>
      expect(screen.getByTestId('restore-message').textContent).toMatch(/thêm 1, cập nhật 0, bỏ qua 0/),
    );
    await waitFor(() => expect(rows()).toHaveLength(3));
  });

  it('opens on the deadlines the reminder counted; a quarter deadline says it closes the quarter', async () => {
    await saveFinding(
      db,
      finding('deadline|2026-Q4|2', {
        category: 'deadline',
        sentence: 'Hoàn thành trong quý IV/2026.',
        date: { text: 'quý IV/2026', start: 0, end: 1, value: '2026-Q4', kind: 'deadline', due: '2026-12-31' },
      }),
      { ...source, quote: 'quý IV/2026' },
    );
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" initialFilter={dueSoonFilter('2026-11-24', 7)} />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]?.dataset.key).toBe('deadline|2026-11-20|1');

    cleanup();
    render(
      <WatchlistApp
        {...sources()}
        today="2026-11-24"
        lang="vi"
        reminderDays={40}
        initialFilter={dueSoonFilter('2026-11-24', 40)}
      />,
    );
    await waitFor(() => expect(rows()).toHaveLength(2));
    const quarter = rows().find((row) => row.dataset.key === 'deadline|2026-Q4|2') as HTMLElement;
    // What the text said and what it means, in that order.
    expect(quarter.querySelector('.watch-due')?.textContent).toBe('quý 4/2026 → hạn 31/12/2026');
    expect(quarter.className).toContain('soon');
  });

  const deadlineKey = 'deadline|2026-11-20|1';
  const rowOf = (key: string) => rows().find((row) => row.dataset.key === key) as HTMLElement;
  const action = (key: string, name: string) => rowOf(key).querySelector(`[data-action="${name}"]`) as HTMLElement;
  const editor = () => document.querySelector('dialog.editor') as HTMLElement | null;
  const input = (name: string) => editor()?.querySelector(`[name="${name}"]`) as HTMLInputElement;

  it('corrects due date and lead units in place: Lưu saves, "đã sửa" marks them, focus returns', async () => {
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(action(deadlineKey, 'edit'));
    expect(editor()).not.toBeNull();
    expect(input('due').value).toBe('2026-11-20');
    expect(document.activeElement).toBe(input('due'));
    fireEvent.input(input('due'), { target: { value: '2026-12-15' } });
    fireEvent.input(input('owners'), { target: { value: 'Sở Tài chính; Sở Nội vụ' } });
    fireEvent.submit(input('due').form as HTMLFormElement);
    await waitFor(() => expect(editor()).toBeNull());
    await waitFor(() => expect(rowOf(deadlineKey).querySelector('.watch-due')?.textContent).toBe('15/12/2026'));
    const saved = await db.items.get(deadlineKey);
    expect(saved?.due).toBe('2026-12-15');
    expect(saved?.owners).toEqual(['Sở Tài chính', 'Sở Nội vụ']);
    // Only what changed counts as corrected.
    expect([...(saved?.edited ?? [])].sort()).toEqual(['due', 'owners']);
    expect(rowOf(deadlineKey).querySelector('.cell-owners')?.textContent).toContain('Sở Tài chính; Sở Nội vụ');
    expect(rowOf(deadlineKey).querySelectorAll('.edited-mark')).toHaveLength(2);
    expect(rowOf(deadlineKey).className).not.toContain('overdue');
    await waitFor(() => expect(document.activeElement).toBe(action(deadlineKey, 'edit')));
  });

  it('cancels an edit with Esc and Hủy, keeping the item as it was', async () => {
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(action(deadlineKey, 'edit'));
    fireEvent.input(input('task'), { target: { value: 'Việc khác' } });
    fireEvent.keyDown(input('task'), { key: 'Escape' });
    expect(editor()).toBeNull();
    fireEvent.click(action(deadlineKey, 'edit'));
    expect(input('task').value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: t('cancel') }));
    expect(editor()).toBeNull();
    const saved = await db.items.get(deadlineKey);
    expect(saved?.task ?? null).toBeNull();
    expect(saved?.edited ?? []).toEqual([]);
  });

  it('refuses an empty date with a message and loses nothing typed', async () => {
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(action(deadlineKey, 'edit'));
    fireEvent.input(input('task'), { target: { value: 'Gửi báo cáo quý' } });
    fireEvent.input(input('due'), { target: { value: '' } });
    fireEvent.submit(input('due').form as HTMLFormElement);
    expect(screen.getByRole('alert').textContent).toBe(t('invalidDue'));
    expect(input('due').getAttribute('aria-invalid')).toBe('true');
    expect(input('task').value).toBe('Gửi báo cáo quý');
    expect((await db.items.get(deadlineKey))?.due).toBe('2026-11-20');
  });

  it('adds a deadline by hand: the row appears and is announced', async () => {
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(screen.getByTestId('quick-add'));
    const form = document.querySelector('.quick-add form') as HTMLFormElement;
    const field = (name: string) => form.querySelector(`[name="${name}"]`) as HTMLInputElement;
    fireEvent.input(field('due'), { target: { value: '2026-12-01' } });
    fireEvent.input(field('task'), { target: { value: 'Nộp dự toán ngân sách' } });
    fireEvent.input(field('owners'), { target: { value: 'Phòng Tài chính' } });
    fireEvent.submit(form);
    await waitFor(() => expect(rows()).toHaveLength(3));
    const added = rows().find((row) => row.textContent?.includes('Nộp dự toán ngân sách')) as HTMLElement;
    expect(added.querySelector('.cell-owners')?.textContent).toContain('Phòng Tài chính');
    expect(screen.getByRole('status').textContent).toBe(t('quickAdded', ['01/12/2026', 'Nộp dự toán ngân sách']));
    expect(document.querySelector('.quick-add')).toBeNull();
    const stored = (await db.items.toArray()).find((item) => item.manual);
    expect(stored).toMatchObject({ kind: 'deadline', due: '2026-12-01', owners: ['Phòng Tài chính'] });
  });

  it('snoozes an open deadline for 3 days and takes the snooze back', async () => {
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    // A document has no reminder to put off.
    expect(action('16/CT-TTG', 'snooze')).toBeNull();
    fireEvent.click(action(deadlineKey, 'snooze'));
    fireEvent.click(rowOf(deadlineKey).querySelector('[data-snooze="3"]') as Element);
    await waitFor(() => expect(rowOf(deadlineKey).textContent).toContain(t('snoozedUntil', ['27/11/2026'])));
    expect((await db.items.get(deadlineKey))?.snoozedUntil).toBe('2026-11-27');
    expect((await db.items.get(deadlineKey))?.edited ?? []).toEqual([]);
    fireEvent.click(action(deadlineKey, 'unsnooze'));
    await waitFor(() => expect(rowOf(deadlineKey).textContent).not.toContain(t('snoozedUntil', ['27/11/2026'])));
    expect((await db.items.get(deadlineKey))?.snoozedUntil ?? null).toBeNull();
    expect(action(deadlineKey, 'snooze')).not.toBeNull();
  });

  it('sorts by a header click, both ways, and says so with aria-sort', async () => {
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    await loaded();
    const header = (column: string) => document.querySelector(`[data-sort="${column}"]`)?.closest('th') as HTMLElement;
    expect(header('due').getAttribute('aria-sort')).toBe('ascending');
    expect(rows().map((row) => row.dataset.key)).toEqual([deadlineKey, '16/CT-TTG']);
    fireEvent.click(header('document').querySelector('button') as Element);
    expect(header('document').getAttribute('aria-sort')).toBe('ascending');
    expect(header('due').hasAttribute('aria-sort')).toBe(false);
    // The deadline names no document, so it goes last.
    expect(rows().map((row) => row.dataset.key)).toEqual(['16/CT-TTG', deadlineKey]);
    fireEvent.click(header('status').querySelector('button') as Element);
    expect(rows().map((row) => row.dataset.key)).toEqual([deadlineKey, '16/CT-TTG']);
    fireEvent.click(header('status').querySelector('button') as Element);
    expect(header('status').getAttribute('aria-sort')).toBe('descending');
    expect(rows().map((row) => row.dataset.key)).toEqual(['16/CT-TTG', deadlineKey]);
  });

  it('groups by source site with a heading row and a count', async () => {
    await saveFinding(db, finding('77-KH/TU', {}), { ...source, url: 'https://chinhphu.vn/b' });
    render(<WatchlistApp {...sources()} today="2026-11-24" lang="vi" />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.change(screen.getByTestId('group-by'), { target: { value: 'site' } });
    await waitFor(() => expect(screen.getAllByTestId('watch-group')).toHaveLength(2));
    expect(screen.getAllByTestId('watch-group').map((row) => row.textContent)).toEqual([
      t('groupHeading', ['chinhphu.vn', '1']),
      t('groupHeading', ['tinhuy.songhong.gov.vn', '2']),
    ]);
  });
});

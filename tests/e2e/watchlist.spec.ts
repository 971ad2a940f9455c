import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { clickCardButton, readCard } from './card';
import { expect, launchExtension, openPopupFor, saveDeadlinesFrom, test } from './fixtures';
import { highlightedTexts, pointOf } from './highlights';

const DEMO = 'http://tinhuy.songhong.gov.vn/demo/';

/** Today plus `days` in this machine's time zone (the browser's too), as `[dd/mm/yyyy, yyyy-mm-dd]`. */
function dayFromNow(days: number): [string, string] {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const [d, m, y] = [date.getDate(), date.getMonth() + 1, date.getFullYear()].map((n) => String(n).padStart(2, '0'));
  return [`${d}/${m}/${y}`, `${y}-${m}-${d}`];
}

/** The same notice (our own sentence) served at `path`, so one deadline can be saved from two pages. */
async function serveNotice(context: BrowserContext, path: string, deadline: string): Promise<string> {
  const url = `http://tinhuy.songhong.gov.vn/${path}/`;
  await context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thông báo ${path}</title></head><body>
        <p>Đề nghị Sở Xây dựng gửi báo cáo kết quả rà soát về Văn phòng Tỉnh ủy trước ngày ${deadline}.</p></body></html>`,
    }),
  );
  return url;
}

const COLLATOR = new Intl.Collator('vi', { numeric: true });
/** The status badge's class, in the order the page sorts by status. */
const STATUS_ORDER = ['badge overdue', 'badge soon', 'badge open', 'badge snoozed', 'badge done'];
/** A due cell's meaning as an ISO day: the last dd/mm/yyyy it shows ("quý 4/2026 → hạn 31/12/2026"). */
const isoOf = (text: string) => {
  const days = [...text.matchAll(/(\d{2})\/(\d{2})\/(\d{4})/g)];
  const last = days[days.length - 1];
  return last ? `${last[3]}-${last[2]}-${last[1]}` : '';
};

/** Compares two cells of `column` the way the page says it sorts them. */
function compareCells(column: string, a: string, b: string): number {
  if (column === 'due') return isoOf(a) < isoOf(b) ? -1 : isoOf(a) > isoOf(b) ? 1 : 0;
  if (column === 'status') return STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b);
  return COLLATOR.compare(a, b);
}

/** The shown rows' values in `column`, top to bottom. */
async function columnValues(rows: Locator, column: string): Promise<string[]> {
  const cell = { due: '.watch-due', task: '.watch-task', status: '.cell-status .badge' }[column] ?? `.cell-${column}`;
  return rows.evaluateAll(
    (elements, selector) =>
      elements.map((row) => {
        const element = row.querySelector(selector);
        // A document's issue date is not a due date: it has none.
        if (element?.querySelector('.issued')) return '';
        // The status is read from its badge's class, the same in either language.
        return (element?.classList.contains('badge') ? element.className : element?.textContent?.trim()) ?? '';
      }),
    cell,
  );
}

/** True when `values` are in order (each direction), empty values last either way. */
function inOrder(column: string, values: string[], descending: boolean): boolean {
  const empty = (value: string) => (column === 'due' ? isoOf(value) === '' : value === '');
  const firstEmpty = values.findIndex(empty);
  if (firstEmpty >= 0 && !values.slice(firstEmpty).every(empty)) return false;
  const filled = firstEmpty >= 0 ? values.slice(0, firstEmpty) : values;
  return filled.every(
    (value, i) => i === 0 || compareCells(column, filled[i - 1] as string, value) * (descending ? -1 : 1) <= 0,
  );
}

test.describe('watchlist', () => {
  test('saving from a page card appears live in an open watchlist; done, delete and undo work', async ({
    context,
    extensionId,
  }) => {
    const watchlist = await context.newPage();
    await watchlist.goto(`chrome-extension://${extensionId}/watchlist.html`);
    await expect(watchlist.getByTestId('watchlist-empty')).toBeVisible();

    const page = await context.newPage();
    await page.goto(DEMO);
    await expect.poll(async () => (await highlightedTexts(page))['vanban-ref']?.length ?? 0).toBeGreaterThan(10);
    const point = await pointOf(page, 'vanban-ref', 'Chỉ thị số 05/CT-TTg');
    await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(async () => (await readCard(page))?.saved).toBe('false');
    await clickCardButton(page, 'save');
    await expect.poll(async () => (await readCard(page))?.saved).toBe('true');
    // What is saved is not painted into the page's highlight registry, which page scripts can read.
    expect(Object.keys(await highlightedTexts(page)).filter((name) => /saved/.test(name))).toEqual([]);

    const rows = watchlist.getByTestId('watch-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('05/CT-TTg');
    await expect(rows.first()).toContainText(/Thủ tướng|Prime Minister/);

    await rows.first().locator('[data-action="status"]').click();
    // The page lists the work still open: a done item is one click away.
    await expect(rows).toHaveCount(0);
    await watchlist.getByTestId('show-done').click();
    await expect(rows.first()).toHaveClass(/done/);
    await expect(rows.first().locator('.cell-status')).toHaveText(/Đã xong|Done/);
    await rows.first().locator('[data-action="delete"]').click();
    await expect(rows).toHaveCount(0);
    await watchlist.getByRole('button', { name: /Undo|Hoàn tác/ }).click();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveClass(/done/);
  });

  test('saving from the popup; everything is still there after the browser restarts', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'vanban-restart-'));
    try {
      let context = await launchExtension(profile);
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = new URL(worker.url()).host;
      const page = await context.newPage();
      await page.goto(DEMO);
      await expect.poll(async () => (await highlightedTexts(page))['vanban-deadline']?.length ?? 0).toBeGreaterThan(0);
      const popup = await openPopupFor(context, worker, page);
      await popup.getByTestId('save-all-deadlines').click();
      await expect(
        popup.locator('.finding[data-category="deadline"] + .save-toggle[aria-pressed="true"]').first(),
      ).toBeVisible();
      const saved = await popup.locator('.save-toggle[aria-pressed="true"]').count();
      expect(saved).toBeGreaterThanOrEqual(4);
      await expect(popup.getByTestId('coming-up')).toBeVisible();
      // The page learns what the popup saved: the card of a saved deadline says so.
      await popup.locator('.finding[data-category="deadline"]').first().click();
      await expect.poll(async () => (await readCard(page))?.saved).toBe('true');
      await context.close();

      context = await launchExtension(profile);
      const list = await context.newPage();
      await list.goto(`chrome-extension://${extensionId}/watchlist.html`);
      await expect(list.getByTestId('watch-row')).toHaveCount(saved);
      await expect(list.getByTestId('watch-row').first()).toContainText(/15\/12\/2026|12\/2026|quý|2030/);
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('a clerk corrects a deadline in place; a later save from another page keeps the correction', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const [written] = dayFromNow(20);
    const [, corrected] = dayFromNow(10);
    await saveDeadlinesFrom(context, serviceWorker, await serveNotice(context, 'thong-bao-1', written));

    const list = await context.newPage();
    await list.goto(`chrome-extension://${extensionId}/watchlist.html`);
    const rows = list.getByTestId('watch-row');
    await expect(rows).toHaveCount(1);
    const row = rows.first();
    await expect(row.locator('.cell-owners')).toContainText('Sở Xây dựng');
    await expect(row.locator('.watch-due')).toHaveText(written);

    await row.locator('[data-action="edit"]').click();
    const editor = list.locator('dialog.editor');
    await expect(editor.locator('[name="due"]')).toBeFocused();
    await editor.locator('[name="due"]').fill(corrected);
    await editor.locator('[name="owners"]').fill('Sở Xây dựng; Phòng Quản lý đô thị');
    await editor.locator('[name="owners"]').press('Enter');
    await expect(editor).toHaveCount(0);
    await expect(row.locator('[data-action="edit"]')).toBeFocused();
    const shown = corrected.split('-').reverse().join('/');
    await expect(row.locator('.watch-due')).toHaveText(shown);
    await expect(row.locator('.cell-owners')).toContainText('Sở Xây dựng; Phòng Quản lý đô thị');
    await expect(row.locator('.edited-mark')).toHaveCount(2);

    // The same deadline saved again from a second page: one item, two sources, the correction kept.
    await saveDeadlinesFrom(context, serviceWorker, await serveNotice(context, 'thong-bao-2', written));
    await list.bringToFront();
    await expect(rows).toHaveCount(1);
    await expect(row.locator('.watch-due')).toHaveText(shown);
    await expect(row.locator('.cell-owners')).toContainText('Phòng Quản lý đô thị');
    await row.locator('[data-action="sources"]').click();
    await expect(list.locator('aside.sources li')).toHaveCount(2);
    await list.locator('aside.sources .close').click();

    await row.locator('[data-action="snooze"]').click();
    await row.locator('[data-snooze="7"]').click();
    await expect(row.locator('.snoozed-until')).toHaveText(
      new RegExp(`(Nhắc lại từ|Reminding again from) ${dayFromNow(7)[0]}`),
    );
    await expect(row.locator('[data-action="unsnooze"]')).toBeVisible();
  });

  test('sorts by each column from its header, both ways', async ({ context, serviceWorker, extensionId }) => {
    const page = await context.newPage();
    await page.goto(DEMO);
    await expect.poll(async () => (await highlightedTexts(page))['vanban-deadline']?.length ?? 0).toBeGreaterThan(0);
    const popup = await openPopupFor(context, serviceWorker, page);
    await popup.getByTestId('save-all-deadlines').click();
    const references = popup.locator('.finding[data-category="reference"] + .save-toggle');
    await references.nth(0).click();
    await references.nth(1).click();
    await expect(popup.locator('.save-toggle[aria-pressed="true"]').nth(5)).toBeVisible();

    const list: Page = await context.newPage();
    await list.goto(`chrome-extension://${extensionId}/watchlist.html`);
    const rows = list.getByTestId('watch-row');
    await expect(rows.nth(5)).toBeVisible();
    for (const column of ['due', 'task', 'owners', 'document', 'site', 'status']) {
      const header = list.locator(`th:has([data-sort="${column}"])`);
      for (const descending of [false, true]) {
        // The page opens sorted by due date, ascending: one click on it turns it around.
        if (column !== 'due' || descending) await header.getByRole('button').click();
        await expect(header).toHaveAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const values = await columnValues(rows, column);
        // The demo page's items differ in these columns (so a wrong order would show); all share one site.
        if (['due', 'task', 'document'].includes(column)) expect(new Set(values).size).toBeGreaterThan(1);
        expect(
          inOrder(column, values, descending),
          `${column} ${descending ? 'descending' : 'ascending'}: ${values.join(' | ')}`,
        ).toBe(true);
      }
    }
  });
});

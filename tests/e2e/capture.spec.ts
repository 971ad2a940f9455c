import type { Page, Worker } from '@playwright/test';
import { expect, storedRows, test } from './fixtures';

// A page outside the government list (no content script, no host permission), served locally.
const PAGE = 'http://news.example.test/news.html';

/** Opens the page and adds our own paragraphs to it, as a club's notice would read. */
async function openNotice(page: Page): Promise<void> {
  await page.goto(PAGE);
  await page.evaluate(() => {
    const paragraph = (id: string, text: string) =>
      document.body.appendChild(Object.assign(document.createElement('p'), { id, textContent: text }));
    paragraph(
      'deadline',
      'Ban chủ nhiệm đề nghị các hội viên nộp phiếu đăng ký thi đấu cho thư ký chậm nhất ngày 14/02/2027.',
    );
    paragraph('plain', 'Buổi sinh hoạt thường kỳ vẫn giữ nguyên như mọi khi, mời mọi người tham dự đầy đủ.');
  });
}

// Runs inside the extension's service worker, where the WebExtension API is the global `chrome`.
declare const chrome: {
  storage: { session: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
};

/** Selects the paragraph `id` on the page as a user would, and returns the text the menu would get. */
async function select(page: Page, id: string): Promise<string> {
  return page.evaluate((paragraph) => {
    const selection = window.getSelection() as Selection;
    selection.selectAllChildren(document.getElementById(paragraph) as HTMLElement);
    return selection.toString();
  }, id);
}

/**
 * What the context-menu item does (lib/messaging/capture-handoff.ts, unit-tested with its click
 * handler): the selection, page URL and title kept in session storage under a one-time id, then
 * capture.html?id=… opened. A native context menu cannot be clicked, so the test writes the entry
 * the handler writes, through the service worker, and opens the page the handler opens.
 */
async function handOff(worker: Worker, page: Page, text: string, id: string, inPrivate = false): Promise<string> {
  const entry = { text, cut: false, url: page.url(), title: await page.title(), private: inPrivate };
  await worker.evaluate(
    ([key, value]) => chrome.storage.session.set({ [key as string]: value }),
    [`capture:${id}`, entry],
  );
  return `chrome-extension://${new URL(worker.url()).host}/capture.html?id=${id}`;
}

test.describe('capture from a selection', () => {
  test('a deadline selected on an ordinary page is prefilled, corrected, saved with its page and quote', async ({
    context,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await openNotice(page);
    const text = await select(page, 'deadline');
    expect(text).toContain('14/02/2027');
    const capture = await context.newPage();
    await capture.goto(await handOff(serviceWorker, page, text, 'e2e-deadline'));

    await expect(capture.getByTestId('capture-choices')).toContainText('14/02/2027');
    const form = capture.getByTestId('capture-form');
    await expect(form.locator('input[name="due"]')).toHaveValue('2027-02-14');
    await expect(form.locator('textarea[name="task"]')).toHaveValue(/nộp phiếu đăng ký thi đấu/);
    await form.locator('textarea[name="note"]').fill('Nhắc cả đội trẻ');
    await form.locator('input[name="due"]').fill('2027-02-12'); // the user moves it two days earlier
    await capture.getByTestId('capture-save').click();
    await expect(capture.getByTestId('capture-saved')).toContainText('12/02/2027');
    await expect(capture.getByTestId('capture-saved').getByRole('link')).toHaveText(
      /Mở danh sách theo dõi|Open the watchlist/,
    );

    const items = await storedRows(capture, 'items');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'deadline', due: '2027-02-12', note: 'Nhắc cả đội trẻ', manual: true });
    expect(items[0]?.task).toMatch(/nộp phiếu đăng ký thi đấu/);
    const sources = await storedRows(capture, 'sources');
    expect(sources).toEqual([expect.objectContaining({ itemKey: items[0]?.key, url: PAGE, quote: text.trim() })]);

    // The link opens the watchlist, which lists the item.
    const opened = context.waitForEvent('page');
    await capture.getByTestId('capture-saved').getByRole('link').click();
    const watchlist = await opened;
    await expect(watchlist.getByTestId('watch-row')).toHaveCount(1);
    await expect(watchlist.getByTestId('watch-row').first()).toContainText('12/02/2027');

    // The hand-off was one-time: opening the same address again finds nothing to add.
    const again = await context.newPage();
    await again.goto(capture.url());
    await expect(again.getByTestId('capture-gone')).toBeVisible();
  });

  test('a selection without a date becomes the task, and the date must be filled in', async ({
    context,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await openNotice(page);
    const text = await select(page, 'plain');
    const capture = await context.newPage();
    await capture.goto(await handOff(serviceWorker, page, text, 'e2e-plain'));
    await expect(capture.getByTestId('capture-nothing-found')).toBeVisible();
    const form = capture.getByTestId('capture-form');
    await expect(form.locator('textarea[name="task"]')).toHaveValue(text.trim());
    await capture.getByTestId('capture-save').click();
    await expect(capture.getByTestId('capture-need-due')).toBeVisible();
    expect(await storedRows(capture, 'items')).toEqual([]);
    await form.locator('input[name="due"]').fill('2027-03-01');
    await capture.getByTestId('capture-save').click();
    await expect(capture.getByTestId('capture-saved')).toBeVisible();
    expect(await storedRows(capture, 'items')).toEqual([
      expect.objectContaining({ due: '2027-03-01', task: text.trim() }),
    ]);
  });

  test('a selection from a private window is read and shown, never written', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await openNotice(page);
    const text = await select(page, 'deadline');
    const capture = await context.newPage();
    await capture.goto(await handOff(serviceWorker, page, text, 'e2e-private', true));
    await expect(capture.getByTestId('capture-private')).toBeVisible();
    await expect(capture.getByTestId('capture-form').locator('input[name="due"]')).toHaveValue('2027-02-14');
    await expect(capture.getByTestId('capture-save')).toBeDisabled();
    await capture.getByTestId('capture-save').click({ force: true }); // even a forced click saves nothing
    await capture.waitForTimeout(300);
    expect(await storedRows(capture, 'items')).toEqual([]);
  });
});

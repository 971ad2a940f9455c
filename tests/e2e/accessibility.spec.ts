import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openPopupFor, test } from './fixtures';
import { highlightedTexts } from './highlights';

const DEMO = 'http://tinhuy.songhong.gov.vn/demo/';

/** A notice with one deadline `days` from today (our own sentence), served at `path`. */
async function serveNotice(context: BrowserContext, path: string, days: number): Promise<string> {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const day = `${date.getDate()}/${date.getMonth() + 1}/${date.getFullYear()}`;
  const url = `http://tinhuy.songhong.gov.vn/${path}/`;
  await context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thông báo</title></head><body>
        <p>Đề nghị Sở Nội vụ gửi báo cáo tổng hợp về Văn phòng Tỉnh ủy trước ngày ${day}.</p></body></html>`,
    }),
  );
  return url;
}

/** axe-core's violations on `page`, as "rule: target" lines, for a readable failure. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`popup, watchlist and settings have no axe violations (${scheme})`, async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    // Three pages saved from, and every state of the watchlist: more than the default 30 s.
    test.slow();
    const page = await context.newPage();
    await page.goto(DEMO);
    await expect.poll(async () => (await highlightedTexts(page))['vanban-deadline']?.length ?? 0).toBeGreaterThan(0);

    const popup = await openPopupFor(context, serviceWorker, page);
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.getByTestId('save-all-deadlines')).toBeVisible();
    await popup.getByTestId('save-all-deadlines').click();
    await expect(popup.locator('.save-toggle[aria-pressed="true"]').first()).toBeVisible();
    // The legend of highlight colours names each category in words.
    await expect(popup.getByTestId('highlight-legend').locator('li')).toHaveCount(4);
    await expect(popup.getByTestId('highlight-legend')).toContainText(/Hạn chót|Deadline/);
    expect(await violations(popup)).toEqual([]);

    // An overdue and a due-soon deadline as well, saved from their pages' popups.
    for (const [path, days] of [
      ['qua-han', -3],
      ['sap-den-han', 2],
    ] as const) {
      const notice = await context.newPage();
      await notice.goto(await serveNotice(context, path, days));
      await expect.poll(async () => (await highlightedTexts(notice))['vanban-deadline']?.length ?? 0).toBe(1);
      const noticePopup = await openPopupFor(context, serviceWorker, notice);
      await noticePopup.getByTestId('save-all-deadlines').click();
      await expect(noticePopup.locator('.save-toggle[aria-pressed="true"]')).toHaveCount(1);
      await noticePopup.close();
    }

    const list = await context.newPage();
    await list.emulateMedia({ colorScheme: scheme });
    await list.goto(`chrome-extension://${extensionId}/watchlist.html`);
    const rows = list.getByTestId('watch-row');
    await expect(rows.first()).toBeVisible();
    // Open, done, overdue, due-soon and snoozed rows, the editor, the sources panel and the undo
    // toast all on screen.
    await list.getByTestId('filter-status').selectOption('all');
    await expect(rows.first()).toHaveClass(/overdue/);
    await rows.nth(1).locator('[data-action="snooze"]').click();
    await rows.nth(1).locator('[data-snooze="3"]').click();
    await expect(list.locator('.watch-row.snoozed')).toHaveCount(1);
    await rows.nth(2).locator('[data-action="status"]').click();
    await expect(list.locator('.watch-row.done')).toHaveCount(1);
    await rows.last().locator('[data-action="delete"]').click();
    await expect(list.getByRole('button', { name: /Hoàn tác|Undo/ })).toBeVisible();
    await rows.nth(3).locator('[data-action="sources"]').click();
    await expect(list.locator('aside.sources')).toBeVisible();
    await rows.first().locator('[data-action="edit"]').click();
    await expect(list.locator('dialog.editor')).toBeVisible();
    expect(await violations(list)).toEqual([]);
    // An empty due date refused: the message and the invalid field pass too.
    await list.locator('dialog.editor [name="due"]').fill('');
    await list.locator('dialog.editor [name="task"]').press('Enter');
    await expect(list.locator('dialog.editor [role="alert"]')).toBeVisible();
    expect(await violations(list)).toEqual([]);

    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('reminder-days')).toBeVisible();
    expect(await violations(options)).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the document viewer has no axe violations (${scheme})`, async ({ context, extensionId }) => {
    const viewer = await context.newPage();
    await viewer.emulateMedia({ colorScheme: scheme });
    const pdf = encodeURIComponent('http://tinhuy.songhong.gov.vn/documents/plan.pdf');
    await viewer.goto(`chrome-extension://${extensionId}/viewer.html?file=${pdf}`);
    await expect(viewer.getByTestId('viewer-panel')).toContainText('12-KH/UBND', { timeout: 15_000 });
    // The card open too (the viewer's own page, so axe can see it).
    await viewer.locator('.viewer-finding').first().click();
    await expect(viewer.locator('.viewer-card-host .card')).toBeVisible();
    expect(await violations(viewer)).toEqual([]);
  });
}

// Runs inside the extension's service worker, where the WebExtension API is the global `chrome`.
declare const chrome: { storage: { session: { set(items: object): Promise<void> } } };

for (const scheme of ['light', 'dark'] as const) {
  test(`the capture page has no axe violations (${scheme})`, async ({ context, serviceWorker, extensionId }) => {
    // The hand-off the selection menu writes (see capture.spec.ts), with a deadline and a document.
    const entry = {
      text: 'Theo Kế hoạch số 12-KH/UBND, các xã gửi danh sách hộ nghèo chậm nhất ngày 28/02/2027; họp ngày 05/03/2027.',
      cut: true,
      url: 'http://news.example.test/news.html',
      title: 'Trang thử',
      private: false,
    };
    await serviceWorker.evaluate((value) => chrome.storage.session.set({ 'capture:axe': value }), entry);
    const capture = await context.newPage();
    await capture.emulateMedia({ colorScheme: scheme });
    await capture.goto(`chrome-extension://${extensionId}/capture.html?id=axe`);
    await expect(capture.getByTestId('capture-choices')).toBeVisible();
    await expect(capture.getByTestId('capture-documents')).toBeVisible();
    await capture.getByTestId('capture-save').click();
    await expect(capture.getByTestId('capture-saved')).toBeVisible();
    await capture.locator('details.capture-quote summary').click();
    expect(await violations(capture)).toEqual([]);
  });
}

import type { Request } from '@playwright/test';
import { uiHosts } from './card';
import { expect, openPopupFor, test } from './fixtures';

const GOV_PAGE = 'http://tinhuy.songhong.gov.vn/news.html';
const OTHER_PAGE = 'http://news.example.test/news.html';
const DOCUMENT = 'http://tinhuy.songhong.gov.vn/documents/plan.pdf';

test.describe('foundation', () => {
  test('the content script runs on a mapped *.gov.vn page and the popup reports it', async ({
    context,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await page.goto(GOV_PAGE);
    await expect(uiHosts(page)).toHaveCount(1);

    const popup = await openPopupFor(context, serviceWorker, page);
    await expect(popup.getByTestId('page-status')).toHaveAttribute('data-state', 'active');
    await expect(popup.locator('h1')).toHaveText('VănBản Watch');
  });

  test('the content script leaves a non-government host alone', async ({ context, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(OTHER_PAGE);
    await expect(page.locator('h1')).toBeVisible();
    // A run would have added the host by now: document_idle has passed once the load event fired.
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    await expect(uiHosts(page)).toHaveCount(0);

    const popup = await openPopupFor(context, serviceWorker, page);
    await expect(popup.getByTestId('page-status')).toHaveAttribute('data-state', 'inactive');
  });

  test('the popup opens the watchlist page', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const opened = context.waitForEvent('page');
    await popup.getByTestId('open-watchlist').click();
    const watchlist = await opened;
    await expect(watchlist).toHaveURL(`chrome-extension://${extensionId}/watchlist.html`);
    await expect(watchlist.getByTestId('watchlist-empty')).toBeVisible();
  });

  test('the extension makes no network request of its own', async ({ context, extensionId }) => {
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));

    const page = await context.newPage();
    await page.goto(GOV_PAGE);
    await expect(uiHosts(page)).toHaveCount(1);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // The popup closes itself once the watchlist opens, which can cut a click's own bookkeeping
    // short ("Target page … has been closed"): the click event is dispatched and not waited on.
    await popup.getByTestId('open-watchlist').dispatchEvent('click');
    await expect.poll(() => context.pages().some((p) => p.url().endsWith('/watchlist.html'))).toBe(true);
    await page.reload();
    // Opening a document in the viewer is the extension's one request of its own: that file, once.
    const viewer = await context.newPage();
    await viewer.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(DOCUMENT)}`);
    await expect(viewer.getByTestId('viewer-panel')).toBeVisible();
    await page.waitForTimeout(500);

    // The only web requests allowed are the page document itself (it has no subresources) and the
    // document the viewer was asked to open; everything else must be our own packaged files.
    const outside = requests
      .map((request) => request.url())
      .filter((url) => url !== GOV_PAGE && url !== DOCUMENT && !url.startsWith(`chrome-extension://${extensionId}/`));
    expect(outside).toEqual([]);
    expect(requests.filter((request) => request.url() === GOV_PAGE)).toHaveLength(2);
    expect(requests.filter((request) => request.url() === DOCUMENT)).toHaveLength(1);
  });
});

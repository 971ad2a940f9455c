import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, launchExtension, openPopupFor, test } from './fixtures';
import { highlightedTexts } from './highlights';

// Runs inside the extension's service worker.
declare const chrome: {
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<number[]>;
  };
};

/** `dd/mm/yyyy` for today plus `days`, in this machine's time zone (the browser's too). */
function dayFromNow(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
}

/** A government page (intercepted, so its dates can be relative to today) with one deadline. */
async function servePage(context: BrowserContext, path: string, deadline: string): Promise<string> {
  const url = `http://tinhuy.songhong.gov.vn/${path}/`;
  await context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thông báo</title></head><body>
        <p>Đề nghị các cơ quan, đơn vị gửi báo cáo về Văn phòng Tỉnh ủy trước ngày ${deadline}.</p></body></html>`,
    }),
  );
  return url;
}

const badge = (worker: Worker) =>
  worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    colour: await chrome.action.getBadgeBackgroundColor({}),
  }));

async function saveDeadlinesOf(context: BrowserContext, worker: Worker, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(async () => (await highlightedTexts(page))['vanban-deadline']?.length ?? 0).toBe(1);
  const popup = await openPopupFor(context, worker, page);
  await popup.getByTestId('save-all-deadlines').click();
  await expect(popup.locator('.save-toggle[aria-pressed="true"]')).toHaveCount(1);
  await popup.close();
  await page.close();
}

test.describe('reminders', () => {
  test('a deadline due tomorrow sets the badge; marking it done clears it; an overdue one turns it red', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    expect((await badge(serviceWorker)).text).toBe('');
    await saveDeadlinesOf(context, serviceWorker, await servePage(context, 'mai', dayFromNow(1)));
    await expect.poll(async () => (await badge(serviceWorker)).text).toBe('1');
    expect((await badge(serviceWorker)).colour.slice(0, 3)).toEqual([31, 95, 191]); // due soon: blue

    const list = await context.newPage();
    await list.goto(`chrome-extension://${extensionId}/watchlist.html`);
    await list.getByTestId('watch-row').first().locator('[data-action="status"]').click();
    await expect.poll(async () => (await badge(serviceWorker)).text).toBe('');

    await saveDeadlinesOf(context, serviceWorker, await servePage(context, 'qua-han', dayFromNow(-2)));
    await expect.poll(async () => (await badge(serviceWorker)).text).toBe('1');
    expect((await badge(serviceWorker)).colour.slice(0, 3)).toEqual([198, 40, 40]); // overdue: red
  });

  test('the badge is right again after the browser restarts', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'vanban-badge-'));
    try {
      let context = await launchExtension(profile);
      let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await saveDeadlinesOf(context, worker, await servePage(context, 'mai', dayFromNow(3)));
      await expect.poll(async () => (await badge(worker)).text).toBe('1');
      await context.close();

      context = await launchExtension(profile);
      worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await expect.poll(async () => (await badge(worker)).text).toBe('1');
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

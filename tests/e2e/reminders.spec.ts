import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, launchExtension, saveDeadlinesFrom, test } from './fixtures';

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

test.describe('reminders', () => {
  test('a deadline due tomorrow sets the badge; marking it done clears it; an overdue one turns it red', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    expect((await badge(serviceWorker)).text).toBe('');
    await saveDeadlinesFrom(context, serviceWorker, await servePage(context, 'mai', dayFromNow(1)));
    await expect.poll(async () => (await badge(serviceWorker)).text).toBe('1');
    expect((await badge(serviceWorker)).colour.slice(0, 3)).toEqual([31, 95, 191]); // due soon: blue

    const list = await context.newPage();
    await list.goto(`chrome-extension://${extensionId}/watchlist.html`);
    await list.getByTestId('watch-row').first().locator('[data-action="status"]').click();
    await expect.poll(async () => (await badge(serviceWorker)).text).toBe('');

    await saveDeadlinesFrom(context, serviceWorker, await servePage(context, 'qua-han', dayFromNow(-2)));
    await expect.poll(async () => (await badge(serviceWorker)).text).toBe('1');
    expect((await badge(serviceWorker)).colour.slice(0, 3)).toEqual([198, 40, 40]); // overdue: red
  });

  test('the badge is right again after the browser restarts', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'vanban-badge-'));
    try {
      let context = await launchExtension(profile);
      let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await saveDeadlinesFrom(context, worker, await servePage(context, 'mai', dayFromNow(3)));
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

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickCardButton, readCard } from './card';
import { expect, launchExtension, openPopupFor, test } from './fixtures';
import { highlightedTexts, pointOf } from './highlights';

const DEMO = 'http://tinhuy.songhong.gov.vn/demo/';

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
    await expect(rows.first()).toHaveClass(/done/);
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
});

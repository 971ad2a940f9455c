import type { Page } from '@playwright/test';
import { readHint, uiHosts } from './card';
import { expect, scanStatusOf, test } from './fixtures';
import { highlightedTexts, pointOf } from './highlights';

const DEMO = 'http://tinhuy.songhong.gov.vn/demo/';

const count = async (page: Page, name: string) => (await highlightedTexts(page))[name]?.length ?? 0;
/** The text of the highlight rules the content script gave the document. */
const highlightRules = (page: Page) =>
  page.evaluate(() =>
    document.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .filter((rule) => rule.includes('::highlight(vanban'))
      .join('\n'),
  );

test.describe('settings', () => {
  test('categories and colours change on an open page without a reload', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await page.goto(DEMO);
    await expect.poll(async () => (await scanStatusOf(serviceWorker, page)).done).toBe(true);
    await expect.poll(() => count(page, 'vanban-date')).toBeGreaterThan(0);
    const references = await count(page, 'vanban-ref');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('category-date').uncheck();
    await expect(options.getByTestId('settings-message')).toBeVisible();
    await expect.poll(() => count(page, 'vanban-date')).toBe(0);
    expect(await count(page, 'vanban-ref')).toBe(references);

    await options.getByTestId('colour-reference').fill('#00aa00');
    await expect.poll(() => highlightRules(page)).toContain('rgba(0, 170, 0, 0.38)');

    await options.getByTestId('category-date').check();
    await expect.poll(() => count(page, 'vanban-date')).toBeGreaterThan(0);
  });

  test('a site switched off is no longer annotated, at once and after a reload; switched on, it is again', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(DEMO);
    await expect.poll(() => count(page, 'vanban-ref')).toBeGreaterThan(0);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('site-*.gov.vn').uncheck();
    await expect.poll(() => count(page, 'vanban-ref')).toBe(0);
    expect(await uiHosts(page).count()).toBe(0);
    expect(await highlightRules(page)).toBe('');

    await page.reload();
    await page.waitForTimeout(500); // the content script has had its chance to run
    expect(await count(page, 'vanban-ref')).toBe(0);

    await options.getByTestId('site-*.gov.vn').check();
    await expect.poll(() => count(page, 'vanban-ref')).toBeGreaterThan(0);
  });

  test('the interface language can be chosen regardless of the browser', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const popupButton = async () => {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      const text = await popup.getByTestId('open-watchlist').textContent();
      await popup.close();
      return text;
    };
    // Both choices are checked, so at least one differs from the browser's own language; "auto"
    // gives the choice back to the browser.
    const browserSpeaksVietnamese = await options.evaluate(() => navigator.language.startsWith('vi'));
    await options.getByTestId('language').selectOption('vi');
    await expect(options.locator('h1')).toHaveText('Cài đặt');
    expect(await popupButton()).toBe('Mở danh sách theo dõi');
    await options.getByTestId('language').selectOption('en');
    await expect(options.locator('h1')).toHaveText('Settings');
    expect(await popupButton()).toBe('Open the watchlist');
    // On a page: the content script carries no message files and asks the background for the
    // chosen language's when the browser speaks another.
    const other = browserSpeaksVietnamese ? 'en' : 'vi';
    await options.getByTestId('language').selectOption(other);
    const page = await context.newPage();
    await page.goto(DEMO);
    await expect.poll(() => count(page, 'vanban-ref')).toBeGreaterThan(0);
    const point = await pointOf(page, 'vanban-ref', 'Kế hoạch số 45-KH/TU');
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => readHint(page)).toMatch(other === 'en' ? /^Document · click/ : /^Văn bản · nhấp để xem/);
    await page.close();
    await options.getByTestId('language').selectOption('auto');
    await expect(options.locator('h1')).toHaveText(browserSpeaksVietnamese ? 'Cài đặt' : 'Settings');
  });
});

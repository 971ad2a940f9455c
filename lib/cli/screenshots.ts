/**
 * `npm start -- --screenshots`: the popup, the watchlist, the settings and the page card, in light
 * and dark, in Vietnamese and English, written to `.output/screens/` so a reviewer can look at the
 * product without installing it. Runs headless Chromium with the built extension on the demo page;
 * the watchlist is filled by the popup's own "save all deadlines", as a user would.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';

export const SCREENS_DIR = resolve('.output/screens');

type Scheme = 'light' | 'dark';
type Language = 'vi' | 'en';

// Runs inside the extension's service worker, where the WebExtension API is the global `chrome`.
declare const chrome: { tabs: { query(query: object): Promise<{ id?: number }[]> } };

/** Takes every screenshot; returns the files written. */
export async function takeScreenshots(
  executablePath: string,
  args: string[],
  profileDir: string,
  demoUrl: string,
): Promise<string[]> {
  const { chromium } = await import('@playwright/test');
  mkdirSync(SCREENS_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args });
  const written: string[] = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const demo = await context.newPage();
    await demo.setViewportSize({ width: 1100, height: 760 });
    await demo.goto(demoUrl);
    await waitForHighlights(demo);
    await saveAllDeadlines(context, worker, demo, base);
    for (const language of ['vi', 'en'] as const) {
      await chooseLanguage(context, base, language);
      for (const scheme of ['light', 'dark'] as const) {
        const shot = (name: string) => {
          const file = join(SCREENS_DIR, `${name}-${language}-${scheme}.png`);
          written.push(file);
          return file;
        };
        await screenshotCard(demo, scheme, shot('card'));
        const tabId = await tabIdOf(worker, demo);
        await screenshotPage(
          context,
          `${base}/popup.html?tab=${tabId}`,
          { width: 400, height: 600 },
          scheme,
          shot('popup'),
        );
        await screenshotPage(
          context,
          `${base}/watchlist.html`,
          { width: 1280, height: 800 },
          scheme,
          shot('watchlist'),
        );
        await screenshotPage(context, `${base}/options.html`, { width: 1000, height: 900 }, scheme, shot('options'));
      }
    }
  } finally {
    await context.close();
  }
  return written;
}

async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(() => (CSS.highlights.get('vanban-deadline')?.size ?? 0) > 0, undefined, {
    timeout: 15_000,
  });
}

/** The Chrome tab id of `page`, asked of the service worker (only the active tab can be told apart). */
async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error('the demo tab was not found');
  return id;
}

async function saveAllDeadlines(context: BrowserContext, worker: Worker, demo: Page, base: string): Promise<void> {
  const popup = await context.newPage();
  await popup.goto(`${base}/popup.html?tab=${await tabIdOf(worker, demo)}`);
  await popup.getByTestId('save-all-deadlines').click();
  await popup.locator('.save-toggle[aria-pressed="true"]').first().waitFor();
  await popup.close();
}

async function chooseLanguage(context: BrowserContext, base: string, language: Language): Promise<void> {
  const options = await context.newPage();
  await options.goto(`${base}/options.html`);
  await options.getByTestId('language').selectOption(language);
  // Settings are stored on change; give storage.sync its round trip before the next page reads it.
  await options.waitForTimeout(300);
  await options.close();
}

async function screenshotPage(
  context: BrowserContext,
  url: string,
  size: { width: number; height: number },
  scheme: Scheme,
  file: string,
): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  await page.close();
}

/** Opens the card on the first deadline of the demo page with a real click, as a user would. */
async function screenshotCard(demo: Page, scheme: Scheme, file: string): Promise<void> {
  await demo.bringToFront();
  await demo.emulateMedia({ colorScheme: scheme });
  await demo.keyboard.press('Escape');
  const point = await demo.evaluate(() => {
    const [range] = (CSS.highlights.get('vanban-deadline') as unknown as Iterable<StaticRange> | undefined) ?? [];
    if (!range) return undefined;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = live.getClientRects()[0];
    return box && { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  if (!point) throw new Error('no deadline highlight on the demo page');
  await demo.mouse.click(point.x, point.y);
  await demo.waitForTimeout(400);
  await demo.screenshot({ path: file });
}

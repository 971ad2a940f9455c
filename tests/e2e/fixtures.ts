import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { highlightedTexts } from './highlights';
import { launchExtension } from './launch';

export { launchExtension };

export interface ExtensionFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

/** A browser start has its own budget, so a slow launch on a busy machine does not eat the test's. */
const LAUNCH_BUDGET = { scope: 'test', timeout: 60_000 } as const;

/** A fresh Chromium profile per test with the built extension loaded and mapped government hosts. */
export const test = base.extend<ExtensionFixtures>({
  context: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern.
    async ({}, use) => {
      const profile = mkdtempSync(join(tmpdir(), 'vanban-e2e-'));
      const context = await launchExtension(profile);
      await use(context);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    LAUNCH_BUDGET,
  ],
  serviceWorker: [
    async ({ context }, use) => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await use(worker);
    },
    LAUNCH_BUDGET,
  ],
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

// Runs inside the extension's service worker, where the WebExtension API is the global `chrome`.
declare const chrome: { tabs: { query(query: object): Promise<{ id?: number }[]> } };

export const expect = test.expect;

/**
 * The Chrome tab id of `page`, asked of the extension's service worker. The page is brought to the
 * front first because without the "tabs" permission only the active tab can be told apart.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** The scan figures of the content script on `page` (the page with that URL), as the popup reads them. */
export async function scanStatusOf(
  worker: Worker,
  page: Page,
): Promise<{ busyMs: number; longestTaskMs: number; done: boolean }> {
  return worker.evaluate(async (url) => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ url });
    const reply = (await api.tabs.sendMessage(tab?.id ?? -1, {
      channel: 'vanban-watch',
      type: 'getPageStatus',
      data: {},
    })) as { value: { scan: { busyMs: number; longestTaskMs: number; done: boolean } } };
    return reply.value.scan;
  }, page.url());
}

/** The popup as it opens for `page`'s tab (the `tab` parameter stands in for the toolbar click). */
export async function openPopupFor(context: BrowserContext, worker: Worker, page: Page): Promise<Page> {
  const tabId = await tabIdOf(worker, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * Opens `url` and saves its deadlines from the popup, as a user does, and waits until the page is
 * stored as their source. (The pressed toggle alone proves nothing when the deadline was saved
 * from another page before: it shows pressed at once, and closing the popup then could drop the save.)
 */
export async function saveDeadlinesFrom(context: BrowserContext, worker: Worker, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(async () => (await highlightedTexts(page))['vanban-deadline']?.length ?? 0).toBe(1);
  const popup = await openPopupFor(context, worker, page);
  await popup.getByTestId('save-all-deadlines').click();
  await expect(popup.locator('.save-toggle[aria-pressed="true"]')).toHaveCount(1);
  await expect.poll(async () => (await storedRows(popup, 'sources')).some((source) => source.url === url)).toBe(true);
  await popup.close();
  await page.close();
}

/** Saved items or sources, read straight from IndexedDB in an extension page. */
export function storedRows(page: Page, store: 'items' | 'sources'): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('vanban-watch');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          try {
            const request = open.result.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => done(request.result);
            request.onerror = () => fail(request.error);
          } catch (error) {
            fail(error); // no such store (yet): say so rather than hang until the test's timeout
          }
        };
      }),
    store,
  );
}

/**
 * Firefox smoke test: Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core (no browser
 * download). The add-on is installed temporarily from .output/firefox-mv2; the local page server is
 * Firefox's HTTP proxy, so a government host name reaches it and the production match patterns apply.
 * Prints one "N passed, N failed" line and exits non-zero on any failure.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { groupsOf } from '../../components/viewer/FindingsPanel';
import { startStaticServer } from '../../lib/cli/static-server';
import { analyseInSlices } from '../../lib/documents/chunked-analysis';
import { summarizeDocument } from '../../lib/documents/findings';
import { nodeReaders } from '../../lib/documents/node-readers';
import { readDocument } from '../../lib/documents/read-document';
import { DOCX_READ_MARK } from '../../lib/documents/viewer/docx-protocol';
import { readHighlightTexts } from '../e2e/highlights';
import { planDocx } from '../helpers/docx-writer';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_DIR = resolve('.output/firefox-mv2');
const ADDON_ID = 'vanban-watch@vanban.local';
// Fixed internal UUID, so the test knows the moz-extension:// origin of our pages.
const ADDON_UUID = '6f1c1d1e-2b7a-4d0c-9a51-5e1f7a0b9c42';
const GOV_PAGE = 'http://tinhuy.songhong.gov.vn/news.html';
const ENGLISH_PAGE = 'http://tinhuy.songhong.gov.vn/english-news.html';
const DEMO_PAGE = 'http://tinhuy.songhong.gov.vn/demo/index.html';
const PDF = 'http://tinhuy.songhong.gov.vn/documents/plan.pdf';
const LONG_DOCX = 'http://tinhuy.songhong.gov.vn/generated/plan-long.docx';
/** Long enough for the first-screen head start and for the analysis worker to read a second half. */
const longDocx = () => planDocx(450_000);
const OTHER_PAGE = 'http://news.example.test/news.html';
const POPUP = `moz-extension://${ADDON_UUID}/popup.html`;
const VIEWER = `moz-extension://${ADDON_UUID}/viewer.html`;
const WATCHLIST = `moz-extension://${ADDON_UUID}/watchlist.html`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens an extension page: Firefox reports no navigation end for them over BiDi, so wait for the DOM. */
async function openExtensionPage(page: Page, url: string, selector: string) {
  page.goto(url, { timeout: 15_000 }).catch(() => {});
  // An evaluation that meets the page mid-navigation fails with a protocol error: ask again, a
  // few times (a busy machine can catch the navigation more than once).
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.waitForSelector(selector, { timeout: 10_000 });
    } catch (error) {
      if (attempt >= 3 || !/Protocol error/.test((error as Error).message)) throw error;
      await sleep(200);
    }
  }
}

/** Names and range counts of our highlights in `page`'s document (the registry belongs to the document). */
function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights as unknown as Iterable<[string, { size: number }]>)
      if (name.startsWith('vanban-')) counts[name] = highlight.size;
    return counts;
  });
}

/** Centre and text of the first range of highlight `name`, in viewport coordinates. */
function firstRange(page: Page, name: string): Promise<{ x: number; y: number; text: string } | undefined> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName) as unknown as Iterable<StaticRange> | undefined;
    for (const range of highlight ?? []) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = live.getClientRects()[0];
      if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2, text: live.toString() };
    }
    return undefined;
  }, name);
}

/** Polls `read` until `done` says yes, or fails with what was last read. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > end) throw new Error(`${what}: last ${JSON.stringify(value)}`);
    await sleep(200);
    value = await read();
  }
  return value;
}

/**
 * Allows the add-on in private windows, as the user does in its settings, and opens one: through
 * the browser's own (chrome) scope, which `--remote-allow-system-access` opens to WebDriver BiDi.
 * Returns the private window's first tab.
 */
async function openPrivateWindow(browser: Browser): Promise<Page> {
  await inBrowserScope(
    browser,
    `(async () => {
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      await ExtensionPermissions.add(${JSON.stringify(ADDON_ID)}, { permissions: ['internal:privateBrowsingAllowed'], origins: [] });
      // The permission applies from the add-on's next start.
      await (await AddonManager.getAddonByID(${JSON.stringify(ADDON_ID)})).reload();
      OpenBrowserWindow({ private: true });
      return 'opened';
    })()`,
    'opened',
  );
  const page = await until(
    async () => (await browser.pages()).find((candidate) => candidate.url() === 'about:privatebrowsing'),
    (found) => found !== undefined,
    'private window',
  );
  return page as Page;
}

/** Gives the private window the browser's focus (headless windows do not take it by themselves). */
async function focusPrivateWindow(browser: Browser): Promise<void> {
  await inBrowserScope(
    browser,
    `(async () => {
      const { PrivateBrowsingUtils } = ChromeUtils.importESModule('resource://gre/modules/PrivateBrowsingUtils.sys.mjs');
      for (const win of Services.wm.getEnumerator('navigator:browser'))
        if (PrivateBrowsingUtils.isWindowPrivate(win)) {
          win.focus();
          win.gBrowser.selectedBrowser.focus();
          return Services.focus.activeWindow === win ? 'focused' : 'not focused';
        }
      return 'no private window';
    })()`,
    'focused',
  );
}

/**
 * Runs `expression` in the browser's own (chrome) scope, which `--remote-allow-system-access` opens
 * to WebDriver BiDi, and fails unless it resolves to `expected`.
 */
async function inBrowserScope(browser: Browser, expression: string, expected: string): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = tree.result.contexts[0]?.context;
  if (!chrome) throw new Error('no browser window to reach');
  const evaluated = await connection.send('script.evaluate', {
    target: { context: chrome },
    awaitPromise: true,
    expression,
  });
  if (evaluated.result.result?.value !== expected)
    throw new Error(`browser scope: expected ${expected}, got ${JSON.stringify(evaluated.result)}`);
}

/** The few WebDriver BiDi commands sent directly (puppeteer has no API for the browser's own scope). */
interface BidiConnection {
  send(
    method: 'browsingContext.getTree',
    params: { 'moz:scope': 'chrome' },
  ): Promise<{ result: { contexts: { context: string }[] } }>;
  send(
    method: 'script.evaluate',
    params: { target: { context: string }; awaitPromise: boolean; expression: string },
  ): Promise<{ result: { type: string; result?: { value?: unknown } } }>;
}

/** How many rows the watchlist lists, read in `page` (a tab of the normal window): at least one. */
async function watchlistRows(page: Page): Promise<number> {
  await openExtensionPage(page, WATCHLIST, '[data-testid="watch-row"]');
  return page.$$eval('[data-testid="watch-row"]', (found) => found.length);
}

/**
 * Opens the card of the first visible highlight `name` in `page`, a tab of the private window, and
 * presses Enter on its Save button. Keys reach only the focused window, and a second headless
 * window is not given focus by BiDi's activate, so the browser's scope gives it. The card opens with
 * Save focused, so focus on our host (its shadow root is closed) says it is open; the click is
 * tried again until it is.
 */
async function saveFirstInPrivateWindow(page: Page, name: string): Promise<void> {
  await focusPrivateWindow(page.browser());
  await until(
    async () => {
      const point = await firstRange(page, name);
      if (!point) return false;
      await page.mouse.click(point.x, point.y);
      await sleep(300);
      return page.evaluate(() => document.activeElement?.localName.startsWith('vanban-watch-') === true);
    },
    (open) => open,
    `the card of the first ${name} highlight`,
  );
  await page.keyboard.press('Enter');
}

type Check = [name: string, run: (browser: Browser) => Promise<void>];

const checks: Check[] = [
  [
    'content script runs on a government page',
    async (browser) => {
      const page = await browser.newPage();
      await page.goto(GOV_PAGE);
      await page.waitForSelector('::-p-xpath(/html/*[starts-with(local-name(), "vanban-watch-")])', {
        timeout: 10_000,
      });
      await page.close();
    },
  ],
  [
    'an English page: the background loads compromise for it, and a quarter without a year is a deadline',
    async (browser) => {
      const page = await browser.newPage();
      await page.goto(ENGLISH_PAGE);
      // Only compromise, loaded by the background on its first English text, dates "second quarter".
      await until(
        () => page.evaluate(readHighlightTexts),
        (texts) => texts['vanban-deadline']?.includes('second quarter') ?? false,
        'no "second quarter" deadline highlight',
        15_000,
      );
      await page.close();
    },
  ],
  [
    'the watchlist storage is persistent (never evicted under storage pressure)',
    async (browser) => {
      const page = await browser.newPage();
      await openExtensionPage(page, WATCHLIST, 'main');
      const persisted = await page.evaluate(() => navigator.storage.persisted());
      if (!persisted) throw new Error('navigator.storage.persisted() is false');
      await page.close();
    },
  ],
  [
    'popup renders',
    async (browser) => {
      const page = await browser.newPage();
      const title = await openExtensionPage(page, POPUP, 'h1');
      const text = await title?.evaluate((node) => node.textContent);
      if (text !== 'VănBản Watch') throw new Error(`popup title is ${JSON.stringify(text)}`);
      await page.close();
    },
  ],
  [
    'a non-government site is annotated only after "Enable on this site"',
    async (browser) => {
      const popup = await browser.newPage();
      await openExtensionPage(popup, POPUP, 'h1');
      const page = await browser.newPage();
      await page.goto(OTHER_PAGE);
      await sleep(500);
      if (await page.$('::-p-xpath(/html/*[starts-with(local-name(), "vanban-watch-")])'))
        throw new Error('annotated before being enabled');
      const tabId = await popup.evaluate(async () => {
        const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
        const [tab] = await api.tabs.query({ active: true, currentWindow: true });
        return tab?.id;
      });
      await popup.bringToFront();
      const url = `${POPUP}?tab=${tabId}&url=${encodeURIComponent(OTHER_PAGE)}`;
      const enable = await openExtensionPage(popup, url, '[data-testid="enable-site"]');
      await enable?.click();
      await page.waitForSelector('::-p-xpath(/html/*[starts-with(local-name(), "vanban-watch-")])', {
        timeout: 10_000,
      });
      // Remembered: the next visit is annotated without asking.
      const again = await browser.newPage();
      await again.goto(OTHER_PAGE);
      await again.waitForSelector('::-p-xpath(/html/*[starts-with(local-name(), "vanban-watch-")])', {
        timeout: 10_000,
      });
      await Promise.all([popup.close(), page.close(), again.close()]);
    },
  ],
  [
    'a PDF opened in the viewer shows its findings, highlighted, in the panel',
    async (browser) => {
      const viewer = await browser.newPage();
      await openExtensionPage(viewer, `${VIEWER}?file=${encodeURIComponent(PDF)}`, '[data-testid="viewer-panel"]');
      await until(
        () => viewer.$eval('[data-testid="viewer-panel"]', (panel) => panel.textContent ?? ''),
        (text) => text.includes('12-KH/UBND'),
        'panel without 12-KH/UBND',
        15_000,
      );
      await until(
        () => highlightCounts(viewer),
        (counts) => (counts['vanban-ref'] ?? 0) > 0 && (counts['vanban-deadline'] ?? 0) > 0,
        'no reference and deadline highlights in the text layer',
      );
      await viewer.close();
    },
  ],
  [
    'a long DOCX, read by two module workers talking over a MessagePort, lists what scan reads',
    async (browser) => {
      const read = await readDocument(new Uint8Array(longDocx()), 'plan-long.docx', nodeReaders);
      const findings = ('findings' in read && read.findings) || (await analyseInSlices(read, async () => {}));
      const groups = groupsOf(summarizeDocument(findings));
      const expected = (['deadlines', 'documents', 'dates'] as const).map((id) => `${id} ${groups[id].length}`);
      const viewer = await browser.newPage();
      await openExtensionPage(
        viewer,
        `${VIEWER}?file=${encodeURIComponent(LONG_DOCX)}`,
        '[data-testid="viewer-panel"][data-complete="true"]',
      );
      const shown = await viewer.$$eval('[data-testid="viewer-panel"] section[data-group]', (sections) =>
        sections.map(
          (section) =>
            `${(section as HTMLElement).dataset.group} ${/\((\d+)\)/.exec(section.querySelector('h3')?.textContent ?? '')?.[1]}`,
        ),
      );
      if (shown.join(', ') !== expected.join(', '))
        throw new Error(`panel groups ${shown.join(', ')}; scan reads ${expected.join(', ')}`);
      // The analysis worker read the second half (over the port), every finding came once, and
      // mammoth read the XML parts with our reader.
      const read2 = await viewer.evaluate(
        (name) => JSON.stringify((performance.getEntriesByName(name, 'mark').at(-1) as PerformanceMark)?.detail),
        DOCX_READ_MARK,
      );
      const { tail, findings: received, xmlParts } = JSON.parse(read2 ?? '{}');
      if (!tail || received !== findings.length || !(xmlParts?.plain > 0) || xmlParts?.xmldom !== 0)
        throw new Error(`read ${read2}; expected the helper's half, ${findings.length} findings, XML without xmldom`);
      await until(
        () => highlightCounts(viewer),
        (counts) => (counts['vanban-ref'] ?? 0) > 0 && (counts['vanban-deadline'] ?? 0) > 0,
        'no reference and deadline highlights in the document',
      );
      await viewer.close();
    },
  ],
  [
    'a highlight clicked on the demo page, Enter on the card, and the watchlist lists it',
    async (browser) => {
      const page = await browser.newPage();
      await page.goto(DEMO_PAGE);
      await until(
        () => highlightCounts(page),
        (counts) => (counts['vanban-ref'] ?? 0) > 0,
        'no highlights',
      );
      const point = await firstRange(page, 'vanban-ref');
      if (!point) throw new Error('no visible reference highlight');
      await page.mouse.click(point.x, point.y);
      // The card (closed shadow root) opens with its Save button focused: the keyboard reaches it.
      await sleep(300);
      await page.keyboard.press('Enter');
      const watchlist = await browser.newPage();
      // Opened afresh on each try: the save may still be on its way, and Firefox's BiDi can fail an
      // evaluation while an extension page is still loading.
      const rows = await until(
        async () => {
          await openExtensionPage(watchlist, WATCHLIST, '[data-testid="watch-row"]').catch(() => null);
          return watchlist.$$eval('[data-testid="watch-row"]', (found) => found.length).catch(() => 0);
        },
        (count) => count > 0,
        'watchlist rows',
        20_000,
      );
      if (rows !== 1) throw new Error(`${rows} watchlist rows, expected the one saved`);
      // The row names the document clicked: its code is the highlight's last word.
      const code = point.text.trim().split(/\s+/).pop() ?? '';
      const row = await watchlist.$eval('[data-testid="watch-row"]', (found) => found.textContent ?? '');
      if (!row.includes(code)) throw new Error(`watchlist row ${JSON.stringify(row)} does not name ${code}`);
      await Promise.all([page.close(), watchlist.close()]);
    },
  ],
  [
    // Last: it reloads the add-on. The user allowed it in private windows; nothing read there is
    // written (the background's refusal is also unit-tested in tests/messaging/channel.test.ts).
    'in a private window pages and documents are annotated, a save writes nothing, and our pages say why',
    async (browser) => {
      const normal = await browser.newPage();
      const before = await watchlistRows(normal);
      // The add-on's reload closes its own pages: keep this tab of the normal window on a web page.
      normal.goto(GOV_PAGE).catch(() => {});
      await until(
        () => normal.evaluate(() => location.href).catch(() => ''),
        (href) => href === GOV_PAGE,
        'the normal tab on a web page',
      );
      const privatePage = await openPrivateWindow(browser);
      // Not `await goto`: in the private window BiDi's navigate once never reported the load as
      // complete (CI waited out the protocol timeout); what matters is the page and its highlights.
      privatePage.goto(DEMO_PAGE, { timeout: 15_000 }).catch(() => {});
      await until(
        () => privatePage.evaluate(() => location.href).catch(() => ''),
        (href) => href === DEMO_PAGE,
        'the private tab on the demo page',
        15_000,
      );
      await until(
        // The unawaited navigation may still be replacing the page: an evaluation then fails.
        () => highlightCounts(privatePage).catch((): Record<string, number> => ({})),
        (counts) => (counts['vanban-deadline'] ?? 0) > 0,
        'no deadline highlights on a page in the private window',
        15_000,
      );
      // A deadline: the check before saved a document of this page, so a save here would add a row.
      await saveFirstInPrivateWindow(privatePage, 'vanban-deadline');
      await sleep(1_500);
      const after = await watchlistRows(normal);
      if (after !== before) throw new Error(`the watchlist went from ${before} to ${after} rows after a private save`);
      await openExtensionPage(privatePage, `${VIEWER}?file=${encodeURIComponent(PDF)}`, '[data-testid="viewer-panel"]');
      await until(
        () => highlightCounts(privatePage),
        (counts) => (counts['vanban-deadline'] ?? 0) > 0,
        'no deadline highlights in the viewer in the private window',
        15_000,
      );
      // The extension's own pages, opened in the private window, do not open the list and say so.
      await openExtensionPage(privatePage, WATCHLIST, '[data-testid="watchlist-private"]');
      await openExtensionPage(privatePage, POPUP, '[data-testid="private-window"]');
      await Promise.all([privatePage.close(), normal.close()]);
    },
  ],
];

async function main(): Promise<number> {
  if (!existsSync(FIREFOX)) {
    console.error(`No Firefox at ${FIREFOX}: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.`);
    return 1;
  }
  if (!existsSync(resolve(ADDON_DIR, 'manifest.json'))) {
    console.error(`No Firefox build at ${ADDON_DIR}: run "npm run build:firefox" first.`);
    return 1;
  }
  // The long DOCX is written for this run (tests/helpers/docx-writer.ts), not committed.
  const generated = mkdtempSync(join(tmpdir(), 'vanban-firefox-'));
  writeFileSync(join(generated, 'plan-long.docx'), longDocx());
  const server = await startStaticServer({
    '/generated/': generated,
    '/': resolve('tests/e2e/pages'),
    '/demo/': resolve('assets/demo'),
    '/documents/': resolve('tests/fixtures/documents'),
  });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Optional host permissions are granted without a prompt, so "Enable on this site" can be tested.
      'extensions.webextOptionalPermissionPrompts': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    },
  });
  let failed = 0;
  try {
    await browser.installExtension(ADDON_DIR);
    for (const [name, run] of checks) {
      try {
        await run(browser);
        console.log(`  ✓ firefox › ${name}`);
      } catch (error) {
        failed += 1;
        console.log(`  ✘ firefox › ${name}: ${(error as Error).message}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(generated, { recursive: true, force: true });
  }
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

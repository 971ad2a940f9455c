/**
 * `npm start`: builds the extension and opens Chromium with it on the bundled demo page, served here
 * under a government host name (`*.gov.vn` is mapped to the local server) so the production match
 * patterns apply. Without a display it runs headless and saves a screenshot instead.
 * `npm start -- --screenshots` writes the product's screens to `.output/screens/` (screenshots.ts).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'wxt';
import { chromiumArgs } from './chromium-args';
import { findBrowser } from './find-browser';
import { SCREENS_DIR, takeScreenshots } from './screenshots';
import { startStaticServer } from './static-server';

const DEMO_URL = 'http://tinhuy.songhong.gov.vn/';
const EXTENSION_DIR = resolve('.output/chrome-mv3');
const PROFILE_DIR = resolve('.cache/demo-profile');
const SCREENSHOT = resolve('.output/demo.png');

async function main(): Promise<void> {
  const browserPath = findBrowser();
  await build({ browser: 'chrome' });
  const server = await startStaticServer({ '/': resolve('assets/demo') });
  const args = chromiumArgs(EXTENSION_DIR, server.port);
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  mkdirSync(PROFILE_DIR, { recursive: true });

  if (process.argv.includes('--screenshots')) {
    // A fresh profile each time, so the screens show the demo's own findings and nothing else.
    const profile = mkdtempSync(join(tmpdir(), 'vanban-screens-'));
    try {
      const files = await takeScreenshots(browserPath, args, profile, DEMO_URL);
      console.log(`${files.length} screenshots in ${SCREENS_DIR}`);
    } finally {
      rmSync(profile, { recursive: true, force: true });
      await server.close();
    }
    return;
  }
  if (hasDisplay()) {
    console.log(`Opening ${DEMO_URL} in ${browserPath}; close the browser to stop.`);
    const child = spawn(browserPath, [...args, `--user-data-dir=${PROFILE_DIR}`, DEMO_URL], { stdio: 'ignore' });
    child.on('exit', () => void server.close());
    return;
  }
  await screenshotHeadless(browserPath, args);
  await server.close();
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function screenshotHeadless(executablePath: string, args: string[]): Promise<void> {
  const { chromium } = await import('@playwright/test');
  const context = await chromium.launchPersistentContext(PROFILE_DIR, { executablePath, headless: true, args });
  const page = await context.newPage();
  await page.goto(DEMO_URL);
  await page
    .locator('xpath=/html/*[starts-with(local-name(), "vanban-watch-")]')
    .waitFor({ state: 'attached', timeout: 10_000 });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  await context.close();
  console.log(`No display found, so the demo ran headless: the extension ran on ${DEMO_URL}.`);
  console.log(`Screenshot: ${SCREENSHOT}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

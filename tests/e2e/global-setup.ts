import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from '../../lib/cli/find-browser';
import { EXTENSION_DIR } from './environment';
import { launchExtension } from './launch';
import { writeSeedPages } from './seed-pages';

/** The longest a first Chromium launch may take on a fresh machine (font caches, first profile). */
const WARM_UP_LIMIT_MS = 180_000;

// Fail early with one line each (no browser, no build), write the generated seed pages, then start
// Chromium once with the extension: on a fresh machine the first launch builds caches and can take
// longer than a test's whole budget, and two workers doing it at once made CI fail in fixture setup.
export default async function globalSetup(): Promise<void> {
  try {
    findBrowser();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No build at ${EXTENSION_DIR}: run "npm run build" first.`);
    process.exit(1);
  }
  writeSeedPages();
  await warmUpBrowser();
}

async function warmUpBrowser(): Promise<void> {
  const started = Date.now();
  const profile = mkdtempSync(join(tmpdir(), 'vanban-warm-up-'));
  try {
    const context = await launchExtension(profile, WARM_UP_LIMIT_MS);
    try {
      if (context.serviceWorkers().length === 0) {
        await context.waitForEvent('serviceworker', { timeout: WARM_UP_LIMIT_MS });
      }
    } finally {
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const seconds = (Date.now() - started) / 1000;
  if (seconds > 5) console.log(`e2e: first Chromium launch took ${seconds.toFixed(1)} s (caches warmed)`);
}

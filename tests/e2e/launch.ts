import { type BrowserContext, chromium } from '@playwright/test';
import { chromiumArgs } from '../../lib/cli/chromium-args';
import { findBrowser } from '../../lib/cli/find-browser';
import { E2E_PORT, EXTENSION_DIR } from './environment';

/** Chromium with the built extension on `profile` (reuse the folder to test a browser restart). */
export function launchExtension(profile: string, timeout?: number): Promise<BrowserContext> {
  const args = chromiumArgs(EXTENSION_DIR, E2E_PORT);
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return chromium.launchPersistentContext(profile, { executablePath: findBrowser(), headless: true, args, timeout });
}

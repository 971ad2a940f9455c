/**
 * The benchmarks' browser: Debian's Chromium, headless, with the built extension loaded in a fresh
 * profile (removed on close), and the extension's id read from its service worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { chromiumArgs } from '../../lib/cli/chromium-args';
import { findBrowser } from '../../lib/cli/find-browser';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The profile folder: its processes' CPU time can be read while it runs. */
  profile: string;
  close(): Promise<void>;
}

/** Launches Chromium with the extension in `extensionDir`; pages are served on `port`. */
export async function launchExtensionBrowser(
  extensionDir: string,
  port: number,
  profilePrefix: string,
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), profilePrefix));
  const args = chromiumArgs(extensionDir, port);
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(),
    headless: true,
    args,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    profile,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * What any content script costs the news page, beside what ours costs (not part of `npm run
 * bench`; for the news-page target of issue #16). Builds two throwaway extensions in a temporary
 * folder, one whose content script only reads an attribute and one that also touches the APIs ours
 * uses on load (storage, messages, i18n), and loads the same seed news page five times with each
 * and with the built extension, printing the main-thread cost from the trace as `page.ts` reads it.
 *   npx tsx tests/bench/content-script-floor.ts [extensionDir]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../lib/cli/static-server';
import { seedPageHtml } from '../e2e/seed-pages';
import { loadGold } from '../helpers/gold';
import { launchExtensionBrowser } from './extension-browser';
import { mainThreadCost, startTrace } from './trace-cost';

const LOADS = 5;

/** A throwaway extension under our name (the trace finds our isolated world by it). */
function throwawayExtension(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-floor-ext-'));
  mkdirSync(join(dir, 'content-scripts'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'VănBản Watch',
      version: '0.0.1',
      permissions: ['storage'],
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['*://*.gov.vn/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener((m, s, reply) => reply({}));');
  writeFileSync(join(dir, 'content-scripts', 'content.js'), script);
  return dir;
}

const pagesDir = mkdtempSync(join(tmpdir(), 'vanban-floor-pages-'));
const seed = loadGold('seeds')[4];
if (!seed) throw new Error('no seed page');
writeFileSync(join(pagesDir, 'news.html'), seedPageHtml(seed));
const server = await startStaticServer({ '/': pagesDir });
const builds: [string, string][] = [
  ['an empty content script', throwawayExtension('document.documentElement.dataset.x === "y";')],
  [
    'one that touches storage, messages and i18n',
    throwawayExtension(
      'chrome.storage.local.get("x"); chrome.storage.onChanged.addListener(() => {});' +
        ' chrome.runtime.sendMessage({}); chrome.runtime.onMessage.addListener(() => {}); chrome.i18n.getUILanguage();',
    ),
  ],
  ['VănBản Watch', resolve(process.argv[2] ?? '.output/chrome-mv3')],
];
try {
  for (const [label, dir] of builds) {
    const { context, close } = await launchExtensionBrowser(dir, server.port, 'vanban-floor-');
    const totals: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      const page = await context.newPage();
      const stop = await startTrace(page);
      const url = `http://bench.songhong.gov.vn/news.html?${load}`;
      await page.goto(url);
      await page.waitForTimeout(2_500); // the background's reply and the frames that paint
      totals.push(mainThreadCost(await stop(), url).totalMs);
      await page.close();
    }
    await close();
    const sorted = [...totals].sort((a, b) => a - b);
    console.log(
      `${label}: median ${sorted[Math.floor(LOADS / 2)]?.toFixed(1)} ms of main thread (${totals.map((ms) => ms.toFixed(1)).join(', ')})`,
    );
  }
} finally {
  server.close();
  // The throwaway extensions and the page: temporary folders of this run only.
  for (const dir of [pagesDir, ...builds.slice(0, 2).map(([, dir]) => dir)])
    rmSync(dir, { recursive: true, force: true });
}

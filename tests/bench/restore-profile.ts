/**
 * Restore profile (not part of `npm run bench`): 10,000 items and 10,000 sources in the built
 * extension's watchlist page. Times the whole restore into an emptied and into the same list, as
 * `page.ts` does, and beside it the same 20,000 records written with raw IndexedDB in the page
 * (what the engine costs), with `EXTENSION_DIR` selecting the build (A/B against main).
 *   npx tsx tests/bench/restore-profile.ts [extensionDir] [rounds] [--engine]
 * `--engine` also writes the same data into scratch databases in other shapes (the rows without
 * any index, the rows as 200 chunks of 100 records), to tell the engine's per-row cost apart.
 */

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchExtensionBrowser } from './extension-browser';
import {
  clearStoredItems,
  RESTORE_REPORT,
  restoreReportText,
  storeSampleItems,
  waitForRestoreReport,
} from './watchlist-sample';

const EXTENSION_DIR = resolve(process.argv[2] ?? '.output/chrome-mv3');
const ROUNDS = Number(process.argv[3] ?? 1);
/** `SAVE_BACKUP=path` keeps the 10,000-item backup file for other experiments. */

async function openDb(page: Page, fill: number): Promise<void> {
  await storeSampleItems(page, fill);
}

async function clearDb(page: Page): Promise<void> {
  await clearStoredItems(page);
}

/** The backup file's records written with raw IndexedDB (put items, add sources) into the emptied stores. */
async function rawWrite(page: Page, text: string): Promise<{ parseMs: number; writeMs: number }> {
  return page.evaluate(async (json) => {
    const t0 = performance.now();
    const backup = JSON.parse(json) as { items: unknown[]; sources: unknown[] };
    const t1 = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('vanban-watch');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const t2 = performance.now();
    const tx = db.transaction(['items', 'sources'], 'readwrite');
    for (const item of backup.items) tx.objectStore('items').put(item);
    for (const source of backup.sources) tx.objectStore('sources').add(source);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const t3 = performance.now();
    db.close();
    return { parseMs: t1 - t0, writeMs: t3 - t2 };
  }, text);
}

/**
 * CPU milliseconds used so far by the browser's processes, by kind: on a shared machine the wall
 * time says more about the other users than about us.
 */
function cpuMs(profile: string): { browser: number; renderer: number; other: number } {
  const used = { browser: 0, renderer: 0, other: 0 };
  const pids = execFileSync('pgrep', ['-f', profile]).toString().trim().split('\n');
  for (const pid of pids) {
    try {
      const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * 10;
      const type = /--type=([a-z-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1];
      used[type === undefined ? 'browser' : type === 'renderer' ? 'renderer' : 'other'] += ms;
    } catch {
      // The process ended meanwhile.
    }
  }
  return used;
}

const cpuSince = (profile: string, before: ReturnType<typeof cpuMs>) => {
  const now = cpuMs(profile);
  return `CPU browser ${now.browser - before.browser} ms, renderers ${now.renderer - before.renderer} ms`;
};

/**
 * The backup's records written in one transaction into a scratch database of the given shape:
 * `rows` (one row per item and per source, with the v4 indexes), `bare` (the same rows, no
 * index) or `chunks` (100 records per row).
 */
async function engineWrite(page: Page, shape: 'rows' | 'bare' | 'chunks'): Promise<number> {
  return page.evaluate(async (kind) => {
    const backup = (window as unknown as { __backup: { items: unknown[]; sources: unknown[] } }).__backup;
    const name = `restore-profile-${kind}-${Date.now()}`;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        const items = request.result.createObjectStore('items', { keyPath: kind === 'chunks' ? 'at' : 'key' });
        const sources = request.result.createObjectStore('sources', { keyPath: 'id', autoIncrement: true });
        if (kind !== 'rows') return;
        for (const index of ['kind', 'status', 'due', 'createdAt', 'site', 'snoozedUntil'])
          items.createIndex(index, index);
        items.createIndex('[status+kind+due]', ['status', 'kind', 'due']);
        sources.createIndex('itemKey', 'itemKey');
        sources.createIndex('[itemKey+url+quote]', ['itemKey', 'url', 'quote'], { unique: true });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    const tx = db.transaction(['items', 'sources'], 'readwrite');
    if (kind === 'chunks') {
      for (let at = 0; at < backup.items.length; at += 100) {
        tx.objectStore('items').put({ at, records: backup.items.slice(at, at + 100) });
        tx.objectStore('sources').put({ records: backup.sources.slice(at, at + 100) });
      }
    } else {
      for (const item of backup.items) tx.objectStore('items').put(item);
      for (const source of backup.sources) tx.objectStore('sources').add(source);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - started;
    db.close();
    indexedDB.deleteDatabase(name);
    return ms;
  }, shape);
}

async function timedRestore(page: Page, file: string): Promise<{ ms: number; text: string; progress: string[] }> {
  const before = await restoreReportText(page);
  await page.evaluate((selector) => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    const started = performance.now();
    new MutationObserver(() =>
      seen.push(
        `${(performance.now() - started).toFixed(0)} ms ${document.querySelector(selector)?.textContent ?? ''}`,
      ),
    ).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  }, RESTORE_REPORT);
  const started = performance.now();
  await page.getByTestId('restore').setInputFiles(file);
  await waitForRestoreReport(page, before);
  const ms = performance.now() - started;
  const text = await restoreReportText(page);
  const progress = [
    ...new Set(await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress)),
  ].filter((line) => /\d+\/\d+/.test(line));
  return { ms, text, progress };
}

async function main(): Promise<void> {
  const {
    context,
    extensionId: id,
    profile,
    close,
  } = await launchExtensionBrowser(EXTENSION_DIR, 9, 'vanban-restore-');
  try {
    const page = await context.newPage();
    if (process.env.PHASES)
      page.on('console', (message) => /^PHASE/.test(message.text()) && console.log(`  ${message.text()}`));
    await page.goto(`chrome-extension://${id}/watchlist.html`);
    await page.waitForSelector('main h1');
    await openDb(page, 10_000);
    await page.reload();
    await page.waitForSelector('[data-testid="watch-row"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup').click()]);
    const file = (await download.path()) as string;
    const text = readFileSync(file, 'utf8');
    if (process.env.SAVE_BACKUP) await download.saveAs(process.env.SAVE_BACKUP);
    console.log(`backup ${(text.length / 1e6).toFixed(2)} MB (${EXTENSION_DIR})`);
    for (let round = 0; round < ROUNDS; round++) {
      let cpu = cpuMs(profile);
      const same = await timedRestore(page, file);
      const sameCpu = cpuSince(profile, cpu);
      await clearDb(page);
      cpu = cpuMs(profile);
      const empty = await timedRestore(page, file);
      const emptyCpu = cpuSince(profile, cpu);
      await clearDb(page);
      // In a page of the extension's origin without the watchlist app, which re-renders after a restore.
      const bare = await context.newPage();
      await bare.goto(`chrome-extension://${id}/icon/16.png`);
      cpu = cpuMs(profile);
      const raw = await rawWrite(bare, text);
      const rawCpu = cpuSince(profile, cpu);
      await bare.close();
      console.log(
        `round ${round + 1}: restore into the same list ${same.ms.toFixed(0)} ms (${sameCpu}), into the emptied list ${empty.ms.toFixed(0)} ms (${emptyCpu}) ` +
          `(${empty.text}; ${empty.progress.length} progress lines${process.env.PHASES ? `:\n    ${empty.progress.join('\n    ')}` : ''}); raw IndexedDB: parse ${raw.parseMs.toFixed(0)} ms, write ${raw.writeMs.toFixed(0)} ms (${rawCpu})`,
      );
    }
    if (process.argv.includes('--engine')) {
      const bare = await context.newPage();
      await bare.goto(`chrome-extension://${id}/icon/16.png`);
      await bare.evaluate((json) => {
        (window as unknown as { __backup: unknown }).__backup = JSON.parse(json);
      }, text);
      for (let round = 0; round < Math.max(ROUNDS, 1); round++) {
        const line: string[] = [];
        for (const shape of ['rows', 'bare', 'chunks'] as const) {
          const cpu = cpuMs(profile);
          const ms = await engineWrite(bare, shape);
          line.push(`${shape} ${ms.toFixed(0)} ms (${cpuSince(profile, cpu)})`);
        }
        console.log(`engine, the same 20,000 records as: ${line.join('; ')}`);
      }
      await bare.close();
    }
  } finally {
    await close();
  }
}

await main();

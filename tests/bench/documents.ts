/**
 * Document viewer benchmark (part of `npm run bench`): a generated 100-page text PDF (printed by
 * Chromium from our own HTML) and a generated ~5 MB DOCX (written here as a plain zip), opened in
 * the viewer of the production build in Debian's Chromium. Prints the time to the first page's
 * highlights, to every finding listed, the longest main-thread task in the viewer, and the JS heap;
 * plus reading the same files in Node (the `scan` path). Nothing generated here is committed.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'wxt';
import { LISTED_MARK } from '../../components/viewer/FindingsPanel';
import { startStaticServer } from '../../lib/cli/static-server';
import { analyseInSlices } from '../../lib/documents/chunked-analysis';
import { nodeReaders } from '../../lib/documents/node-readers';
import { readDocument } from '../../lib/documents/read-document';
import { planDocx, planParagraph } from '../helpers/docx-writer';
import { launchExtensionBrowser } from './extension-browser';

/** `VANBAN_EXTENSION_DIR` points at another build (an A/B against main's). */
const EXTENSION_DIR = resolve(process.env.VANBAN_EXTENSION_DIR ?? '.output/chrome-mv3');
const OUT_DIR = resolve('.cache/bench-documents');
const HOST = 'http://vanban.songhong.gov.vn';

/** ~100 A4 pages: 9 paragraphs a page with a running head. */
function planHtml(pages = 100): string {
  const body: string[] = [];
  for (let i = 0; i < pages * 9; i++) body.push(`<p>${planParagraph(i)}</p>`);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 25mm 20mm; @top-center { content: "UBND TỈNH — BẢN ĐIỆN TỬ"; font: 9pt serif; } }
    body { font: 12pt/1.5 "DejaVu Serif", serif; } p { margin: 0 0 10pt; }
  </style></head><body>${body.join('\n')}</body></html>`;
}

// --- measuring in the viewer -----------------------------------------------------------------------

interface ViewerRun {
  firstHighlightMs: number;
  /** When the poll below first saw the complete list: it runs behind the page's own tasks. */
  listedMs: number;
  /** When the page drew the complete list (its `LISTED_MARK`): what a user sees. */
  drawnMs: number;
  longestTaskMs: number;
  /** Main-thread tasks over 50 ms, longest first: [duration, start] in ms after the navigation. */
  longTasksMs: [number, number][];
  heapMb: number;
  findings: number;
}

/** Installed before the viewer's own scripts: records every long task. */
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.duration, e.startTime]); })
  .observe({ type: 'longtask', buffered: true });`;

async function measureViewer(context: BrowserContext, extensionId: string, url: string): Promise<ViewerRun> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(url)}`);
  let firstHighlightMs = 0;
  let listedMs = 0;
  for (let i = 0; i < 2400 && !(firstHighlightMs && listedMs); i++) {
    const state = await page.evaluate(() => {
      let painted = 0;
      for (const [name, highlight] of CSS.highlights as unknown as Iterable<[string, { size: number }]>)
        if (name.startsWith('vanban-')) painted += highlight.size;
      return {
        now: performance.now(),
        painted,
        listed: document.querySelector('[data-testid="viewer-panel"][data-complete="true"]') ? 1 : 0,
        error: document.querySelector('[data-testid="viewer-error"]')?.textContent,
      };
    });
    if (state.error) throw new Error(`viewer: ${state.error}`);
    if (!firstHighlightMs && state.painted > 0) firstHighlightMs = state.now;
    if (!listedMs && state.listed > 0) listedMs = state.now;
    await page.waitForTimeout(10);
  }
  await page.waitForTimeout(300);
  const longTasks = await page.evaluate(() =>
    [...((window as unknown as { __longTasks: [number, number][] }).__longTasks ?? [])].sort((a, b) => b[0] - a[0]),
  );
  const longest = longTasks[0]?.[0] ?? 0;
  // When the complete list was drawn, from the page's own mark (the last, for the whole document).
  const drawnMs = await page.evaluate(
    (name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? 0,
    LISTED_MARK,
  );
  const findings = await page.evaluate(() =>
    [...document.querySelectorAll('.viewer-panel h3')].reduce(
      (sum, heading) => sum + Number(/\((\d+)\)/.exec(heading.textContent ?? '')?.[1] ?? 0),
      0,
    ),
  );
  const result = {
    firstHighlightMs,
    listedMs,
    drawnMs,
    longestTaskMs: longest,
    longTasksMs: longTasks,
    heapMb: await heapMb(page),
    findings,
  };
  await page.close();
  return result;
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

const ms = (value: number) => `${Math.round(value)} ms`;

async function nodeRead(file: string): Promise<string> {
  const start = performance.now();
  const bytes = new Uint8Array(readFileSync(file));
  const read = await readDocument(bytes, file, nodeReaders);
  const readMs = performance.now() - start;
  const findings = await analyseInSlices(read, async () => {});
  const total = performance.now() - start;
  return `read ${ms(readMs)}, with extraction ${ms(total)}; ${read.text.length.toLocaleString('en')} chars, ${findings.length} findings`;
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) await build({});
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startStaticServer({ '/': OUT_DIR });
  const { context, extensionId, close } = await launchExtensionBrowser(
    EXTENSION_DIR,
    server.port,
    'vanban-bench-docs-',
  );
  try {
    const printer = await context.newPage();
    await printer.setContent(planHtml(100));
    const pdf = await printer.pdf({ format: 'A4', preferCSSPageSize: true });
    await printer.close();
    writeFileSync(join(OUT_DIR, 'plan-100.pdf'), pdf);
    const docx = planDocx(5 * 1024 * 1024);
    writeFileSync(join(OUT_DIR, 'plan-5mb.docx'), docx);

    // pdf.js is loaded at the first PDF `scan` reads (node-readers.ts): loaded here, so that the
    // Node lines below time the reading, as they did when it was loaded with the readers.
    if (process.env.VANBAN_BENCH_NODE !== '0') await nodeReaders.loadPdf(new Uint8Array(pdf));
    console.log('Documents in the viewer (Chromium, production build)');
    for (const [name, label] of [
      ['plan-100.pdf', `100-page PDF (${(pdf.length / 1024 / 1024).toFixed(1)} MB)`],
      ['plan-5mb.docx', `DOCX (${(docx.length / 1024 / 1024).toFixed(1)} MB)`],
    ] as const) {
      const result = await measureViewer(context, extensionId, `${HOST}/${name}`);
      console.log(
        `  ${label}: first highlights ${ms(result.firstHighlightMs)}, all listed (${result.findings} lines) ${ms(result.drawnMs)} ` +
          `(seen by the bench's poll ${ms(result.listedMs)}), ` +
          `longest task ${ms(result.longestTaskMs)} (${result.longTasksMs.length} over 50 ms: ` +
          `${result.longTasksMs
            .slice(0, 6)
            .map(([duration, start]) => `${Math.round(duration)} at ${Math.round(start)} ms`)
            .join(', ')}), JS heap ${result.heapMb.toFixed(1)} MB`,
      );
      // `VANBAN_BENCH_NODE=0`: the viewer only (A/B rounds).
      if (process.env.VANBAN_BENCH_NODE !== '0')
        console.log(`    in Node (scan): ${await nodeRead(join(OUT_DIR, name))}`);
    }
  } finally {
    await close();
    await server.close();
  }
}

await main();

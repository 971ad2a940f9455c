/**
 * Where the page's main-thread time goes while the content script annotates a page: a Chromium
 * trace (timeline + V8 sampling profiler) of one page load with the built extension, cut into our
 * tasks, the rendering work after them, and our script's self time by function. Not part of
 * `npm run bench`; for profiling:
 *
 *   npx wxt build -c wxt.profile.config.ts   # names kept, in .cache/profile-build
 *   VANBAN_EXTENSION_DIR=.cache/profile-build/chrome-mv3 npx tsx tests/bench/page-profile.ts [large|news]
 *
 * Our tasks are the main-thread tasks that run code of the content script (its evaluation, its
 * callbacks, its message replies); "rendering" is style, layout and paint in the same trace (the
 * highlights' cost shows there), compared with the same page without the extension when
 * `VANBAN_PROFILE_BASELINE=1`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { chromiumArgs } from '../../lib/cli/chromium-args';
import { findBrowser } from '../../lib/cli/find-browser';
import { startStaticServer } from '../../lib/cli/static-server';
import { seedPageHtml } from '../e2e/seed-pages';
import { loadGold } from '../helpers/gold';
import { buildLargePage } from './large-page';
import { RENDERING, startTrace, type TraceEvent } from './trace-cost';

const EXTENSION_DIR = resolve(process.env.VANBAN_EXTENSION_DIR ?? '.cache/profile-build/chrome-mv3');
const PAGES_DIR = resolve('.cache/bench-pages');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
}

async function traced(context: BrowserContext, url: string): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const stopTrace = await startTrace(page, [
    'v8',
    'disabled-by-default-v8.cpu_profiler',
    'blink.user_timing',
    'disabled-by-default-devtools.timeline.invalidationTracking',
    '__metadata',
  ]);
  await page.goto(url);
  // Until the scan is done (the popup's status), then a second for late replies and painting.
  for (let i = 0; i < 400; i++) {
    await page.waitForTimeout(100);
    const done = await page.evaluate(() => document.readyState === 'complete');
    if (done && i > 30) break;
  }
  await page.waitForTimeout(1500);
  const events = await stopTrace();
  await page.close();
  return events;
}

function analyse(events: TraceEvent[], label: string): void {
  const threadNames = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // The page's main thread: the renderer main thread that ran the page's own HTML parsing.
  const parse = events.find(
    (e) =>
      e.name === 'ParseHTML' &&
      String((e.args as { beginData?: { url?: string } } | undefined)?.beginData?.url ?? '').includes('bench'),
  );
  const mainKey =
    parse && `${parse.pid}:${parse.tid}`
      ? `${parse.pid}:${parse.tid}`
      : [...threadNames].find(([, name]) => name === 'CrRendererMain')?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === mainKey);
  const ours = (e: TraceEvent) => {
    const data = e.args?.data as { url?: string; frame?: string; stackTrace?: { url: string }[] } | undefined;
    return String(data?.url ?? '').startsWith('chrome-extension://');
  };
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const inside = (task: TraceEvent, e: TraceEvent) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0);
  const scriptEvents = onMain.filter(
    (e) =>
      ['FunctionCall', 'EvaluateScript', 'v8.compile', 'TimerFire', 'FireIdleCallback'].includes(e.name) && ours(e),
  );
  let oursMs = 0;
  let longest = 0;
  let count = 0;
  const perTask: { ms: number; at: number; what: string }[] = [];
  let j = 0;
  const firstTs = tasks[0]?.ts ?? 0;
  for (const task of tasks) {
    while (j < scriptEvents.length && (scriptEvents[j] as TraceEvent).ts < task.ts) j++;
    const hit = scriptEvents[j];
    if (!hit || !inside(task, hit)) continue;
    const ms = (task.dur ?? 0) / 1000;
    oursMs += ms;
    count++;
    longest = Math.max(longest, ms);
    perTask.push({ ms, at: (task.ts - firstTs) / 1000, what: hit.name });
  }
  const rendering: Record<string, number> = {};
  for (const e of onMain) {
    if (e.ph !== 'X' || !RENDERING.has(e.name)) continue;
    rendering[e.name] = (rendering[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  }
  const gc = onMain
    .filter((e) => e.ph === 'X' && (e.name === 'MinorGC' || e.name === 'MajorGC' || e.name === 'V8.GC_SCAVENGER'))
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  console.log(`${label}: ${count} tasks of ours, ${oursMs.toFixed(1)} ms, longest ${longest.toFixed(1)} ms`);
  console.log(
    `  rendering on the page thread (whole trace): ${Object.entries(rendering)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')}; GC ${gc.toFixed(1)}`,
  );
  console.log(
    `  our tasks > 4 ms: ${perTask
      .filter((t) => t.ms > 4)
      .map((t) => `${t.ms.toFixed(1)}@${t.at.toFixed(0)}(${t.what})`)
      .join(' ')}`,
  );
  // The sampling profile: self time per function of our script, on the page's main thread.
  const [pid] = (mainKey ?? '0:0').split(':').map(Number);
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid);
  const self = new Map<string, number>();
  let total = 0;
  // With VANBAN_PROFILE_TASK_MS: self time per function inside each of our tasks longer than that.
  const taskLimit = Number(process.env.VANBAN_PROFILE_TASK_MS ?? Number.POSITIVE_INFINITY);
  const long = perTask.filter((task) => task.ms > taskLimit);
  const inTask = long.map(() => new Map<string, number>());
  for (const profile of profiles) {
    let clock = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === pid);
    const nodes = new Map<number, ProfileNode>();
    for (const chunk of chunks) {
      const data = chunk.args?.data as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        clock += deltas[i] ?? 0;
        const node = nodes.get(samples[i] as number);
        const ms = Math.max(0, (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
        if (!node) continue;
        const frame = node.callFrame;
        const url = frame.url ?? '';
        const where = url.startsWith('chrome-extension://') ? 'ours' : url ? 'page' : frame.functionName || '(native)';
        const key = where === 'ours' ? `${frame.functionName || '(anon)'}:${frame.lineNumber}` : `[${where}]`;
        self.set(key, (self.get(key) ?? 0) + ms);
        total += ms;
        const at = (clock - firstTs) / 1000;
        long.forEach((task, k) => {
          if (at >= task.at && at < task.at + task.ms) inTask[k]?.set(key, (inTask[k]?.get(key) ?? 0) + ms);
        });
      }
    }
  }
  long.forEach((task, k) => {
    const inside = [...(inTask[k] ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(`  task ${task.ms.toFixed(1)} ms at ${task.at.toFixed(0)} (${task.what}):`);
    const start = firstTs + task.at * 1000;
    const within = onMain.filter(
      (e) => e.ph === 'X' && e.ts >= start && e.ts < start + task.ms * 1000 && (e.dur ?? 0) > 1000,
    );
    for (const e of within) console.log(`    event ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms`);
    for (const [name, ms] of inside) console.log(`    ${ms.toFixed(1).padStart(7)}  ${name}`);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 45);
  console.log(`  sampled self time (${total.toFixed(0)} ms sampled on that process):`);
  for (const [name, ms] of top) console.log(`    ${ms.toFixed(1).padStart(7)}  ${name}`);
}

async function main(): Promise<void> {
  const which = process.argv[2] ?? 'large';
  if (process.env.VANBAN_TRACE_IN) {
    analyse(JSON.parse(readFileSync(process.env.VANBAN_TRACE_IN, 'utf8')), `${which} (saved trace)`);
    return;
  }
  mkdirSync(PAGES_DIR, { recursive: true });
  writeFileSync(join(PAGES_DIR, 'large.html'), buildLargePage());
  const seed = loadGold('seeds')[4];
  if (seed) writeFileSync(join(PAGES_DIR, 'news.html'), seedPageHtml(seed));
  const server = await startStaticServer({ '/': PAGES_DIR });
  const profile = mkdtempSync(join(tmpdir(), 'vanban-profile-'));
  const args = chromiumArgs(EXTENSION_DIR, server.port);
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(),
    headless: true,
    args,
  });
  try {
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // A first load warms the browser's caches (code cache of the content script included), as a
    // reader's browser is; the traced one is the second.
    const warm = await context.newPage();
    await warm.goto(`http://bench.songhong.gov.vn/${which}.html`);
    await warm.waitForTimeout(3000);
    await warm.close();
    const events = await traced(context, `http://bench.songhong.gov.vn/${which}.html`);
    if (process.env.VANBAN_TRACE_OUT) writeFileSync(process.env.VANBAN_TRACE_OUT, JSON.stringify(events));
    analyse(events, `${which} with the extension`);
    if (process.env.VANBAN_PROFILE_BASELINE) {
      const bare = await traced(context, `http://bench.example.test/${which}.html`);
      if (process.env.VANBAN_TRACE_OUT)
        writeFileSync(`${process.env.VANBAN_TRACE_OUT}.bare.json`, JSON.stringify(bare));
      analyse(bare, `${which} without it (not a matched host)`);
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();

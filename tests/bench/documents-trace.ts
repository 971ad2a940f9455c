/**
 * What each long main-thread task of the viewer is: opens the bench's documents (made by
 * `tests/bench/documents.ts` in `.cache/bench-documents`) in the viewer under a Chromium trace, and
 * for every task over 50 ms prints its length, the trace events inside it (style, layout, parse…)
 * and the functions the sampling profiler saw most in it. Worker threads are summed too.
 *
 *   npx tsx tests/bench/documents-trace.ts [extension dir]   (default .output/chrome-mv3; a build
 *   without minifying names its functions)
 *
 * Options, by environment: VANBAN_TRACE_FILES (which of the bench's files, comma-separated),
 * VANBAN_TRACE_THREADS (the whole read of each busy worker and other thread too),
 * VANBAN_TRACE_BUCKETS (the main thread's work by half second), VANBAN_TRACE_PAINTS (its paints).
 */

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../lib/cli/static-server';
import { launchExtensionBrowser } from './extension-browser';

const EXTENSION_DIR = resolve(process.argv[2] ?? '.output/chrome-mv3');
const FILES_DIR = resolve('.cache/bench-documents');
const HOST = 'http://vanban.songhong.gov.vn';
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** CPU time of the thread in the event (µs): on a loaded machine, closer to an idle run's length than `dur`. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
}

/** CPU samples of one thread: time and the node id sampled. */
function samplesOf(
  events: TraceEvent[],
): Map<string, { nodes: Map<number, ProfileNode>; samples: [number, number][] }> {
  const byProfile = new Map<
    string,
    {
      pid: number;
      tid: number;
      start: number;
      nodes: Map<number, ProfileNode>;
      samples: [number, number][];
      time: number;
    }
  >();
  for (const event of events) {
    if (event.name === 'Profile') {
      const data = event.args?.data as { startTime: number };
      byProfile.set(`${event.pid}:${event.id}`, {
        pid: event.pid,
        tid: event.tid,
        start: data.startTime,
        nodes: new Map(),
        samples: [],
        time: data.startTime,
      });
    } else if (event.name === 'ProfileChunk') {
      const profile = byProfile.get(`${event.pid}:${event.id}`);
      if (!profile) continue;
      const data = event.args?.data as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      samples.forEach((id, i) => {
        profile.time += deltas[i] ?? 0;
        profile.samples.push([profile.time, id]);
      });
    }
  }
  const byThread = new Map<string, { nodes: Map<number, ProfileNode>; samples: [number, number][] }>();
  for (const profile of byProfile.values()) byThread.set(`${profile.pid}:${profile.tid}`, profile);
  return byThread;
}

const frameName = (node: ProfileNode | undefined) =>
  node
    ? `${node.callFrame.functionName || '(anonymous)'} ${(node.callFrame.url ?? '').split('/').pop()}:${(node.callFrame.lineNumber ?? -1) + 1}`
    : '?';

/** The most sampled functions (self) and, for each, the nearest named caller of our own code. */
function topFunctions(
  profile: { nodes: Map<number, ProfileNode>; samples: [number, number][] } | undefined,
  from: number,
  to: number,
): string[] {
  if (!profile) return [];
  const counts = new Map<string, number>();
  let total = 0;
  for (const [time, id] of profile.samples) {
    if (time < from || time > to) continue;
    const node = profile.nodes.get(id);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    total++;
    // self frame, plus the chain of up to 4 callers, so a library call says who made it
    const chain: string[] = [];
    let at: ProfileNode | undefined = node;
    while (at && chain.length < 4) {
      chain.push(frameName(at));
      at = at.parent === undefined ? undefined : profile.nodes.get(at.parent);
    }
    const key = chain.join(' ← ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([key, count]) => `${Math.round((100 * count) / Math.max(1, total))}% ${key}`);
}

async function main(): Promise<void> {
  if (!existsSync(join(FILES_DIR, 'plan-100.pdf'))) throw new Error('run tests/bench/documents.ts first');
  const server = await startStaticServer({ '/': FILES_DIR });
  const { context, extensionId, close } = await launchExtensionBrowser(EXTENSION_DIR, server.port, 'vanban-trace-');
  try {
    for (const name of (process.env.VANBAN_TRACE_FILES ?? 'plan-100.pdf,plan-5mb.docx').split(',')) {
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      const chunks: TraceEvent[] = [];
      session.on('Tracing.dataCollected', (data) => {
        chunks.push(...(data.value as unknown as TraceEvent[]));
      });
      const done = new Promise<void>((ok) => session.once('Tracing.tracingComplete', () => ok()));
      await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
      await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${HOST}/${name}`)}`);
      await page.waitForSelector('[data-testid="viewer-panel"][data-complete="true"]', { timeout: 180_000 });
      await page.waitForTimeout(500);
      await session.send('Tracing.end');
      await done;
      report(name, chunks);
      await page.close();
    }
  } finally {
    await close();
    await server.close();
  }
}

function report(name: string, events: TraceEvent[]): void {
  const threadNames = new Map<string, string>();
  for (const event of events)
    if (event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, String(event.args?.name));
  const profiles = samplesOf(events);
  // The viewer's main thread: the renderer main thread with the most script.
  const busy = new Map<string, number>();
  for (const event of events)
    if (event.ph === 'X' && event.name === 'RunTask') {
      const key = `${event.pid}:${event.tid}`;
      busy.set(key, (busy.get(key) ?? 0) + (event.dur ?? 0));
    }
  console.log(`\n=== ${name}`);
  for (const [thread, total] of [...busy].sort((a, b) => b[1] - a[1]).slice(0, 5))
    console.log(`  thread ${threadNames.get(thread) ?? thread}: ${Math.round(total / 1000)} ms in tasks`);
  // The viewer's main thread: a renderer main thread that ran the viewer's script (the browser's
  // own pages, such as the new tab page, have renderer main threads too, sometimes busier).
  const ranViewer = (key: string) =>
    [...(profiles.get(key)?.nodes.values() ?? [])].some((node) => /\/viewer-[^/]*\.js$/.test(node.callFrame.url ?? ''));
  const main = [...busy]
    .filter(([key]) => threadNames.get(key) === 'CrRendererMain')
    .sort((a, b) => Number(ranViewer(b[0])) - Number(ranViewer(a[0])) || b[1] - a[1])[0]?.[0];
  const onMain = events.filter((event) => `${event.pid}:${event.tid}` === main && event.ph === 'X');
  const start = Math.min(...onMain.map((event) => event.ts));
  const allTasks = onMain.filter((event) => event.name === 'RunTask');
  const tasks = allTasks.filter((event) => (event.dur ?? 0) > 50_000 || (event.tdur ?? 0) > 30_000);
  // Wall time counts the waits for a core on a shared machine; CPU time is what an idle run would see.
  const byCpu = [...allTasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0));
  console.log(
    `  main-thread tasks by CPU time: ${byCpu.filter((task) => (task.tdur ?? 0) > 50_000).length} over 50 ms; longest ` +
      byCpu
        .slice(0, 6)
        .map((task) => `${Math.round((task.tdur ?? 0) / 1000)} (wall ${Math.round((task.dur ?? 0) / 1000)})`)
        .join(', '),
  );
  wholeRun(onMain, allTasks, profiles.get(main as string));
  if (process.env.VANBAN_TRACE_THREADS)
    for (const [key, name] of threadNames)
      if (name !== 'CrRendererMain' && (busy.get(key) ?? 0) > 300_000) {
        console.log(`  ${name} ${key}:`);
        const onThread = events.filter((event) => `${event.pid}:${event.tid}` === key && event.ph === 'X');
        wholeRun(
          onThread,
          onThread.filter((event) => event.name === 'RunTask'),
          profiles.get(key),
        );
      }
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = new Map<string, number>();
    for (const event of onMain) {
      if (event === task || event.ts < task.ts || event.ts >= end) continue;
      if (
        ![
          'FunctionCall',
          'UpdateLayoutTree',
          'Layout',
          'Paint',
          'ParseHTML',
          'EvaluateScript',
          'v8.compile',
          'MajorGC',
          'MinorGC',
          'V8.GC_MC_BACKGROUND',
          'PrePaint',
          'Layerize',
          'HitTest',
          'TimerFire',
          'FireAnimationFrame',
          'EventDispatch',
          'RunMicrotasks',
          'v8.evaluateModule',
          'ScheduleStyleRecalculation',
          'IntersectionObserverController::computeIntersections',
        ].includes(event.name)
      )
        continue;
      inside.set(event.name, (inside.get(event.name) ?? 0) + (event.dur ?? 0));
    }
    const parts = [...inside].sort((a, b) => b[1] - a[1]).map(([n, d]) => `${n} ${Math.round(d / 1000)}`);
    console.log(
      `  task at ${Math.round((task.ts - start) / 1000)} ms: ${Math.round((task.dur ?? 0) / 1000)} ms, CPU ${Math.round((task.tdur ?? 0) / 1000)} ms [${parts.join(', ')}]`,
    );
    for (const line of topFunctions(profiles.get(main as string), task.ts, end)) console.log(`      ${line}`);
  }
}

/**
 * The whole read on the main thread: its CPU time, the trace events that took it (summed CPU time,
 * nested events counted in their own line too) and the functions sampled most, by self time.
 */
function wholeRun(
  onMain: TraceEvent[],
  tasks: TraceEvent[],
  profile: ReturnType<typeof samplesOf> extends Map<string, infer P> ? P | undefined : never,
): void {
  const cpu = tasks.reduce((sum, task) => sum + (task.tdur ?? 0), 0);
  const byName = new Map<string, number>();
  for (const event of onMain)
    if (event.name !== 'RunTask')
      byName.set(event.name, (byName.get(event.name) ?? 0) + (event.tdur ?? event.dur ?? 0));
  console.log(`  whole read: ${Math.round(cpu / 1000)} ms main-thread CPU in ${tasks.length} tasks`);
  if (process.env.VANBAN_TRACE_BUCKETS) {
    const start = Math.min(...tasks.map((task) => task.ts));
    const buckets = new Map<number, Map<string, number>>();
    for (const event of onMain) {
      if (
        ![
          'Paint',
          'PrePaint',
          'Layout',
          'UpdateLayoutTree',
          'HandlePostMessage',
          'MajorGC',
          'MinorGC',
          'FunctionCall',
          'RunMicrotasks',
        ].includes(event.name)
      )
        continue;
      const at = Math.floor((event.ts - start) / 500_000);
      const bucket = buckets.get(at) ?? new Map<string, number>();
      buckets.set(at, bucket);
      bucket.set(event.name, (bucket.get(event.name) ?? 0) + (event.tdur ?? event.dur ?? 0));
      bucket.set(`#${event.name}`, (bucket.get(`#${event.name}`) ?? 0) + 1);
    }
    for (const [at, bucket] of [...buckets].sort((a, b) => a[0] - b[0]))
      console.log(
        `    ${at * 0.5}s: ${[...bucket]
          .filter(([n]) => !n.startsWith('#'))
          .map(([n, d]) => `${n} ${Math.round(d / 1000)}/${bucket.get(`#${n}`)}`)
          .join(', ')}`,
      );
  }
  console.log(
    `    events (CPU ms): ${[...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 14)
      .map(([n, d]) => `${n} ${Math.round(d / 1000)}`)
      .join(', ')}`,
  );
  if (process.env.VANBAN_TRACE_PAINTS) {
    const start = Math.min(...tasks.map((task) => task.ts));
    for (const paint of onMain.filter((event) => event.name === 'Paint').slice(0, 60))
      console.log(
        `    paint at ${Math.round((paint.ts - start) / 1000)} ms: ${Math.round((paint.tdur ?? 0) / 1000)} ms ${JSON.stringify(paint.args?.data)}`,
      );
  }
  if (!profile) return;
  const self = new Map<string, number>();
  let total = 0;
  for (const [, id] of profile.samples) {
    const node = profile.nodes.get(id);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    total++;
    self.set(frameName(node), (self.get(frameName(node)) ?? 0) + 1);
  }
  for (const [key, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`    ${Math.round((1000 * count) / Math.max(1, total)) / 10}% ${key}`);
}

await main();

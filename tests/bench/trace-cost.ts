/**
 * What the content script costs a page's main thread, read from a Chromium trace rather than from
 * its own clock: every task that runs our code (module evaluation, timers, idle slices, message
 * replies: V8 calls in our isolated world), and the style, layout and paint the page thread does
 * after our script started outside those tasks (on a page that is done loading, that work is ours:
 * a stylesheet we adopt restyles every element, highlights are painted in the frames after they
 * change). The scanner's own `busyMs` sees only its slices.
 *
 * Not counted: what the highlight rules adopted at document_start add to the page's own styling
 * while it loads (page-profile.ts with VANBAN_PROFILE_BASELINE compares the page's style time
 * with and without the extension).
 */
import type { CDPSession, Page } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { name?: string; data?: Record<string, unknown> };
}

/** The trace events of the page's rendering (style, layout, paint and what follows them). */
export const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest']);
/** Our isolated world's name in V8 call events (the extension's name). */
const OUR_WORLD = 'VănBản Watch';

/**
 * Each figure in CPU time of the page's main thread (the trace's thread durations), which a
 * machine shared by other work leaves nearly as it is, and in wall time (`…WallMs`), which on a
 * loaded machine also holds the time the thread waited for a core.
 */
export interface MainThreadCost {
  /** Tasks that ran our code, whole (what they forced: style, layout, GC, included). */
  ourTasksMs: number;
  /** Style, layout and paint after our start, outside our tasks. */
  renderingMs: number;
  /** Sum of both. */
  totalMs: number;
  /** The longest of our tasks or of the rendering tasks after our start. */
  longestTaskMs: number;
  /** What the longest task was: the first of our trace events in it (EvaluateScript, FunctionCall…) or "rendering". */
  longestTaskIs: string;
  /**
   * The longest task that ran our code. A rendering task after our start counts whole in
   * `longestTaskMs`, though on a large page the browser's own first frames after load (which a
   * trace without the extension shows too) come after our start.
   */
  longestScriptTaskMs: number;
  totalWallMs: number;
  longestTaskWallMs: number;
  tasks: number;
}

/** CPU time of an event in ms (its wall time where the trace has none). */
const cpuMs = (event: TraceEvent): number => ((event as { tdur?: number }).tdur ?? event.dur ?? 0) / 1000;
const wallMs = (event: TraceEvent): number => (event.dur ?? 0) / 1000;

export async function startTrace(page: Page, extraCategories: string[] = []): Promise<() => Promise<TraceEvent[]>> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (message) => {
    events.push(...(message.value as unknown as TraceEvent[]));
  });
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        ...extraCategories,
      ],
    },
  } as never);
  return async () => {
    const finished = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
    await session.send('Tracing.end');
    await finished;
    await session.detach().catch(() => undefined);
    return events;
  };
}

const isOurs = (event: TraceEvent): boolean => {
  if (event.name === 'v8.callFunction' || event.name === 'v8.run') return event.args?.worldName === OUR_WORLD;
  const url = (event.args?.data as { url?: string } | undefined)?.url;
  return typeof url === 'string' && url.startsWith('chrome-extension://');
};

/** The renderer main thread that parsed the page at `pageUrl`. */
export function pageThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } | undefined {
  const parse = events.find(
    (event) => event.name === 'ParseHTML' && (event.args?.beginData as { url?: string } | undefined)?.url === pageUrl,
  );
  return parse && { pid: parse.pid, tid: parse.tid };
}

export function mainThreadCost(events: TraceEvent[], pageUrl: string): MainThreadCost {
  const thread = pageThread(events, pageUrl);
  const onMain = events
    .filter((event) => thread && event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((event) => event.name === 'RunTask');
  const marks = onMain.filter(isOurs);
  const rendering = onMain.filter((event) => RENDERING.has(event.name));
  // The annotator's script; the early stylesheet script (document_start) runs inside the page's own
  // parsing tasks, so only its own evaluation counts, not the parser task around it.
  const main = marks.find((event) =>
    String((event.args?.data as { url?: string } | undefined)?.url ?? '').endsWith('/content-scripts/content.js'),
  );
  const start = main?.ts ?? marks[0]?.ts ?? Number.POSITIVE_INFINITY;
  let ourTasksMs = 0;
  let renderingMs = 0;
  let longestTaskMs = 0;
  let longestTaskIs = '';
  let longestScriptTaskMs = 0;
  let totalWallMs = 0;
  let longestTaskWallMs = 0;
  let count = 0;
  let mark = 0;
  let render = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    if (end < start) {
      for (const event of marks) {
        if (event.ts >= task.ts && event.ts < end && event.name === 'EvaluateScript')
          ourTasksMs += (event.dur ?? 0) / 1000;
      }
      continue;
    }
    while (mark < marks.length && (marks[mark] as TraceEvent).ts < task.ts) mark++;
    while (render < rendering.length && (rendering[render] as TraceEvent).ts < task.ts) render++;
    const ms = cpuMs(task);
    if (mark < marks.length && (marks[mark] as TraceEvent).ts < end) {
      ourTasksMs += ms;
      count++;
      if (ms > longestTaskMs) longestTaskIs = (marks[mark] as TraceEvent).name;
      longestTaskMs = Math.max(longestTaskMs, ms);
      longestScriptTaskMs = Math.max(longestScriptTaskMs, ms);
      totalWallMs += wallMs(task);
      longestTaskWallMs = Math.max(longestTaskWallMs, wallMs(task));
      continue;
    }
    // A rendering task after our start: count its rendering work (not the page's own script in it).
    let work = 0;
    let workWall = 0;
    for (let i = render; i < rendering.length && (rendering[i] as TraceEvent).ts < end; i++) {
      const event = rendering[i] as TraceEvent;
      // Nested events (Paint inside Paint) are counted once: only those not inside the previous.
      const previous = rendering[i - 1];
      if (i > render && previous && event.ts < previous.ts + (previous.dur ?? 0)) continue;
      work += cpuMs(event);
      workWall += wallMs(event);
    }
    if (work > 0) {
      renderingMs += work;
      if (ms > longestTaskMs) longestTaskIs = 'rendering';
      longestTaskMs = Math.max(longestTaskMs, ms);
      totalWallMs += workWall;
      longestTaskWallMs = Math.max(longestTaskWallMs, wallMs(task));
    }
  }
  return {
    ourTasksMs,
    renderingMs,
    totalMs: ourTasksMs + renderingMs,
    longestTaskMs,
    longestTaskIs,
    longestScriptTaskMs,
    totalWallMs,
    longestTaskWallMs,
    tasks: count,
  };
}

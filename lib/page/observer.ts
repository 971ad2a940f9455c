/**
 * Watches the page for changed text and reports which flow containers to read again. Rescans are
 * paced: changes are coalesced, the rescans may take at most a tenth of the main thread, and a page
 * that never settles (a ticker, a clock, text rewritten under <body> forever) is read less and less
 * often. Our own UI is ignored, so highlighting never feeds back into scanning.
 */
import { flowContainerOf } from './text-flows';

export interface MutationWatch {
  stop(): void;
}

export interface PaceOptions {
  /** Quiet time before a burst of changes is read. */
  delayMs: number;
  /** The longest wait between rescans of a page that keeps changing. */
  maxDelayMs: number;
  /** Share of wall time rescans may take (0.1: at most 100 ms of work per second). */
  budget: number;
}

export const DEFAULT_PACE: PaceOptions = { delayMs: 250, maxDelayMs: 10_000, budget: 0.1 };

/** Past this many changed containers one rescan of the whole root is cheaper than sorting them out. */
const MAX_CONTAINERS = 200;

/**
 * When to read again, from what the last rescan cost and whether the page kept changing meanwhile.
 * Pure, so the pacing is tested without a clock.
 */
export class RescanPacer {
  private delay: number;

  constructor(private readonly pace: PaceOptions = DEFAULT_PACE) {
    this.delay = pace.delayMs;
  }

  /** The wait before the next rescan. */
  nextDelay(): number {
    return this.delay;
  }

  /**
   * Records a rescan that cost `busyMs` of main thread. `stillChanging`: the page changed again
   * while we waited or read, so it has not settled and waits twice as long next time.
   */
  flushed(busyMs: number, stillChanging: boolean): void {
    const forBudget = busyMs / this.pace.budget - busyMs;
    const backedOff = stillChanging ? this.delay * 2 : this.pace.delayMs;
    this.delay = Math.min(this.pace.maxDelayMs, Math.max(this.pace.delayMs, forBudget, backedOff));
  }
}

/**
 * Calls `onChange` with the outermost changed flow containers, paced by a `RescanPacer`; it
 * resolves with the main-thread time the rescan took. `isOwn` tells our own nodes apart.
 */
export function watchMutations(
  root: Element,
  isOwn: (node: Node) => boolean,
  onChange: (containers: Element[]) => Promise<number> | number,
  pace: PaceOptions = DEFAULT_PACE,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): MutationWatch {
  const dirty = new Set<Element>();
  const pacer = new RescanPacer(pace);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let stopped = false;

  const schedule = () => {
    if (stopped || running || timer !== undefined || dirty.size === 0) return;
    timer = timers.setTimeout(flush, pacer.nextDelay());
  };

  const flush = async () => {
    timer = undefined;
    const containers = dirty.has(root) || dirty.size > MAX_CONTAINERS ? [root] : outermost([...dirty]);
    dirty.clear();
    running = true;
    try {
      const busyMs = await onChange(containers);
      pacer.flushed(busyMs, dirty.size > 0);
    } finally {
      running = false;
      schedule();
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isOwn(record.target) || dirty.has(root)) continue;
      const changedNodes = [...record.addedNodes, ...record.removedNodes];
      if (record.type === 'childList' && changedNodes.length > 0 && changedNodes.every(isOwn)) continue;
      dirty.add(flowContainerOf(record.target, root));
    }
    schedule();
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  return {
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) timers.clearTimeout(timer);
    },
  };
}

/** Drops containers inside another one of the list (at most MAX_CONTAINERS of them). */
function outermost(containers: Element[]): Element[] {
  return containers.filter((inner) => !containers.some((outer) => outer !== inner && outer.contains(inner)));
}

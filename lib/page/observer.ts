/**
 * Watches the page for changed text and reports which flow containers to read again, debounced.
 * Our own UI is ignored, so highlighting never feeds back into scanning.
 */
import { flowContainerOf } from './text-flows';

export interface MutationWatch {
  stop(): void;
}

/**
 * Calls `onChange` with the outermost changed flow containers at most once per `delayMs`.
 * `isOwn` tells our own nodes apart.
 */
export function watchMutations(
  root: Element,
  isOwn: (node: Node) => boolean,
  onChange: (containers: Element[]) => void,
  delayMs = 250,
  timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
): MutationWatch {
  const dirty = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const containers = outermost([...dirty]);
    dirty.clear();
    if (containers.length > 0) onChange(containers);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isOwn(record.target)) continue;
      const changedNodes = [...record.addedNodes, ...record.removedNodes];
      if (record.type === 'childList' && changedNodes.length > 0 && changedNodes.every(isOwn)) continue;
      dirty.add(flowContainerOf(record.target, root));
    }
    if (dirty.size > 0 && timer === undefined) timer = timers.setTimeout(flush, delayMs);
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  return {
    stop() {
      observer.disconnect();
      if (timer !== undefined) timers.clearTimeout(timer);
    },
  };
}

/** Drops containers inside another one of the list. */
function outermost(containers: Element[]): Element[] {
  return containers.filter((inner) => !containers.some((outer) => outer !== inner && outer.contains(inner)));
}

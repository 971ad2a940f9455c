/**
 * Lets the page paint and take input between slices of work. `scheduler.yield()` where the browser
 * has it (the continuation keeps its place in the queue); otherwise a message to ourselves, which,
 * unlike `setTimeout(0)`, is not clamped to 4 ms once timers nest: a 6 MB document is read in
 * hundreds of slices, and those clamps alone added seconds.
 */
type Scheduler = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

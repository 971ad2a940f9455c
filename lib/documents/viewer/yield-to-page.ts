/**
 * Lets the page paint and take input between slices of work: a message to ourselves, an ordinary
 * task that waits its turn behind rendering and input. Unlike `setTimeout(0)` it is not clamped to
 * 4 ms once timers nest (a 6 MB document is read in hundreds of slices, and those clamps alone
 * added seconds); unlike `scheduler.yield()` its continuation does not jump the queue, which kept
 * the first page's highlights from being drawn until the whole document was read.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

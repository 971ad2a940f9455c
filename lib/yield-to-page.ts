/**
 * Lets the page paint and take input between slices of long work (reading a document, checking a
 * backup): a message to ourselves, an ordinary task that waits its turn behind rendering and input.
 * Not `setTimeout(0)`: nested timers are clamped to 4 ms (a 6 MB document is read in hundreds of
 * slices: seconds of waiting), and held to one a second in a background tab. Not
 * `scheduler.yield()`: its continuation jumps the queue, which kept the viewer's first highlights
 * from being drawn until the whole document was read.
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

import { yieldToPage } from '../../yield-to-page';

/**
 * Resolves in a task of its own just after the next frame is drawn: work done there is laid out
 * and painted by the following frame, and neither task carries the other's work (work done inside
 * `requestAnimationFrame` makes one long task of itself and the frame's layout and paint).
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => void yieldToPage().then(resolve)));
}

/**
 * "Scan this page" marks its injection as asked for, so the content script annotates even a site
 * the user switched off. The mark is a flag in the content script's isolated world, set by a tiny
 * function injected just before the script and consumed by it.
 */
const SCAN_REQUEST = '__vanbanScanRequested';

/** Injected by `scanTab` before the content script; self-contained, as `executeScript` needs. */
export function requestScan(): void {
  (globalThis as Record<string, unknown>).__vanbanScanRequested = true;
}

/** True once if this injection was asked for by "Scan this page" (the flag is consumed). */
export function takeScanRequest(scope: Record<string, unknown> = globalThis as never): boolean {
  const requested = scope[SCAN_REQUEST] === true;
  delete scope[SCAN_REQUEST];
  return requested;
}

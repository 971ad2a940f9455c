/**
 * One quiet logger for failures nobody asked to see: prefixed, at debug level, so a page's console
 * stays clean and whoever debugs us can still find them. Failures of a user's action are shown in
 * the UI instead (see the views); this is for background work that may fail harmlessly.
 */
const PREFIX = '[VănBản Watch]';

export function logQuietly(what: string, error: unknown): void {
  console.debug(PREFIX, what, error);
}

/** `promise.catch(quietly('…'))`: note the failure and go on. */
export const quietly =
  (what: string) =>
  (error: unknown): undefined => {
    logQuietly(what, error);
    return undefined;
  };

/**
 * Storage errors in people's words. No database code here: the popup names a full disk before it
 * has loaded the database (Dexie loads after its first render).
 */

/** What `describeStorageError` says for a full disk; callers compare with it to say it their way. */
export const STORAGE_FULL = 'storage is full';

/** A storage error as a short reason for people; a full disk says so. */
export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string; inner?: { name?: string } })?.name;
  const inner = (error as { inner?: { name?: string } })?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return STORAGE_FULL;
  return (error as Error)?.message || String(error);
}

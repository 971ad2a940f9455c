import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The result of a Dexie query, kept current: it re-runs whenever the tables it read change, in
 * this tab or any other (another watchlist tab, the background saving from a page card).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  // The caller lists what the query depends on.
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => {} });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}

/**
 * A fresh watchlist database for every test of a file (fake-indexeddb), deleted after it: call once
 * at the top of the file and read the current one through the returned getter.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { WatchlistDb } from '../../lib/db/schema';

export function freshDbPerTest(prefix: string): () => WatchlistDb {
  let db: WatchlistDb | undefined;
  let counter = 0;
  beforeEach(async () => {
    db = new WatchlistDb(`${prefix}-${++counter}`);
    await db.open();
  });
  afterEach(async () => {
    db?.close();
    await db?.delete();
  });
  return () => {
    if (!db) throw new Error('no database outside a test');
    return db;
  };
}

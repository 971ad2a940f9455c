import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WatchlistDb } from '../../lib/db/schema';
import { saveFinding, setNote } from '../../lib/db/watchlist';
import { makeBackup, restoreBackup } from '../../lib/export/backup';
import { findingSummary } from '../helpers/factories';

let db: WatchlistDb;
let counter = 0;
const summary = (watchKey: string) => findingSummary(watchKey, { sentence: 'Câu "trích".' });
const source = (url: string) => ({
  url,
  title: 'Tin 😀',
  seenAt: '2026-11-20T00:00:00Z',
  quote: 'q',
  prefix: 'p',
  suffix: 's',
});

beforeEach(async () => {
  db = new WatchlistDb(`backup-${++counter}`);
  await saveFinding(db, summary('45-KH/TU'), source('https://a.gov.vn/1'));
  await saveFinding(db, summary('45-KH/TU'), source('https://b.gov.vn/2'));
  await saveFinding(db, summary('16/CT-TTG'), source('https://a.gov.vn/3'));
  await setNote(db, '16/CT-TTG', 'ghi chú, "có ngoặc"');
});
afterEach(() => db.delete());

const snapshot = async () => ({
  items: await db.items.orderBy('key').toArray(),
  sources: (await db.sources.toArray()).map(({ id: _id, ...rest }) => rest).sort((a, b) => a.url.localeCompare(b.url)),
});

describe('export/backup', () => {
  it('round-trips: backup, wipe, restore gives identical data', async () => {
    const before = await snapshot();
    const text = JSON.stringify(await makeBackup(db));
    await db.items.clear();
    await db.sources.clear();
    expect(await restoreBackup(db, text)).toEqual({ ok: true, added: 2, updated: 0, skipped: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('merges by key and never overwrites a newer item', async () => {
    const backup = await makeBackup(db);
    await setNote(db, '45-KH/TU', 'newer here');
    const older = backup.items.find((item) => item.key === '16/CT-TTG');
    if (older) older.updatedAt += 10_000; // the backup's copy of this one is newer
    if (older) older.note = 'from backup';
    expect(await restoreBackup(db, JSON.stringify(backup))).toEqual({ ok: true, added: 0, updated: 1, skipped: 1 });
    expect((await db.items.get('45-KH/TU'))?.note).toBe('newer here');
    expect((await db.items.get('16/CT-TTG'))?.note).toBe('from backup');
    expect(await db.sources.count()).toBe(3);
  });

  it.each([
    ['corrupted', '{"format":"vanban-watch-backup", "items": [', /not valid JSON/],
    ['truncated', '', /not valid JSON/],
    [
      'wrong version',
      JSON.stringify({ format: 'vanban-watch-backup', version: 99, items: [], sources: [] }),
      /version 99/,
    ],
    ['foreign', JSON.stringify({ hello: 'world' }), /not a VănBản Watch backup/],
    [
      'malformed item',
      JSON.stringify({
        format: 'vanban-watch-backup',
        version: 1,
        exportedAt: '',
        items: [{ key: 'x', kind: 'nope' }],
        sources: [],
      }),
      /item 0/,
    ],
    [
      'orphan source',
      JSON.stringify({
        format: 'vanban-watch-backup',
        version: 1,
        exportedAt: '',
        items: [],
        sources: [{ itemKey: 'ghost' }],
      }),
      /source 0/,
    ],
  ])('refuses a %s file, says why and changes nothing', async (_label, text, why) => {
    const before = await snapshot();
    const result = await restoreBackup(db, text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(why);
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when the disk fills half way and says the storage is full', async () => {
    const backup = await makeBackup(db);
    await db.items.clear();
    await db.sources.clear();
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(db.sources, 'bulkAdd').mockRejectedValue(full); // items are already written by then
    expect(await restoreBackup(db, JSON.stringify(backup))).toMatchObject({
      ok: false,
      problem: 'storage',
      detail: 'storage is full',
    });
    expect(await db.items.count()).toBe(0);
  });

  it('adds a known source only once when the same backup is restored twice', async () => {
    const text = JSON.stringify(await makeBackup(db));
    expect(await restoreBackup(db, text)).toEqual({ ok: true, added: 0, updated: 0, skipped: 2 });
    expect(await db.sources.count()).toBe(3);
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { settlePending } from '../../lib/db/pending';
import { type WatchItem, WatchlistDb } from '../../lib/db/schema';
import {
  addItem,
  dueSummary,
  editItem,
  firstOpenItems,
  listItems,
  removeItems,
  savedKeys,
  saveFinding,
  setNote,
  setStatus,
  sourcesOf,
} from '../../lib/db/watchlist';
import { type Backup, makeBackup, restoreBackup } from '../../lib/export/backup';
import { findingSummary } from '../helpers/factories';
import { freshDbPerTest } from '../helpers/fresh-db';

const currentDb = freshDbPerTest('pending');
let db: WatchlistDb;
beforeEach(() => {
  db = currentDb();
});

const TODAY = '2026-06-10';
/** Open and done deadlines around TODAY, some snoozed, a document, one source each. */
function sampleBackup(count: number): Backup {
  const items: WatchItem[] = [];
  const sources: Backup['sources'] = [];
  for (let i = 0; i < count; i++) {
    const day = `2026-06-${String(1 + (i % 28)).padStart(2, '0')}`;
    const key = i % 7 === 0 ? `${i}/QD-UBND` : `deadline|${day}|${i}`;
    items.push({
      key,
      kind: i % 7 === 0 ? 'document' : 'deadline',
      text: key,
      due: i % 7 === 0 ? undefined : day,
      task: `báo cáo mục ${i}`,
      owners: ['Sở Y tế'],
      status: i % 5 === 0 ? 'done' : 'open',
      snoozedUntil: i % 11 === 0 ? '2026-06-20' : undefined,
      note: '',
      createdAt: 1_790_000_000_000 + i,
      updatedAt: 1_790_000_000_000 + i,
      search: '',
      site: 'a.gov.vn',
    } as WatchItem);
    sources.push({
      itemKey: key,
      url: `https://a.gov.vn/${i}`,
      title: 'Tin',
      seenAt: `${i}`,
      quote: 'q',
      prefix: '',
      suffix: '',
    });
  }
  return { format: 'vanban-watch-backup', version: 1, exportedAt: '', items, sources };
}

/** A restore whose records stay pending for the whole test (no timer moves them). */
async function restorePending(backup: Backup): Promise<void> {
  expect(await restoreBackup(db, JSON.stringify(backup), { settleDelayMs: 3_600_000 })).toMatchObject({ ok: true });
  expect(await db.pending.count()).toBeGreaterThan(0);
  expect(await db.items.count()).toBe(0);
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

describe('db/pending: a restore read before it is settled into the rows', () => {
  it('every read sees the restored list, and the same list once settled', async () => {
    await restorePending(sampleBackup(60));
    const read = async () => ({
      list: (await listItems(db)).sort(byKey),
      saved: await savedKeys(db, ['7/QD-UBND', 'deadline|2026-06-02|1', 'not saved']),
      sources: await sourcesOf(db, '7/QD-UBND'),
      first: (await firstOpenItems(db, 12)).items.map((item) => item.key),
      due: await dueSummary(db, TODAY, 7, 5),
      backup: (await makeBackup(db, new Date(0))).items.length,
    });
    const whilePending = await read();
    expect(whilePending.list).toHaveLength(60);
    expect(whilePending.saved).toEqual(['7/QD-UBND', 'deadline|2026-06-02|1']);
    expect(whilePending.sources.map((source) => source.url)).toEqual(['https://a.gov.vn/7']);
    expect(whilePending.first).toHaveLength(12);
    expect(whilePending.due.overdue + whilePending.due.dueSoon).toBeGreaterThan(0);
    expect(whilePending.due.snoozed).toBeGreaterThan(0);
    expect(whilePending.backup).toBe(60);
    await settlePending(db);
    expect([await db.pending.count(), await db.items.count(), await db.sources.count()]).toEqual([0, 60, 60]);
    // The index reads once settled give what the in-memory reads gave while pending.
    const settled = await read();
    expect({ ...settled, sources: settled.sources.map(({ id: _id, ...source }) => source) }).toEqual(whilePending);
  });

  it('a deletion before the settle stays deleted', async () => {
    await restorePending(sampleBackup(10));
    await removeItems(db, ['1/QD-UBND', 'deadline|2026-06-02|1']);
    await settlePending(db);
    expect(await savedKeys(db, ['deadline|2026-06-02|1'])).toEqual([]);
    expect(await listItems(db)).toHaveLength(9);
    expect(await sourcesOf(db, 'deadline|2026-06-02|1')).toEqual([]);
  });

  it('a correction, a note, a status and a new source before the settle are all kept', async () => {
    await restorePending(sampleBackup(10));
    const key = 'deadline|2026-06-03|2';
    expect(await editItem(db, key, { due: '2026-07-01', owners: ['Sở Tư pháp'] })).toBe(true);
    await setNote(db, key, 'gọi điện nhắc');
    await setStatus(db, [key], 'done');
    await saveFinding(db, findingSummary(key), {
      url: 'https://b.gov.vn/tin',
      title: 'Tin khác',
      seenAt: 'z',
      quote: 'q',
      prefix: '',
      suffix: '',
    });
    await settlePending(db);
    const item = (await listItems(db)).find((row) => row.key === key);
    expect(item).toMatchObject({ due: '2026-07-01', owners: ['Sở Tư pháp'], note: 'gọi điện nhắc', status: 'done' });
    expect((await sourcesOf(db, key)).map((source) => source.url)).toEqual([
      'https://a.gov.vn/2',
      'https://b.gov.vn/tin',
    ]);
  });

  it('an item added by hand before the settle sits beside the restored ones', async () => {
    await restorePending(sampleBackup(5));
    await addItem(db, { kind: 'deadline', due: '2026-06-12', task: 'nộp báo cáo quý' });
    expect(await db.pending.count()).toBe(0);
    expect(await listItems(db)).toHaveLength(6);
  });

  it('settling keeps a row newer than its pending copy', async () => {
    const backup = sampleBackup(3);
    await restorePending(backup);
    const first = backup.items[1] as WatchItem;
    // A row written behind the pending records' back, newer (as another settle could leave it).
    await db.items.put({ ...first, note: 'newer row', updatedAt: first.updatedAt + 1 });
    await settlePending(db);
    expect((await db.items.get(first.key))?.note).toBe('newer row');
    expect(await db.items.count()).toBe(3);
  });

  it('two contexts settling at once move every record exactly once', async () => {
    await restorePending(sampleBackup(40));
    const other = new WatchlistDb(db.name);
    try {
      await Promise.all([settlePending(db), settlePending(other), settlePending(db)]);
    } finally {
      other.close();
    }
    expect([await db.pending.count(), await db.items.count(), await db.sources.count()]).toEqual([0, 40, 40]);
  });

  it('a second restore while the first is pending compares against the pending copies', async () => {
    const backup = sampleBackup(4);
    await restorePending(backup);
    expect(await restoreBackup(db, JSON.stringify(backup), { settleDelayMs: 3_600_000 })).toEqual({
      ok: true,
      added: 0,
      updated: 0,
      skipped: 4,
    });
    await settlePending(db);
    expect([await db.items.count(), await db.sources.count()]).toEqual([4, 4]);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settlePending } from '../../lib/db/pending';
import { type PendingChunk, WatchlistDb } from '../../lib/db/schema';
import { saveFinding, setNote } from '../../lib/db/watchlist';
import { type Backup, makeBackup, parseBackup, restoreBackup } from '../../lib/export/backup';
import { BACKUP_LIMITS } from '../../lib/export/backup-schema';
import { describeRestore } from '../../lib/export/restore-message';
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

/** The rows once a restore's pending records are settled into them (db/pending.ts). */
const snapshot = async () => {
  await settlePending(db);
  return {
    items: await db.items.orderBy('key').toArray(),
    sources: (await db.sources.toArray())
      .map(({ id: _id, ...rest }) => rest)
      .sort((a, b) => a.url.localeCompare(b.url)),
  };
};
/** A restore, then its pending records settled into the rows. */
const restoreSettled = async (...args: Parameters<typeof restoreBackup>) => {
  const result = await restoreBackup(...args);
  await settlePending(db);
  return result;
};

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
    expect(await restoreSettled(db, JSON.stringify(backup))).toEqual({ ok: true, added: 0, updated: 1, skipped: 1 });
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
    vi.spyOn(db.pending, 'add').mockRejectedValue(full);
    expect(await restoreBackup(db, JSON.stringify(backup))).toMatchObject({
      ok: false,
      problem: 'storage',
      detail: 'storage is full',
    });
    expect([await db.items.count(), await db.pending.count()]).toEqual([0, 0]);
  });

  it('adds a known source only once when the same backup is restored twice', async () => {
    const text = JSON.stringify(await makeBackup(db));
    expect(await restoreBackup(db, text)).toEqual({ ok: true, added: 0, updated: 0, skipped: 2 });
    expect(await db.sources.count()).toBe(3);
  });

  describe('validates every field', () => {
    const withItems = (backup: Backup, edit: (items: Record<string, unknown>[]) => void) => {
      const copy = structuredClone(backup) as unknown as { items: Record<string, unknown>[] };
      edit(copy.items);
      return JSON.stringify(copy);
    };

    it.each<[string, Record<string, unknown>]>([
      ['a string typeName', { typeName: 'Chỉ thị' }],
      ['a number note', { note: 5 }],
      ['a string createdAt', { createdAt: '2026-11-20' }],
      ['a fractional updatedAt', { updatedAt: 1.5 }],
      ['an unknown status', { status: 'closed' }],
      ['an issuer that is not a list', { issuer: 'UBND' }],
      ['a due date that is not a day', { due: 'tomorrow' }],
      ['a note over the length limit', { note: 'x'.repeat(BACKUP_LIMITS.longText + 1) }],
      ['an empty key', { key: '' }],
    ])('refuses an item with %s and changes nothing', async (_label, change) => {
      const before = await snapshot();
      const text = withItems(await makeBackup(db), (items) => Object.assign(items[1] as object, change));
      const result = await restoreBackup(db, text);
      expect(result).toMatchObject({ ok: false, problem: 'badItem', detail: '2' });
      expect(describeRestore(result)).toBe(
        'Không khôi phục: mục thứ 2 trong tệp không hợp lệ. Danh sách không bị thay đổi.',
      );
      expect(await snapshot()).toEqual(before);
    });

    it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'not a url'])(
      'refuses a source whose URL is %s',
      async (url) => {
        const backup = await makeBackup(db);
        (backup.sources[2] as { url: string }).url = url;
        await db.items.clear();
        await db.sources.clear();
        const result = await restoreBackup(db, JSON.stringify(backup));
        expect(result).toMatchObject({ ok: false, problem: 'badSource', detail: '3' });
        expect([await db.items.count(), await db.sources.count()]).toEqual([0, 0]);
      },
    );

    it('drops fields it does not know and recomputes the search text', async () => {
      const text = withItems(await makeBackup(db), (items) => {
        const first = items.find((item) => item.key === '16/CT-TTG') as object;
        Object.assign(first, { search: 'planted', extra: '<img onerror=x>' });
      });
      await db.items.clear();
      expect(await restoreSettled(db, text)).toMatchObject({ ok: true, added: 2 });
      const item = (await db.items.get('16/CT-TTG')) as unknown as Record<string, unknown>;
      expect(item.extra).toBeUndefined();
      expect(item.search).not.toBe('planted');
      expect(item.search).toContain('ghi chu');
    });

    it('refuses more sources for one item than the limit', async () => {
      const backup = await makeBackup(db);
      const one = backup.sources[0] as Backup['sources'][number];
      backup.sources = Array.from({ length: BACKUP_LIMITS.sourcesPerItem + 1 }, (_, i) => ({
        ...one,
        url: `https://a.gov.vn/${i}`,
      }));
      expect(await restoreBackup(db, JSON.stringify(backup))).toMatchObject({ ok: false, problem: 'badSource' });
    });
  });

  it('keeps the newer of two copies of one item in the file, whichever comes first', async () => {
    const backup = await makeBackup(db);
    const original = backup.items.find((item) => item.key === '16/CT-TTG') as Backup['items'][number];
    const newer = { ...original, note: 'newer copy', updatedAt: original.updatedAt + 5_000 };
    const older = { ...original, note: 'older copy', updatedAt: original.updatedAt + 1_000 };
    await db.items.clear();
    for (const order of [
      [newer, older],
      [older, newer],
    ]) {
      await db.items.clear();
      backup.items = [...order, ...backup.items.filter((item) => item.key !== '16/CT-TTG')];
      expect(await restoreSettled(db, JSON.stringify(backup))).toMatchObject({ ok: true, added: 2 });
      expect((await db.items.get('16/CT-TTG'))?.note).toBe('newer copy');
    }
  });

  describe('size limits', { timeout: 30_000 }, () => {
    it('refuses a file over the size limit without reading it', async () => {
      const file = new Blob([new Uint8Array(BACKUP_LIMITS.fileBytes + 1)]);
      const read = vi.spyOn(file, 'text');
      const result = await restoreBackup(db, file);
      expect(result).toMatchObject({ ok: false, problem: 'tooLarge', detail: '32' });
      expect(read).not.toHaveBeenCalled();
      expect(describeRestore(result)).toBe(
        'Không khôi phục: tệp lớn hơn giới hạn 32 MB của một bản sao lưu. Danh sách không bị thay đổi.',
      );
    });

    it('refuses a valid backup whose text is over the size limit', async () => {
      const padded = `${JSON.stringify(await makeBackup(db))}${' '.repeat(BACKUP_LIMITS.fileBytes)}`;
      const before = await snapshot();
      expect(await restoreBackup(db, padded)).toMatchObject({ ok: false, problem: 'tooLarge' });
      expect(await snapshot()).toEqual(before);
    });

    /** A backup of `count` minimal valid items, as text. */
    const minimalBackup = (count: number) => {
      const item = (i: number) =>
        `{"key":"${i}","kind":"date","text":"","status":"open","note":"","createdAt":0,"updatedAt":0}`;
      const items = Array.from({ length: count }, (_, i) => item(i)).join(',');
      return `{"format":"vanban-watch-backup","version":1,"exportedAt":"","items":[${items}],"sources":[]}`;
    };

    it('refuses a million-item file by its size, with a clear message, and changes nothing', async () => {
      const file = new Blob([minimalBackup(1_000_000)]);
      const before = await snapshot();
      const result = await restoreBackup(db, file);
      expect(result).toMatchObject({ ok: false, problem: 'tooLarge' });
      expect(describeRestore(result)).toMatch(/^Không khôi phục: tệp lớn hơn giới hạn \d+ MB/);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a file under the size limit with more items than the limit', async () => {
      const before = await snapshot();
      const result = await restoreBackup(db, minimalBackup(BACKUP_LIMITS.items + 1));
      expect(result).toMatchObject({ ok: false, problem: 'tooMany' });
      expect(describeRestore(result)).toBe(
        `Không khôi phục: tệp có nhiều hơn ${BACKUP_LIMITS.items} mục, quá giới hạn của một bản sao lưu. Danh sách không bị thay đổi.`,
      );
      expect(await snapshot()).toEqual(before);
    });

    it('accepts exactly as many items as the limit', async () => {
      const parsed = await parseBackup(minimalBackup(BACKUP_LIMITS.items));
      expect(parsed.ok && parsed.backup.items.length).toBe(BACKUP_LIMITS.items);
    });
  });

  // Thousands of rows through fake-indexeddb: seconds on a loaded machine, more than the 5 s default.
  describe('large restores', { timeout: 30_000 }, () => {
    /** `count` items like saved ones, one source each. */
    function bigBackup(count: number): Backup {
      const items: Backup['items'] = [];
      const sources: Backup['sources'] = [];
      for (let i = 0; i < count; i++) {
        const key = `${i}/QD-UBND`;
        items.push({
          key,
          kind: 'document',
          text: `${i}/QĐ-UBND`,
          typeName: { id: 'quyet-dinh', vi: 'Quyết định', en: 'Decision' },
          issuer: ['UBND'],
          status: 'open',
          note: i % 3 ? '' : 'Ghi chú, có "ngoặc"',
          createdAt: 1_790_000_000_000 + i,
          updatedAt: 1_790_000_000_000 + i,
          search: '',
          site: 'a.gov.vn',
        });
        sources.push({
          itemKey: key,
          url: `https://a.gov.vn/${i}`,
          title: `Tin ${i}`,
          seenAt: '',
          quote: 'q',
          prefix: '',
          suffix: '',
        });
      }
      return { format: 'vanban-watch-backup', version: 1, exportedAt: '', items, sources };
    }

    it('reports progress through the checks, then through the writes', async () => {
      // A slow machine: every look at the clock finds a slice's time gone, so the checks yield.
      let clock = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => (clock += 50));
      const calls: [number, number, string][] = [];
      const result = await restoreBackup(db, JSON.stringify(bigBackup(5_000)), {
        onProgress: (done, total, phase) => calls.push([done, total, phase]),
      });
      expect(result).toMatchObject({ ok: true, added: 5_000 });
      const checks = calls.filter(([, , phase]) => phase === 'check');
      const writes = calls.filter(([, , phase]) => phase === 'write');
      // Checks first, over the file's 10,000 records; then writes, over the 5,000 items and 5,000 new sources.
      expect(calls).toEqual([...checks, ...writes]);
      expect(checks.length).toBeGreaterThan(3);
      expect(checks.every(([, total]) => total === 10_000)).toBe(true);
      expect(checks[checks.length - 1]).toEqual([10_000, 10_000, 'check']);
      expect(writes.length).toBeGreaterThan(3);
      expect(writes[writes.length - 1]).toEqual([10_000, 10_000, 'write']);
      for (const phase of [checks, writes]) {
        const done = phase.map(([count]) => count);
        expect(done).toEqual([...done].sort((a, b) => a - b));
      }
    });

    it('checks a file that takes less than a slice of time at once, without yielding', async () => {
      vi.spyOn(performance, 'now').mockReturnValue(0);
      const onProgress = vi.fn();
      const parsed = await parseBackup(JSON.stringify(bigBackup(5_000)), onProgress);
      expect(parsed.ok).toBe(true);
      expect(onProgress).not.toHaveBeenCalled();
    });

    it('restores a small file at once, without progress', async () => {
      const onProgress = vi.fn();
      expect(await restoreBackup(db, JSON.stringify(bigBackup(10)), { onProgress })).toMatchObject({ ok: true });
      expect(onProgress).not.toHaveBeenCalled();
    });

    it('restores 10,000 items into an empty list as a few large pending chunks, then settles them in bulk', async () => {
      await db.items.clear();
      await db.sources.clear();
      const rowWrites = [
        ...['get', 'put', 'add', 'bulkGet', 'toArray', 'bulkPut'].map((name) =>
          vi.spyOn(db.items, name as 'get' | 'put' | 'add' | 'bulkGet' | 'toArray' | 'bulkPut'),
        ),
        ...['add', 'put', 'bulkAdd'].map((name) => vi.spyOn(db.sources, name as 'add' | 'put' | 'bulkAdd')),
      ];
      const chunkWrites = vi.spyOn(db.pending, 'add');
      const result = await restoreBackup(db, JSON.stringify(bigBackup(10_000)));
      expect(result).toEqual({ ok: true, added: 10_000, updated: 0, skipped: 0 });
      // The restore itself: no row read or written, 20,000 records in 20 requests, not 20,000.
      expect(rowWrites.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
      const chunks = chunkWrites.mock.calls.map(([chunk]) => chunk as PendingChunk);
      expect(chunks.length).toBe(20);
      expect(chunks.reduce((sum, chunk) => sum + chunk.items.length + chunk.sources.length, 0)).toBe(20_000);
      // Settling: one bulk write per table, and nothing left pending.
      await settlePending(db);
      const [, , , , , bulkPut, , , bulkAdd] = rowWrites;
      expect([bulkPut?.mock.calls.length, bulkAdd?.mock.calls.length]).toEqual([1, 1]);
      expect([await db.items.count(), await db.sources.count(), await db.pending.count()]).toEqual([10_000, 10_000, 0]);
    });

    it('merges 10,000 items into a full list with one read of the table, not one per key', async () => {
      const text = JSON.stringify(bigBackup(10_000));
      await restoreSettled(db, text);
      const toArray = vi.spyOn(db.items, 'toArray');
      const bulkGet = vi.spyOn(db.items, 'bulkGet');
      const get = vi.spyOn(db.items, 'get');
      expect(await restoreBackup(db, text)).toEqual({ ok: true, added: 0, updated: 0, skipped: 10_000 });
      expect([toArray.mock.calls.length, bulkGet.mock.calls.length, get.mock.calls.length]).toEqual([1, 0, 0]);
      expect(await db.sources.count()).toBe(10_003);
    });

    it('looks up only its own keys when a small file goes into a large list', async () => {
      await restoreSettled(db, JSON.stringify(bigBackup(1_000)));
      const small = bigBackup(3);
      const first = small.items[0] as Backup['items'][number];
      first.updatedAt += 1; // newer in the file: updated
      const toArray = vi.spyOn(db.items, 'toArray');
      const bulkGet = vi.spyOn(db.items, 'bulkGet');
      expect(await restoreBackup(db, JSON.stringify(small))).toEqual({ ok: true, added: 0, updated: 1, skipped: 2 });
      expect([toArray.mock.calls.length, bulkGet.mock.calls.length]).toEqual([0, 1]);
    });

    describe('all or nothing when a write fails half way', () => {
      const full = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      /** Lets the first `passing` chunks through, then fails the next one. */
      const failSliceAfter = (passing: number) => {
        const real = db.pending.add.bind(db.pending);
        let calls = 0;
        return vi
          .spyOn(db.pending, 'add')
          .mockImplementation(((chunk: PendingChunk) =>
            ++calls > passing ? Promise.reject(full()) : real(chunk)) as typeof db.pending.add);
      };

      it('into an empty list: nothing is written', async () => {
        await db.items.clear();
        await db.sources.clear();
        const spy = failSliceAfter(3);
        const result = await restoreBackup(db, JSON.stringify(bigBackup(10_000)));
        expect(result).toMatchObject({ ok: false, problem: 'storage', detail: 'storage is full' });
        expect(spy.mock.calls.length).toBeGreaterThan(3); // slices were written before the failure
        expect([await db.items.count(), await db.sources.count(), await db.pending.count()]).toEqual([0, 0, 0]);
      });

      it('into a full list: the list stays exactly as it was', async () => {
        const backup = bigBackup(5_000);
        await restoreSettled(db, JSON.stringify(backup));
        const before = await snapshot();
        for (const item of backup.items) {
          item.updatedAt += 1;
          item.note = 'from the file';
        }
        failSliceAfter(2);
        expect(await restoreBackup(db, JSON.stringify(backup))).toMatchObject({ ok: false, problem: 'storage' });
        expect(await snapshot()).toEqual(before);
      });
    });
  });
});

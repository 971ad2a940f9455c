import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORES_V1, type WatchItem, WatchlistDb } from '../../lib/db/schema';
import {
  addItem,
  dueSummary,
  editItem,
  removeItems,
  restoreItems,
  savedKeys,
  saveFinding,
  setNote,
  setStatus,
  sourcesOf,
} from '../../lib/db/watchlist';
import type { DateMention } from '../../lib/extract/types';
import type { FindingSource, FindingSummary } from '../../lib/watchlist/types';

let db: WatchlistDb;
let counter = 0;
beforeEach(async () => {
  db = new WatchlistDb(`test-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const source = (url: string, quote = 'Kế hoạch số 45-KH/TU'): FindingSource => ({
  url,
  title: 'Tin',
  seenAt: '2026-11-20T01:00:00.000Z',
  quote,
  prefix: 'trước ',
  suffix: ' sau',
});

const document45: FindingSummary = {
  key: '45-KH/TU',
  watchKey: '45-KH/TU',
  category: 'reference',
  text: 'Kế hoạch số 45-KH/TU',
  count: 1,
  first: 0,
  sentence: 'Tỉnh ủy ban hành Kế hoạch số 45-KH/TU.',
  prefix: '',
  suffix: '',
  documentKey: null,
  reference: {
    text: 'Kế hoạch số 45-KH/TU',
    start: 0,
    end: 20,
    code: '45-KH/TU',
    key: '45-KH/TU',
    family: 'party',
    type: 'Kế hoạch',
    typeName: { id: 'ke-hoach', vi: 'Kế hoạch', en: 'Plan' },
    issuer: ['TU'],
    issuerName: { vi: 'Tỉnh ủy / Thành ủy', en: 'Provincial Party Committee' },
    year: null,
    issued: '2026-11-16',
    confidence: 'high',
  },
};

const deadline = (value: string, due: string, more: Partial<DateMention> = {}): FindingSummary => ({
  key: `date:deadline:${value}`,
  watchKey: `deadline|${value}|x`,
  category: 'deadline',
  text: `ngày ${value}`,
  count: 1,
  first: 1,
  sentence: `Báo cáo trước ngày ${value}.`,
  prefix: '',
  suffix: '',
  documentKey: '45-KH/TU',
  date: { text: `ngày ${value}`, start: 0, end: 10, value, kind: 'deadline', due, ...more },
});

describe('db/watchlist', () => {
  it('saves a document with its source; saving again from another page adds a source, never a duplicate', async () => {
    expect(await saveFinding(db, document45, source('https://a.gov.vn/1'))).toEqual({ ok: true, saved: true });
    expect(await saveFinding(db, document45, source('https://a.gov.vn/1'))).toEqual({ ok: true, saved: true });
    expect(await saveFinding(db, document45, source('https://baochinhphu.vn/2'))).toEqual({ ok: true, saved: true });
    expect(await db.items.count()).toBe(1);
    expect((await sourcesOf(db, '45-KH/TU')).map((s) => s.url)).toEqual([
      'https://a.gov.vn/1',
      'https://baochinhphu.vn/2',
    ]);
    const item = await db.items.get('45-KH/TU');
    expect(item).toMatchObject({
      kind: 'document',
      code: '45-KH/TU',
      status: 'open',
      issued: '2026-11-16',
      site: 'a.gov.vn',
    });
    expect(item?.search).toContain('ke hoach');
  });

  it('loses nothing when two tabs save at once', async () => {
    const results = await Promise.all([
      saveFinding(db, document45, source('https://a.gov.vn/1')),
      saveFinding(db, document45, source('https://b.gov.vn/2')),
      saveFinding(db, deadline('2026-12-20', '2026-12-20'), source('https://b.gov.vn/2', 'ngày 2026-12-20')),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.items.count()).toBe(2);
    expect(await db.sources.count()).toBe(3);
  });

  it('tells which keys are saved, changes status and notes, removes and restores', async () => {
    await saveFinding(db, document45, source('https://a.gov.vn/1'));
    await saveFinding(db, deadline('2026-12-20', '2026-12-20'), source('https://a.gov.vn/1', 'x'));
    expect(await savedKeys(db, ['45-KH/TU', 'nope'])).toEqual(['45-KH/TU']);
    await setStatus(db, ['45-KH/TU'], 'done');
    await setNote(db, '45-KH/TU', 'Hỏi lại Văn phòng');
    expect(await db.items.get('45-KH/TU')).toMatchObject({ status: 'done', note: 'Hỏi lại Văn phòng' });
    expect((await db.items.get('45-KH/TU'))?.search).toContain('hoi lai van phong');

    const removed = await removeItems(db, ['45-KH/TU', 'deadline|2026-12-20|x']);
    expect([await db.items.count(), await db.sources.count()]).toEqual([0, 0]);
    await restoreItems(db, removed);
    expect([await db.items.count(), await db.sources.count()]).toEqual([2, 2]);
    expect(await db.items.get('45-KH/TU')).toMatchObject({ status: 'done', note: 'Hỏi lại Văn phòng' });
  });

  it('undo merges into an item saved again since the delete: sources add up, newer fields win', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T01:00:00Z'));
    await saveFinding(db, document45, source('https://a.gov.vn/1'));
    await saveFinding(db, document45, source('https://b.gov.vn/2'));
    await setNote(db, '45-KH/TU', 'ghi chú cũ');
    const removed = await removeItems(db, ['45-KH/TU']);

    vi.setSystemTime(new Date('2026-11-20T02:00:00Z'));
    // Saved again before the undo: one page it was already seen on, one new page.
    await saveFinding(db, document45, source('https://a.gov.vn/1'));
    await saveFinding(db, document45, source('https://c.gov.vn/3'));
    await setStatus(db, ['45-KH/TU'], 'done');
    vi.useRealTimers();

    await restoreItems(db, removed);
    const item = await db.items.get('45-KH/TU');
    // The copy saved again is newer: its status and note stay; it was first saved at the old time.
    expect(item).toMatchObject({ status: 'done', note: '', createdAt: Date.parse('2026-11-20T01:00:00Z') });
    expect((await sourcesOf(db, '45-KH/TU')).map((s) => s.url).sort()).toEqual([
      'https://a.gov.vn/1',
      'https://b.gov.vn/2',
      'https://c.gov.vn/3',
    ]);
  });

  it('undo keeps the deleted copy when it is the newer one', async () => {
    await saveFinding(db, document45, source('https://a.gov.vn/1'));
    await setNote(db, '45-KH/TU', 'ghi chú');
    const removed = await removeItems(db, ['45-KH/TU']);
    await saveFinding(db, document45, source('https://a.gov.vn/1'));
    const resaved = (await db.items.get('45-KH/TU')) as WatchItem;
    await db.items.put({ ...resaved, updatedAt: 0 });
    await restoreItems(db, removed);
    expect(await db.items.get('45-KH/TU')).toMatchObject({ note: 'ghi chú' });
    expect(await db.sources.count()).toBe(1);
  });

  it('counts overdue and soon-due open deadlines', async () => {
    await saveFinding(db, deadline('2026-11-01', '2026-11-01'), source('https://a.gov.vn/1', 'a'));
    await saveFinding(db, deadline('2026-11-27', '2026-11-27'), source('https://a.gov.vn/1', 'b'));
    await saveFinding(db, deadline('2026-12-31', '2026-12-31'), source('https://a.gov.vn/1', 'c'));
    await saveFinding(db, deadline('2026-11-25', '2026-11-25'), source('https://a.gov.vn/1', 'd'));
    await setStatus(db, ['deadline|2026-11-25|x'], 'done');
    const summary = await dueSummary(db, '2026-11-24');
    expect([summary.overdue, summary.dueSoon]).toEqual([1, 1]);
    expect(summary.next.map((item) => item.due)).toEqual(['2026-11-01', '2026-11-27', '2026-12-31']);
  });

  it('reports a full disk clearly and writes nothing', async () => {
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.sources, 'add').mockRejectedValueOnce(quota);
    const result = await saveFinding(db, document45, source('https://a.gov.vn/1'));
    spy.mockRestore();
    expect(result).toEqual({ ok: false, error: 'storage is full' });
    expect(await db.items.count()).toBe(0);
  });

  it('upgrades a version 1 database without losing anything', async () => {
    const name = `upgrade-${++counter}`;
    const fixture = JSON.parse(readFileSync('tests/db/fixtures/v1.json', 'utf8'));
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    await old.table('items').bulkAdd(fixture.items);
    await old.table('sources').bulkAdd(fixture.sources);
    old.close();

    const upgraded = new WatchlistDb(name);
    const items = await upgraded.items.orderBy('key').toArray();
    expect(items).toHaveLength(fixture.items.length);
    for (const original of fixture.items) {
      expect(items.find((item) => item.key === original.key)).toMatchObject(original);
    }
    expect(items.find((item) => item.key === '45-KH/TU')).toMatchObject({ site: 'tinhuy.songhong.gov.vn' });
    expect(items.find((item) => item.key === '45-KH/TU')?.search).toContain('theo doi sat');
    // Version 3: every item has the task fields, empty where the old save had none.
    expect(items.every((item) => item.task === null && Array.isArray(item.owners) && item.recurrence === null)).toBe(
      true,
    );
    expect(await upgraded.sources.count()).toBe(fixture.sources.length);
    await upgraded.delete();
  });

  it('keeps a deadline’s task, owners and document, and finds it by them', async () => {
    const task = { text: 'gửi báo cáo kết quả về Sở Nội vụ', start: 20, end: 52 };
    const owners = [{ text: 'Ủy ban nhân dân các huyện', start: 0, end: 25 }];
    await saveFinding(
      db,
      deadline('2027-01-30', '2027-01-30', { task, owners, document: '12-KH/UBND' }),
      source('https://a.gov.vn/1', 'x'),
    );
    const [item] = await db.items.toArray();
    expect(item).toMatchObject({ task: task.text, owners: [owners[0]?.text], documentKey: '12-KH/UBND' });
    expect(item?.search).toContain('uy ban nhan dan cac huyen');
  });

  it('keeps a correction by hand when the same deadline is saved again from another page', async () => {
    const found = deadline('2027-01-30', '2027-01-30', { owners: [{ text: 'Sở Tài chính', start: 0, end: 12 }] });
    await saveFinding(db, found, source('https://a.gov.vn/1', 'x'));
    expect(await editItem(db, found.watchKey, { due: '2027-02-15', owners: ['Sở Nội vụ'], task: 'nộp kế hoạch' })).toBe(
      true,
    );
    await saveFinding(db, found, source('https://b.gov.vn/2', 'x'));
    const item = await db.items.get(found.watchKey);
    expect(item).toMatchObject({ due: '2027-02-15', owners: ['Sở Nội vụ'], task: 'nộp kế hoạch' });
    expect(item?.edited?.sort()).toEqual(['due', 'owners', 'task']);
    expect(item?.search).toContain('so noi vu');
    expect(await sourcesOf(db, found.watchKey)).toHaveLength(2);
    // The due index follows the correction.
    expect(await db.items.where('due').equals('2027-02-15').count()).toBe(1);
  });

  it('snoozes without calling it a correction, and says when the item is gone', async () => {
    const found = deadline('2027-01-30', '2027-01-30');
    await saveFinding(db, found, source('https://a.gov.vn/1', 'x'));
    await editItem(db, found.watchKey, { snoozedUntil: '2027-01-20' });
    expect(await db.items.get(found.watchKey)).toMatchObject({ snoozedUntil: '2027-01-20', edited: [] });
    expect(await editItem(db, 'nothing', { note: 'x' })).toBe(false);
  });

  it('a kind corrected to a plain date stops being a deadline', async () => {
    const found = deadline('2027-01-30', '2027-01-30');
    await saveFinding(db, found, source('https://a.gov.vn/1', 'x'));
    await editItem(db, found.watchKey, { kind: 'date' });
    expect(await db.items.get(found.watchKey)).toMatchObject({ kind: 'date', dateKind: 'other' });
  });

  it('adds a deadline by hand, with or without the page it was selected on; the same one twice merges', async () => {
    const draft = {
      kind: 'deadline' as const,
      due: '2027-03-01',
      task: 'Gửi báo cáo quý',
      owners: [' Phòng Tư pháp ', ''],
    };
    const key = await addItem(db, draft);
    expect(await addItem(db, draft, source('https://news.example.com/a', 'Gửi báo cáo quý'))).toBe(key);
    const item = await db.items.get(key);
    expect(item).toMatchObject({
      kind: 'deadline',
      due: '2027-03-01',
      task: 'Gửi báo cáo quý',
      owners: ['Phòng Tư pháp'],
      manual: true,
      status: 'open',
    });
    expect(item?.search).toContain('phong tu phap');
    expect(await sourcesOf(db, key)).toHaveLength(1);
    expect(await addItem(db, { ...draft, task: 'Việc khác' })).not.toBe(key);
  });

  it('a recurring deadline falls due at its next occurrence; marked done, it moves on to the one after', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 30, 9)); // 30/11/2026, local time
    try {
      const monthly = deadline('R/P1M', null as unknown as string, {
        due: null,
        recurrence: { every: 'month', day: 20, month: null },
      });
      await saveFinding(db, monthly, source('https://a.gov.vn/1', 'x'));
      expect(await db.items.get(monthly.watchKey)).toMatchObject({ due: '2026-12-20', status: 'open' });
      await setStatus(db, [monthly.watchKey], 'done');
      expect(await db.items.get(monthly.watchKey)).toMatchObject({ due: '2027-01-20', status: 'open' });
      // A one-off deadline is simply done.
      const once = deadline('2026-12-01', '2026-12-01');
      await saveFinding(db, once, source('https://a.gov.vn/1', 'y'));
      await setStatus(db, [once.watchKey], 'done');
      expect(await db.items.get(once.watchKey)).toMatchObject({ due: '2026-12-01', status: 'done' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('an overdue recurring deadline marked done moves to the first occurrence after today', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 10, 9)); // 10/11/2026
    try {
      const monthly = deadline('R/P1M', null as unknown as string, {
        due: null,
        recurrence: { every: 'month', day: 20, month: null },
      });
      await saveFinding(db, monthly, source('https://a.gov.vn/1', 'x'));
      await db.items.update(monthly.watchKey, { due: '2026-09-20' });
      await setStatus(db, [monthly.watchKey], 'done');
      expect(await db.items.get(monthly.watchKey)).toMatchObject({ due: '2026-11-20', status: 'open' });
    } finally {
      vi.useRealTimers();
    }
  });
});

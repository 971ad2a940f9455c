/**
 * Export benchmark (part of `npm run bench`): the pure formatters on 10,000 watchlist items in Node,
 * and backup → restore through Dexie on fake-indexeddb (an in-memory stand-in, slower than the
 * browser's IndexedDB; the real-browser numbers come from `page.ts`). Target (issue 7): CSV export of
 * 10,000 items under 300 ms.
 */
import 'fake-indexeddb/auto';
import { WatchlistDb } from '../../lib/db/schema';
import { makeBackup, restoreBackup } from '../../lib/export/backup';
import { CSV_LABELS_VI, toCsv } from '../../lib/export/csv';
import { toIcs } from '../../lib/export/ics';
import type { ItemSource, WatchItem } from '../../lib/watchlist/types';

const COUNT = 10_000;

/** 10,000 items like real ones: half deadlines, notes with commas and quotes, one source each. */
function buildItems(): { items: WatchItem[]; sources: ItemSource[] } {
  const items: WatchItem[] = [];
  const sources: ItemSource[] = [];
  for (let i = 0; i < COUNT; i++) {
    const deadline = i % 2 === 0;
    const due = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const key = deadline ? `deadline|${due}|${i}` : `${i}/QD-UBND`;
    items.push({
      key,
      kind: deadline ? 'deadline' : 'document',
      text: deadline ? `trước ngày ${due}` : `Quyết định số ${i}/QĐ-UBND`,
      due: deadline ? due : null,
      value: deadline ? due : undefined,
      sentence: `Các sở, ngành báo cáo kết quả thực hiện "Kế hoạch số ${i}-KH/TU" trước ngày ${due}.`,
      typeName: deadline ? null : { id: 'quyet-dinh', vi: 'Quyết định', en: 'Decision' },
      issuer: deadline ? [] : ['UBND'],
      status: i % 5 === 0 ? 'done' : 'open',
      note: i % 3 === 0 ? 'Ghi chú, có "ngoặc" và\nxuống dòng' : '',
      createdAt: 1_790_000_000_000 + i,
      updatedAt: 1_790_000_000_000 + i,
      search: `bao cao muc ${i}`,
      site: 'tinhuy.songhong.gov.vn',
    });
    sources.push({
      itemKey: key,
      url: `https://tinhuy.songhong.gov.vn/tin/${i}`,
      title: `Tin số ${i}`,
      seenAt: '2026-11-20T00:00:00.000Z',
      quote: 'q',
      prefix: '',
      suffix: '',
    });
  }
  return { items, sources };
}

async function bestOf(runs: number, work: () => unknown): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const { items, sources } = buildItems();
const byKey = new Map(sources.map((source) => [source.itemKey, [source]]));
const csvMs = await bestOf(5, () => toCsv(items, byKey, CSV_LABELS_VI, 'vi'));
const csvBytes = new TextEncoder().encode(toCsv(items, byKey, CSV_LABELS_VI, 'vi')).length;
const icsMs = await bestOf(5, () => toIcs(items, byKey, 'VănBản Watch'));

const db = new WatchlistDb('bench-export');
await db.transaction('rw', db.items, db.sources, async () => {
  await db.items.bulkAdd(items);
  await db.sources.bulkAdd(sources);
});
let backupText = '';
const backupMs = await bestOf(3, async () => {
  backupText = JSON.stringify(await makeBackup(db), null, 1);
});
const intoEmpty = await bestOf(3, async () => {
  await db.items.clear();
  await db.sources.clear();
  const result = await restoreBackup(db, backupText);
  if (!result.ok || result.added !== COUNT) throw new Error(`restore went wrong: ${JSON.stringify(result)}`);
});
const intoFull = await bestOf(3, () => restoreBackup(db, backupText));
await db.delete();

console.log(`export of ${COUNT.toLocaleString('en')} items (Node, pure formatters):`);
console.log(
  `  CSV ${csvMs.toFixed(1)} ms (${(csvBytes / 1e6).toFixed(2)} MB), ICS of the open deadlines ${icsMs.toFixed(1)} ms`,
);
console.log(
  `  backup ${backupMs.toFixed(0)} ms (${(backupText.length / 1e6).toFixed(2)} MB JSON); restore into an empty list ${intoEmpty.toFixed(0)} ms,` +
    ` into the same list (all skipped) ${intoFull.toFixed(0)} ms  [Dexie on fake-indexeddb]`,
);
console.log(`targets: CSV of 10,000 items under 300 ms ${csvMs < 300 ? 'ok' : 'MISSED'}`);

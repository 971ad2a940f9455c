import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type WatchItem, WatchlistDb } from '../../lib/db/schema';
import { firstOpenItems, listItems } from '../../lib/db/watchlist';
import { documentCodes } from '../../lib/watchlist/columns';
import { applyFilter, OPEN_FILTER } from '../../lib/watchlist/view';

let db: WatchlistDb;
let counter = 0;
beforeEach(async () => {
  db = new WatchlistDb(`first-items-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** A small deterministic generator (mulberry32), so a failure names the same list every run. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
  };
}

/**
 * Items that make the default order work: kinds, statuses, many on the same day, several saved at
 * the same millisecond, undated items, an empty due day, documents named by deadlines.
 */
function mixedItems(total: number, seed: number, datedShare = 3): WatchItem[] {
  const next = random(seed);
  return Array.from({ length: total }, (_, i) => {
    const kind = (['deadline', 'date', 'document'] as const)[next(3)];
    const dated = kind !== 'document' && next(datedShare + 1) > 0;
    // Few distinct days: the rows a screen takes often end inside one day.
    const day = `2026-${String(1 + next(2)).padStart(2, '0')}-${String(1 + next(3)).padStart(2, '0')}`;
    const due = !dated ? null : next(15) === 0 ? '' : day;
    return {
      key: `${kind}|${String(next(1000)).padStart(3, '0')}|${i}`,
      kind,
      text: kind === 'document' ? `${i}/QĐ-UBND` : `ngày ${day}`,
      due: kind === 'document' ? undefined : due,
      documentKey: kind === 'document' ? undefined : `document|${String(next(1000)).padStart(3, '0')}|${next(total)}`,
      status: next(4) === 0 ? 'done' : 'open',
      note: '',
      // Few distinct times: ties on the saving time are common.
      createdAt: 1_700_000_000_000 + next(6) * 1000,
      updatedAt: 1_700_000_000_000,
      search: `muc ${i}`,
      site: 'tinhuy.songhong.gov.vn',
    } as WatchItem;
  });
}

/** What the page shows over the whole list, cut to `count` rows. */
async function headOfWholeList(count: number): Promise<string[]> {
  return applyFilter(await listItems(db), OPEN_FILTER)
    .slice(0, count)
    .map((item) => item.key);
}

describe('db/firstOpenItems', () => {
  it('reads exactly the head of the whole list in the page’s default order, for every screen size', async () => {
    for (const [seed, datedShare] of [
      [1, 3],
      [2, 3],
      [3, 0],
      [4, 1],
    ] as const) {
      await db.items.clear();
      await db.items.bulkAdd(mixedItems(240, seed, datedShare));
      for (const count of [1, 2, 7, 14, 20, 60, 150, 400]) {
        const first = await firstOpenItems(db, count);
        expect(
          first.items.map((item) => item.key),
          `seed ${seed}, ${count} rows`,
        ).toEqual(await headOfWholeList(count));
      }
    }
  });

  it('brings the saved documents its deadlines belong to, so their codes read as written', async () => {
    const items = mixedItems(120, 7);
    // Half the deadlines name a saved document.
    const documents = items.filter((item) => item.kind === 'document');
    items.forEach((item, i) => {
      if (item.kind !== 'document' && i % 2 === 0) item.documentKey = documents[i % documents.length]?.key ?? null;
    });
    await db.items.bulkAdd(items);
    const first = await firstOpenItems(db, 30);
    const all = await listItems(db);
    const codes = documentCodes(all);
    const firstCodes = documentCodes(first.documents);
    const named = first.items.filter((item) => item.documentKey && codes.has(item.documentKey));
    expect(named.length).toBeGreaterThan(0);
    for (const item of named)
      expect(firstCodes.get(item.documentKey as string)).toBe(codes.get(item.documentKey as string));
  });

  it('reads nothing for an empty list or no rows', async () => {
    expect((await firstOpenItems(db, 10)).items).toEqual([]);
    await db.items.bulkAdd(mixedItems(20, 9));
    expect((await firstOpenItems(db, 0)).items).toEqual([]);
  });
});

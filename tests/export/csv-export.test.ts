// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WatchlistDb } from '../../lib/db/schema';
import { listItems, saveFinding } from '../../lib/db/watchlist';
import { watchlistFiles } from '../../lib/export/export-watchlist';
import { findingSummary } from '../helpers/factories';

let db: WatchlistDb;
let counter = 0;
/** The text of every file handed to the download. */
let downloaded: Promise<string>[] = [];

const source = (url: string) => ({
  url,
  title: 'Tin',
  seenAt: '2026-11-20T00:00:00Z',
  quote: 'q',
  prefix: '',
  suffix: '',
});

beforeEach(async () => {
  db = new WatchlistDb(`csv-export-${++counter}`);
  downloaded = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    downloaded.push((blob as Blob).text());
    return 'blob:test';
  });
  // One millisecond apart, so "newest saved first" does not depend on how fast the machine saves.
  const now = vi.spyOn(Date, 'now');
  for (const n of [1, 2, 3]) {
    now.mockReturnValue(Date.UTC(2026, 10, 20) + n);
    await saveFinding(db, findingSummary(`${n}-KH/TU`), source(`https://a.gov.vn/${n}`));
  }
  now.mockRestore();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** Source URLs by code, from the CSV's rows. */
async function urlsInCsv(file: Promise<string> | undefined): Promise<Record<string, string>> {
  const rows = Papa.parse<string[]>(((await file) ?? '').replace(/^\uFEFF/, '')).data.slice(1);
  return Object.fromEntries(rows.filter((row) => row.length > 1).map((row) => [row[1], row[14]]));
}

describe('export/export-watchlist CSV from the watchlist page', () => {
  it('writes every item with its sources from memory once kept, reading no source on the click, and stays live', async () => {
    const files = watchlistFiles(db, 'vi', '2026-11-24', 'Hạn chót');
    const stop = files.keepSources();
    const all = await listItems(db);
    // The kept sources arrive through a live query; from then on a click reads none.
    const read = vi.spyOn(db.sources, 'orderBy');
    await vi.waitFor(async () => {
      const before = read.mock.calls.length;
      await files.exportAllCsv(all);
      expect(read.mock.calls.length).toBe(before);
    });
    read.mockRestore();
    expect(await urlsInCsv(downloaded.at(-1))).toEqual({
      '1-KH/TU': 'https://a.gov.vn/1',
      '2-KH/TU': 'https://a.gov.vn/2',
      '3-KH/TU': 'https://a.gov.vn/3',
    });
    // A second source saved elsewhere shows in the next export, one per line in the cell.
    await saveFinding(db, findingSummary('2-KH/TU'), source('https://b.gov.vn/2'));
    await vi.waitFor(async () => {
      await files.exportAllCsv(all);
      expect((await urlsInCsv(downloaded.at(-1)))['2-KH/TU']).toBe('https://a.gov.vn/2\nhttps://b.gov.vn/2');
    });
    stop();
  });

  it('reads the sources on the click when none are kept: the same file', async () => {
    const files = watchlistFiles(db, 'vi', '2026-11-24', 'Hạn chót');
    const read = vi.spyOn(db.sources, 'orderBy');
    await files.exportAllCsv();
    expect(read).toHaveBeenCalledTimes(1);
    // Undated items: the newest saved first.
    expect(Object.keys(await urlsInCsv(downloaded.at(-1)))).toEqual(['3-KH/TU', '2-KH/TU', '1-KH/TU']);
  });
});

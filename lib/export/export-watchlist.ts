/**
 * Exports and restores from the extension's pages: reads the database, builds the file with the
 * pure formatters, and hands it to the browser's download.
 */
import type { WatchlistDb } from '../db/schema';
import { listItems } from '../db/watchlist';
import type { WatchItem } from '../watchlist/types';
import { applyFilter, DEFAULT_FILTER } from '../watchlist/view';
import { makeBackup, type RestoreOptions, type RestoreResult, restoreBackup } from './backup';
import { csvLabels, exportFileName, toCsv } from './csv';
import { downloadFile } from './download';
import { toIcs } from './ics';

async function sourcesFor(db: WatchlistDb, items: readonly WatchItem[]) {
  const keys = new Set(items.map((item) => item.key));
  const sources = await db.sources.orderBy('id').toArray();
  const byKey = new Map<string, typeof sources>();
  for (const source of sources) {
    if (!keys.has(source.itemKey)) continue;
    const list = byKey.get(source.itemKey);
    if (list) list.push(source);
    else byKey.set(source.itemKey, [source]);
  }
  return byKey;
}

/** Downloads `items` (all, or what the current filter shows) as `vanban-watch-YYYY-MM-DD.csv`. */
export async function exportCsv(
  db: WatchlistDb,
  items: readonly WatchItem[],
  lang: 'vi' | 'en',
  today: string,
  doc: Document = document,
): Promise<void> {
  const csv = toCsv(items, await sourcesFor(db, items), csvLabels(lang), lang);
  downloadFile(doc, exportFileName(today, 'csv'), csv, 'text/csv;charset=utf-8');
}

/**
 * Downloads `items` as `vanban-watch-YYYY-MM-DD.xlsx`. exceljs is loaded only now, on the click,
 * so the watchlist page starts without it and the popup never carries it.
 */
export async function exportXlsx(
  db: WatchlistDb,
  items: readonly WatchItem[],
  lang: 'vi' | 'en',
  today: string,
  doc: Document = document,
): Promise<void> {
  const { toXlsx } = await import('./xlsx');
  const bytes = await toXlsx(items, await sourcesFor(db, items), csvLabels(lang), lang);
  downloadFile(doc, exportFileName(today, 'xlsx'), bytes, XLSX_TYPE);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Downloads the whole watchlist as CSV, in the watchlist's default order. The watchlist page hands
 * over every item it already holds (`all`), so the click does not read them again; the popup has
 * none and reads them.
 */
export async function exportAllCsv(
  db: WatchlistDb,
  lang: 'vi' | 'en',
  today: string,
  all?: readonly WatchItem[],
): Promise<void> {
  await exportCsv(db, applyFilter(all ?? (await listItems(db)), DEFAULT_FILTER), lang, today);
}

/** Downloads the open deadlines among `items` as `vanban-watch-YYYY-MM-DD.ics`. */
export async function exportIcs(
  db: WatchlistDb,
  items: readonly WatchItem[],
  calendarName: string,
  today: string,
  doc: Document = document,
): Promise<void> {
  downloadFile(
    doc,
    exportFileName(today, 'ics'),
    toIcs(items, await sourcesFor(db, items), calendarName),
    'text/calendar;charset=utf-8',
  );
}

/** Downloads a full backup as `vanban-watch-YYYY-MM-DD.json`. */
export async function exportBackup(db: WatchlistDb, today: string, doc: Document = document): Promise<void> {
  downloadFile(doc, exportFileName(today, 'json'), JSON.stringify(await makeBackup(db), null, 1), 'application/json');
}

/** The watchlist page's files: exports of what it shows and the restore of a backup. */
export interface WatchlistFiles {
  /** Every item, in the default order; `all` is the whole list when the caller already holds it. */
  exportAllCsv(all?: readonly WatchItem[]): Promise<void>;
  exportCsv(items: readonly WatchItem[]): Promise<void>;
  exportXlsx(items: readonly WatchItem[]): Promise<void>;
  exportIcs(items: readonly WatchItem[]): Promise<void>;
  exportBackup(): Promise<void>;
  /** Restores a backup file, reporting progress on large ones. */
  restore(file: Blob | string, onProgress?: RestoreOptions['onProgress']): Promise<RestoreResult>;
}

export function watchlistFiles(
  db: WatchlistDb,
  lang: 'vi' | 'en',
  today: string,
  calendarName: string,
): WatchlistFiles {
  return {
    exportAllCsv: (all) => exportAllCsv(db, lang, today, all),
    exportCsv: (items) => exportCsv(db, items, lang, today),
    exportXlsx: (items) => exportXlsx(db, items, lang, today),
    exportIcs: (items) => exportIcs(db, items, calendarName, today),
    exportBackup: () => exportBackup(db, today),
    restore: (file, onProgress) => restoreBackup(db, file, { onProgress }),
  };
}

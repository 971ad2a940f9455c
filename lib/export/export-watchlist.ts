/**
 * Exports and restores from the extension's pages: reads the database, builds the file with the
 * pure formatters, and hands it to the browser's download. The backup (valibot) and calendar
 * (ical-generator) code loads on its click, so the pages start without it.
 */
import { liveQuery } from 'dexie';
import { pendingRecords, withPendingSources } from '../db/pending';
import type { WatchlistDb } from '../db/schema';
import { listItems } from '../db/watchlist';
import type { ColumnContext } from '../watchlist/columns';
import type { ItemSource, WatchItem } from '../watchlist/types';
import { applyFilter, DEFAULT_FILTER } from '../watchlist/view';
import type { RestoreOptions, RestoreResult } from './backup';
import { csvLabels, exportFileName, toCsv } from './csv';
import { downloadFile } from './download';

type SourcesByKey = ReadonlyMap<string, ItemSource[]>;

/** Sources by item key, oldest first; only those of `keys` when given. */
function groupSources(sources: readonly ItemSource[], keys?: ReadonlySet<string>): Map<string, ItemSource[]> {
  const byKey = new Map<string, ItemSource[]>();
  for (const source of sources) {
    if (keys && !keys.has(source.itemKey)) continue;
    const list = byKey.get(source.itemKey);
    if (list) list.push(source);
    else byKey.set(source.itemKey, [source]);
  }
  return byKey;
}

/** Every source in the order saved, a restore's pending ones last. */
function allSources(db: WatchlistDb): Promise<ItemSource[]> {
  return db.transaction('r', db.sources, db.pending, async () => {
    const [rows, pending] = await Promise.all([db.sources.orderBy('id').toArray(), pendingRecords(db)]);
    return withPendingSources(rows, pending);
  });
}

async function sourcesFor(db: WatchlistDb, items: readonly WatchItem[]): Promise<SourcesByKey> {
  return groupSources(await allSources(db), new Set(items.map((item) => item.key)));
}

/**
 * Every source, kept in memory and current (a live query: a save in another tab re-reads them)
 * while `keep` runs, so an export from the watchlist page reads nothing on the click.
 */
function liveSources(db: WatchlistDb) {
  let latest: SourcesByKey | undefined;
  /** Settles with the first read while it is on its way: a click then waits for it, not for a second read. */
  let first: Promise<SourcesByKey | undefined> | undefined;
  let settle: (sources: SourcesByKey | undefined) => void = () => {};
  let keepers = 0;
  let subscription: { unsubscribe(): void } | undefined;
  const stop = () => {
    subscription?.unsubscribe();
    subscription = undefined;
    latest = undefined;
    first = undefined;
    settle(undefined);
  };
  return {
    /** The kept sources, undefined when none are kept (or their read failed): then the caller reads. */
    current: (): Promise<SourcesByKey | undefined> => Promise.resolve(latest ?? first),
    keep(): () => void {
      keepers += 1;
      if (!subscription) {
        first = new Promise((resolve) => {
          settle = resolve;
        });
        subscription = liveQuery(() => allSources(db)).subscribe({
          next: (sources) => {
            latest = groupSources(sources);
            settle(latest);
          },
          // A failed read is read again on the click, where its error is said.
          error: () => {
            latest = undefined;
            first = undefined;
            settle(undefined);
          },
        });
      }
      return () => {
        keepers -= 1;
        if (keepers === 0) stop();
      };
    },
  };
}

/** Downloads `items` (all, or what the current filter shows) as `vanban-watch-YYYY-MM-DD.csv`. */
export async function exportCsv(
  db: WatchlistDb,
  items: readonly WatchItem[],
  lang: 'vi' | 'en',
  today: string,
  doc: Document = document,
  sources?: SourcesByKey,
): Promise<void> {
  const csv = toCsv(items, sources ?? (await sourcesFor(db, items)), csvLabels(lang), lang);
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
  sources?: SourcesByKey,
): Promise<void> {
  const { toXlsx } = await import('./xlsx');
  const bytes = await toXlsx(items, sources ?? (await sourcesFor(db, items)), csvLabels(lang), lang);
  downloadFile(doc, exportFileName(today, 'xlsx'), bytes, XLSX_TYPE);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Downloads the whole watchlist as CSV, in the watchlist's default order. The watchlist page hands
 * over every item it already holds (`all`, with its column context, so the order it already worked
 * out is reused) and the sources it keeps, so the click does not read them again; the popup has
 * none and reads them.
 */
export async function exportAllCsv(
  db: WatchlistDb,
  lang: 'vi' | 'en',
  today: string,
  all?: readonly WatchItem[],
  context?: ColumnContext,
  sources?: SourcesByKey,
): Promise<void> {
  const items = applyFilter(all ?? (await listItems(db)), DEFAULT_FILTER, context);
  await exportCsv(db, items, lang, today, document, sources);
}

/** Downloads the open deadlines among `items` as `vanban-watch-YYYY-MM-DD.ics`. */
export async function exportIcs(
  db: WatchlistDb,
  items: readonly WatchItem[],
  calendarName: string,
  today: string,
  doc: Document = document,
  sources?: SourcesByKey,
): Promise<void> {
  const { toIcs } = await import('./ics');
  downloadFile(
    doc,
    exportFileName(today, 'ics'),
    toIcs(items, sources ?? (await sourcesFor(db, items)), calendarName),
    'text/calendar;charset=utf-8',
  );
}

/** Downloads a full backup as `vanban-watch-YYYY-MM-DD.json`. */
export async function exportBackup(db: WatchlistDb, today: string, doc: Document = document): Promise<void> {
  const { makeBackup } = await import('./backup');
  downloadFile(doc, exportFileName(today, 'json'), JSON.stringify(await makeBackup(db), null, 1), 'application/json');
}

/** The watchlist page's files: exports of what it shows and the restore of a backup. */
export interface WatchlistFiles {
  /**
   * Every item, in the default order; `all` is the whole list when the caller already holds it
   * (and `context` the columns' context it sorts with).
   */
  exportAllCsv(all?: readonly WatchItem[], context?: ColumnContext): Promise<void>;
  exportCsv(items: readonly WatchItem[]): Promise<void>;
  exportXlsx(items: readonly WatchItem[]): Promise<void>;
  exportIcs(items: readonly WatchItem[]): Promise<void>;
  exportBackup(): Promise<void>;
  /** Restores a backup file, reporting progress on large ones. */
  restore(file: Blob | string, onProgress?: RestoreOptions['onProgress']): Promise<RestoreResult>;
  /** Keeps what the exports need besides the items (the sources) in memory and current; returns the stop. */
  keepSources(): () => void;
}

export function watchlistFiles(
  db: WatchlistDb,
  lang: 'vi' | 'en',
  today: string,
  calendarName: string,
): WatchlistFiles {
  const sources = liveSources(db);
  return {
    exportAllCsv: async (all, context) => exportAllCsv(db, lang, today, all, context, await sources.current()),
    exportCsv: async (items) => exportCsv(db, items, lang, today, document, await sources.current()),
    exportXlsx: async (items) => exportXlsx(db, items, lang, today, document, await sources.current()),
    exportIcs: async (items) => exportIcs(db, items, calendarName, today, document, await sources.current()),
    exportBackup: () => exportBackup(db, today),
    restore: async (file, onProgress) => (await import('./backup')).restoreBackup(db, file, { onProgress }),
    keepSources: () => sources.keep(),
  };
}

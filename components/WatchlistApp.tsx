import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ItemSource, WatchItem, WatchlistDb } from '../lib/db/schema';
import { listItems, type Removed, removeItems, restoreItems, setNote, setStatus, sourcesOf } from '../lib/db/watchlist';
import { restoreBackup } from '../lib/export/backup';
import { exportAllCsv, exportBackup, exportCsv, exportIcs } from '../lib/export/export-watchlist';
import { describeRestore, describeRestoreProgress } from '../lib/export/restore-message';
import { t } from '../lib/i18n';
import { DEFAULT_REMINDER_DAYS } from '../lib/watchlist/due';
import { applyFilter, DEFAULT_FILTER, filterChoices, portalSearchLinks, type WatchFilter } from '../lib/watchlist/view';
import { useLiveQuery } from './useLiveQuery';
import { VirtualList } from './VirtualList';
import { WatchFilters } from './WatchFilters';
import { WatchRow } from './WatchRow';

export interface WatchlistAppProps {
  db: WatchlistDb;
  today: string;
  lang: 'vi' | 'en';
  /** Height of the list in px (the page passes the window's). */
  listHeight?: number;
  reminderDays?: number;
  /** The filter to open with (the reminder notification opens the deadlines it counted). */
  initialFilter?: WatchFilter;
}

const ROW_HEIGHT = 64;
const UNDO_MS = 10_000;

/** The full-tab watchlist: search, filters, sort, bulk actions, undoable delete, live updates. */
export function WatchlistApp({
  db,
  today,
  lang,
  listHeight = 560,
  reminderDays = DEFAULT_REMINDER_DAYS,
  initialFilter = DEFAULT_FILTER,
}: WatchlistAppProps) {
  const items = useLiveQuery(() => listItems(db), [db], undefined as WatchItem[] | undefined);
  const [filter, setFilter] = useState(initialFilter);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<Removed | undefined>();
  const [sourcesFor, setSourcesFor] = useState<{ item: WatchItem; sources: ItemSource[] } | undefined>();
  const [message, setMessage] = useState<string | undefined>();

  const restore = async (file: File | undefined) => {
    if (!file) return;
    const result = await restoreBackup(db, file, {
      onProgress: (done, total) => setMessage(describeRestoreProgress(done, total)),
    });
    setMessage(describeRestore(result));
  };

  const shown = useMemo(() => applyFilter(items ?? [], filter), [items, filter]);
  const choices = useMemo(() => filterChoices(items ?? []), [items]);
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const select = (key: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    setSelected(next);
  };
  const remove = async (keys: string[]) => {
    setUndo(await removeItems(db, keys));
    setSelected(new Set());
  };
  const showSources = async (item: WatchItem) => setSourcesFor({ item, sources: await sourcesOf(db, item.key) });
  const chosen = [...selected];

  if (!items) return <main class="watchlist">…</main>;
  return (
    <main class="watchlist">
      <h1>{t('watchlistTitle')}</h1>
      <div class="toolbar">
        <button type="button" data-testid="export-csv-all" onClick={() => exportAllCsv(db, lang, today)}>
          {t('exportCsvAll')}
        </button>
        <button type="button" data-testid="export-csv-filtered" onClick={() => exportCsv(db, shown, lang, today)}>
          {t('exportCsvFiltered')}
        </button>
        <button type="button" data-testid="export-ics" onClick={() => exportIcs(db, items, t('calendarName'), today)}>
          {t('exportIcs')}
        </button>
        <button type="button" data-testid="backup" onClick={() => exportBackup(db, today)}>
          {t('backupJson')}
        </button>
        <label class="file-button">
          {t('restoreJson')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="restore"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              void restore(input.files?.[0]).finally(() => {
                input.value = '';
              });
            }}
          />
        </label>
      </div>
      {message && (
        <p class="message" role="status" data-testid="restore-message">
          {message}
        </p>
      )}
      {items.length === 0 ? (
        <p data-testid="watchlist-empty">{t('watchlistEmpty')}</p>
      ) : (
        <>
          <WatchFilters filter={filter} choices={choices} lang={lang} onChange={setFilter} />
          <div class="bulk">
            <label>
              <input
                type="checkbox"
                checked={shown.length > 0 && shown.every((item) => selected.has(item.key))}
                onChange={(e) =>
                  setSelected(
                    new Set((e.currentTarget as HTMLInputElement).checked ? shown.map((item) => item.key) : []),
                  )
                }
              />{' '}
              {t('selectAll')}
            </label>
            <span data-testid="shown-count">{t('itemsShown', [String(shown.length), String(items.length)])}</span>
            {chosen.length > 0 && (
              <>
                <span>{t('selectedCount', [String(chosen.length)])}</span>
                <button type="button" onClick={() => setStatus(db, chosen, 'done')}>
                  {t('markDone')}
                </button>
                <button type="button" onClick={() => setStatus(db, chosen, 'open')}>
                  {t('reopen')}
                </button>
                <button type="button" onClick={() => remove(chosen)}>
                  {t('delete')}
                </button>
              </>
            )}
          </div>
          <VirtualList
            items={shown}
            rowHeight={ROW_HEIGHT}
            height={listHeight}
            keyOf={(item) => `${item.key}:${item.updatedAt}`}
            renderRow={(item) => (
              <WatchRow
                item={item}
                today={today}
                reminderDays={reminderDays}
                lang={lang}
                selected={selected.has(item.key)}
                onSelect={(on) => select(item.key, on)}
                onStatus={(status) => void setStatus(db, [item.key], status)}
                onNote={(note) => void setNote(db, item.key, note)}
                onDelete={() => void remove([item.key])}
                onShowSources={() => void showSources(item)}
              />
            )}
          />
        </>
      )}
      {sourcesFor && (
        <aside class="sources" aria-label={t('sources')}>
          <button type="button" class="close" onClick={() => setSourcesFor(undefined)}>
            ×
          </button>
          <h2>{sourcesFor.item.text}</h2>
          <ul>
            {sourcesFor.sources.map((source) => (
              <li key={source.id}>
                <a href={source.url} target="_blank" rel="noreferrer">
                  {source.title || source.url}
                </a>
                <div class="quote">
                  …{source.prefix}
                  <mark>{source.quote}</mark>
                  {source.suffix}…
                </div>
              </li>
            ))}
          </ul>
          {sourcesFor.item.kind === 'document' && (
            <p>
              {t('searchPortals')}:{' '}
              {portalSearchLinks(sourcesFor.item.text).map((link) => (
                <a key={link.url} href={link.url} target="_blank" rel="noreferrer">
                  {link.label}{' '}
                </a>
              ))}
            </p>
          )}
        </aside>
      )}
      {undo && (
        <div class="undo" role="status">
          {t('deletedCount', [String(undo.items.length)])}{' '}
          <button
            type="button"
            onClick={async () => {
              await restoreItems(db, undo);
              setUndo(undefined);
            }}
          >
            {t('undo')}
          </button>
        </div>
      )}
      <footer>{t('localOnly')}</footer>
    </main>
  );
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import { describeStorageError, type Removed, STORAGE_FULL } from '../lib/db/watchlist';
import type { WatchlistData } from '../lib/db/watchlist-data';
import type { WatchlistFiles } from '../lib/export/export-watchlist';
import { describeRestore, describeRestoreProgress } from '../lib/export/restore-message';
import { t } from '../lib/i18n';
import { DEFAULT_REMINDER_DAYS } from '../lib/watchlist/due';
import type { ItemSource, WatchItem } from '../lib/watchlist/types';
import { applyFilter, DEFAULT_FILTER, filterChoices, portalSearchLinks, type WatchFilter } from '../lib/watchlist/view';
import { VirtualList } from './VirtualList';
import { WatchFilters } from './WatchFilters';
import { WatchRow } from './WatchRow';

export interface WatchlistAppProps {
  data: WatchlistData;
  files: WatchlistFiles;
  today: string;
  lang: 'vi' | 'en';
  /** Height of the list in px (the page passes the window's). */
  listHeight?: number;
  reminderDays?: number;
  /** The filter to open with (the reminder notification opens the deadlines it counted). */
  initialFilter?: WatchFilter;
}

const ROW_HEIGHT = 64;
/** Long enough to notice a mistake and come back to it; the toast can also be dismissed. */
const UNDO_MS = 60_000;

/** The full-tab watchlist: search, filters, sort, bulk actions, undoable delete, live updates. */
export function WatchlistApp({
  data,
  files,
  today,
  lang,
  listHeight = 560,
  reminderDays = DEFAULT_REMINDER_DAYS,
  initialFilter = DEFAULT_FILTER,
}: WatchlistAppProps) {
  const [items, setItems] = useState<WatchItem[] | undefined>();
  const [filter, setFilter] = useState(initialFilter);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<Removed | undefined>();
  const [sourcesFor, setSourcesFor] = useState<{ item: WatchItem; sources: ItemSource[] } | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  /** Keys a bulk delete is waiting to have confirmed. */
  const [confirming, setConfirming] = useState<string[] | undefined>();

  /** A failed action or read is said on the page, never swallowed. */
  const fail = (error: unknown) => {
    const reason = describeStorageError(error);
    setMessage(reason === STORAGE_FULL ? t('storageFull') : t('actionFailed', [reason]));
  };
  const act =
    <A extends unknown[]>(action: (...args: A) => Promise<unknown>) =>
    (...args: A): void =>
      void action(...args).catch(fail);
  useEffect(() => data.watchItems(setItems, fail), [data]);

  const restore = act(async (file: File | undefined) => {
    if (!file) return;
    // The file itself goes down: its size is checked before it is read.
    const onProgress = (done: number, total: number) => setMessage(describeRestoreProgress(done, total));
    setMessage(describeRestore(await files.restore(file, onProgress)));
  });

  // Esc closes the sources panel, from anywhere on the page.
  useEffect(() => {
    if (!sourcesFor) return;
    const close = (event: KeyboardEvent) => event.key === 'Escape' && setSourcesFor(undefined);
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [sourcesFor]);

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
  const remove = act(async (keys: string[]) => {
    setUndo(await data.remove(keys));
    setSelected(new Set());
  });
  const setStatus = act(data.setStatus);
  const setNote = act(data.setNote);
  const showSources = act(async (item: WatchItem) => setSourcesFor({ item, sources: await data.sourcesOf(item.key) }));
  const chosen = [...selected];

  if (!items) return <main class="watchlist">…</main>;
  return (
    <main class="watchlist">
      <h1>{t('watchlistTitle')}</h1>
      <div class="toolbar">
        <button type="button" data-testid="export-csv-all" onClick={act(files.exportAllCsv)}>
          {t('exportCsvAll')}
        </button>
        <button type="button" data-testid="export-csv-filtered" onClick={() => act(files.exportCsv)(shown)}>
          {t('exportCsvFiltered')}
        </button>
        <button type="button" data-testid="export-xlsx" onClick={() => act(files.exportXlsx)(shown)}>
          {t('exportXlsx')}
        </button>
        <button type="button" data-testid="export-ics" onClick={() => act(files.exportIcs)(items)}>
          {t('exportIcs')}
        </button>
        <button type="button" data-testid="backup" onClick={act(files.exportBackup)}>
          {t('backupJson')}
        </button>
        <label class="file-button">
          {t('restoreJson')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="restore"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              restore(file);
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
                onChange={(e) => setSelected(new Set(e.currentTarget.checked ? shown.map((item) => item.key) : []))}
              />{' '}
              {t('selectAll')}
            </label>
            <span data-testid="shown-count">{t('itemsShown', [String(shown.length), String(items.length)])}</span>
            {chosen.length > 0 && (
              <>
                <span>{t('selectedCount', [String(chosen.length)])}</span>
                <button type="button" onClick={() => setStatus(chosen, 'done')}>
                  {t('markDone')}
                </button>
                <button type="button" onClick={() => setStatus(chosen, 'open')}>
                  {t('reopen')}
                </button>
                <button type="button" onClick={() => setConfirming(chosen)}>
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
                onStatus={(status) => setStatus([item.key], status)}
                onNote={(note) => setNote(item.key, note)}
                onDelete={() => remove([item.key])}
                onShowSources={() => showSources(item)}
              />
            )}
          />
        </>
      )}
      {sourcesFor && (
        <aside class="sources" aria-label={t('sources')}>
          <button type="button" class="close" aria-label={t('dismiss')} onClick={() => setSourcesFor(undefined)}>
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
      {confirming && (
        <div class="confirm message error" role="alertdialog" aria-label={t('delete')}>
          {t('confirmDelete', [String(confirming.length)])}{' '}
          <button
            type="button"
            class="primary"
            data-testid="confirm-delete"
            onClick={() => {
              remove(confirming);
              setConfirming(undefined);
            }}
          >
            {t('delete')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(undefined)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {undo && (
        <div class="undo" role="status">
          {t('deletedCount', [String(undo.items.length)])}{' '}
          <button
            type="button"
            onClick={act(async () => {
              await data.putBack(undo);
              setUndo(undefined);
            })}
          >
            {t('undo')}
          </button>
          <button type="button" aria-label={t('dismiss')} onClick={() => setUndo(undefined)}>
            ×
          </button>
        </div>
      )}
      <footer>{t('localOnly')}</footer>
    </main>
  );
}

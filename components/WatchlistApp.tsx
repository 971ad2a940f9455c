import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { describeStorageError, type FirstItems, type Removed, STORAGE_FULL } from '../lib/db/watchlist';
import type { WatchlistData } from '../lib/db/watchlist-data';
import type { RestorePhase } from '../lib/export/backup';
import type { WatchlistFiles } from '../lib/export/export-watchlist';
import { describeRestore, describeRestoreProgress } from '../lib/export/restore-message';
import { t } from '../lib/i18n';
import { COLUMNS, type ColumnContext, documentCodes, taskOf } from '../lib/watchlist/columns';
import { DEFAULT_REMINDER_DAYS } from '../lib/watchlist/due';
import { formatDateValue } from '../lib/watchlist/format';
import { type TableRow, tableRows } from '../lib/watchlist/groups';
import { draftOf, EMPTY_FORM, editOf, formOf, type ItemFormValues } from '../lib/watchlist/item-form';
import type { ItemSource, WatchItem } from '../lib/watchlist/types';
import {
  applyFilter,
  filterChoices,
  firstItemsLead,
  OPEN_FILTER,
  portalSearchLinks,
  prepareSort,
  type WatchFilter,
} from '../lib/watchlist/view';
import { rowsToFill, VirtualList } from './VirtualList';
import { WatchFilters } from './WatchFilters';
import { rowAction, WatchRow } from './WatchRow';
import { ItemForm } from './watchlist/ItemForm';
import { WatchTableHead } from './watchlist/WatchTableHead';

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
  /**
   * The first screen of `initialFilter` (`firstScreenRows` rows of `firstOpenItems`), when the
   * page read it before its first render: shown in that render, and no read of its own.
   */
  initialFirst?: FirstItems;
}

const ROW_HEIGHT = 64;

/** How many of the first open items fill a list `listHeight` px high: what the first screen reads. */
export function firstScreenRows(listHeight: number): number {
  return rowsToFill(listHeight, ROW_HEIGHT);
}
/** Select, the six data columns, actions: a group's heading spans them all. */
const COLUMN_COUNT = 8;
/** Long enough to notice a mistake and come back to it; the toast can also be dismissed. */
const UNDO_MS = 60_000;

/** Runs `run` once the browser has painted what is rendered now (a hidden tab does not paint: at once). */
function afterNextPaint(run: () => void): void {
  if (document.visibilityState === 'visible' && typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}

/** The full-tab watchlist: search, filters, sort, bulk actions, undoable delete, live updates. */
export function WatchlistApp({
  data,
  files,
  today,
  lang,
  listHeight = 560,
  reminderDays = DEFAULT_REMINDER_DAYS,
  initialFilter = OPEN_FILTER,
  initialFirst,
}: WatchlistAppProps) {
  /** Every saved item, live; undefined until the whole list is read. */
  const [items, setItems] = useState<WatchItem[] | undefined>();
  /** The first screen of the default view, read through an index before the whole list. */
  const [first, setFirst] = useState<FirstItems | undefined>(() =>
    firstItemsLead(initialFilter) ? initialFirst : undefined,
  );
  const [filter, setFilter] = useState(initialFilter);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<Removed | undefined>();
  const [sourcesFor, setSourcesFor] = useState<{ item: WatchItem; sources: ItemSource[] } | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  /** A long restore's progress, for its bar (the message says which phase and the numbers). */
  const [restoring, setRestoring] = useState<{ done: number; total: number } | undefined>();
  /** Keys a bulk delete is waiting to have confirmed. */
  const [confirming, setConfirming] = useState<string[] | undefined>();
  /** The item open in the editor, and whether the quick-add form is open. */
  const [editing, setEditing] = useState<WatchItem | undefined>();
  const [adding, setAdding] = useState(false);
  /** Where focus goes back when the editor or quick add closes. */
  const [returnFocus, setReturnFocus] = useState<string | undefined>();
  const addButton = useRef<HTMLButtonElement>(null);

  /** A failed action or read is said on the page, never swallowed. */
  const fail = (error: unknown) => {
    const reason = describeStorageError(error);
    setMessage(reason === STORAGE_FULL ? t('storageFull') : t('actionFailed', [reason]));
  };
  const act =
    <A extends unknown[]>(action: (...args: A) => Promise<unknown>) =>
    (...args: A): void =>
      void action(...args).catch(fail);
  // The first screen first: when the page opens on open items by due day, the rows that fill the
  // view are read alone and shown, and the whole list (10,000 items take a few hundred ms to read)
  // is read and watched after that paint. Any change in between is in the whole list's first read.
  // Read once per data source, with the filter and height the page opened with.
  useEffect(() => {
    let closed = false;
    let stop: (() => void) | undefined;
    const watchAll = () => {
      if (!closed) stop = data.watchItems(setItems, fail);
    };
    if (first) afterNextPaint(watchAll);
    else if (data.firstOpenItems && firstItemsLead(initialFilter)) {
      data.firstOpenItems(firstScreenRows(listHeight)).then((read) => {
        if (closed) return;
        setFirst(read);
        afterNextPaint(watchAll);
      }, watchAll);
    } else watchAll();
    return () => {
      closed = true;
      stop?.();
    };
  }, [data]);

  const restore = act(async (file: File | undefined) => {
    if (!file) return;
    // The file itself goes down: its size is checked before it is read.
    const onProgress = (done: number, total: number, phase: RestorePhase) => {
      setMessage(describeRestoreProgress(done, total, phase));
      setRestoring({ done, total });
    };
    // A bar from the start (without numbers until the first progress): reading a large file
    // already takes a moment, and a quick restore ends before the bar is painted.
    setRestoring({ done: 0, total: 0 });
    try {
      setMessage(describeRestore(await files.restore(file, onProgress)));
    } finally {
      setRestoring(undefined);
    }
  });

  // Esc closes the sources panel, from anywhere on the page.
  useEffect(() => {
    if (!sourcesFor) return;
    const close = (event: KeyboardEvent) => event.key === 'Escape' && setSourcesFor(undefined);
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [sourcesFor]);

  const loading = !items;
  // Until the whole list is here, the first screen stands in for it while the view is one it leads.
  const listed = items ?? (first && firstItemsLead(filter) ? first.items : undefined);
  // Codes come from every saved document, not only the shown ones: a filter keeps its names.
  const codes = useMemo(() => documentCodes(items ?? first?.documents ?? []), [items, first]);
  const context: ColumnContext = useMemo(
    () => ({ today, reminderDays, lang, codes }),
    [today, reminderDays, lang, codes],
  );
  const shown = useMemo(() => applyFilter(listed ?? [], filter, context), [listed, filter, context]);
  const rows = useMemo(() => tableRows(shown, filter.group, t('groupEmpty'), codes), [shown, filter.group, codes]);
  const choices = useMemo(() => filterChoices(items ?? first?.items ?? [], lang), [items, first, lang]);
  // Rank every column while the page is idle, one per idle slot, so a header click only sorts numbers.
  useEffect(() => {
    if (!items) return;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const pending = [...COLUMNS];
    let handle = idle(function next() {
      const column = pending.shift();
      if (!column) return;
      prepareSort(items, column, context);
      handle = idle(next);
    });
    return () => cancel(handle);
  }, [items, context]);
  // From the first rows on, the sources the exports need are read and kept alongside the list: an
  // export click reads nothing. (Effects run after paint: the first screen is not held up.)
  const reading = items !== undefined || first !== undefined;
  useEffect(() => (reading ? files.keepSources() : undefined), [files, reading]);
  const doneCount = useMemo(() => items?.filter((item) => item.status === 'done').length, [items]);
  useEffect(() => {
    if (!returnFocus) return;
    const target = returnFocus === 'add' ? addButton.current : rowAction(returnFocus, 'edit');
    target?.focus();
    setReturnFocus(undefined);
  }, [returnFocus]);
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
  const snooze = act(async (item: WatchItem, until: string | null) => {
    if (!(await data.edit(item.key, { snoozedUntil: until }))) throw new Error(item.text);
    if (until) setMessage(t('snoozedMessage', [formatDateValue(until, lang), item.text]));
  });
  const closeEditor = () => {
    if (editing) setReturnFocus(editing.key);
    setEditing(undefined);
  };
  const saveEdit = act(async (item: WatchItem, values: ItemFormValues) => {
    const edit = editOf(item, values);
    if (Object.keys(edit).length > 0) {
      if (!(await data.edit(item.key, edit))) throw new Error(item.text);
      setMessage(t('editSaved', [item.text]));
    }
    closeEditor();
  });
  const closeAdd = () => {
    setAdding(false);
    setReturnFocus('add');
  };
  const quickAdd = act(async (values: ItemFormValues) => {
    const draft = draftOf(values);
    await data.add(draft);
    setMessage(t('quickAdded', [formatDateValue(draft.due, lang), draft.task || draft.due]));
    closeAdd();
  });
  const showSources = act(async (item: WatchItem) => setSourcesFor({ item, sources: await data.sourcesOf(item.key) }));
  const chosen = [...selected];

  // Until the first read (the first screen, else the whole list): a wait, or why the list cannot be
  // read (it is never left spinning). A list with nothing open to show first waits for the whole list.
  if (!items && !first?.items.length)
    return (
      <main class="watchlist">
        {message ? (
          <p class="message error" role="alert" data-testid="watchlist-unreadable">
            {message}
          </p>
        ) : (
          '…'
        )}
      </main>
    );
  return (
    <main class="watchlist">
      <h1>{t('watchlistTitle')}</h1>
      <div class="toolbar">
        <button
          type="button"
          class="primary"
          ref={addButton}
          data-testid="quick-add"
          aria-expanded={adding}
          onClick={() => setAdding(!adding)}
        >
          {t('quickAdd')}
        </button>
        <button type="button" data-testid="export-csv-all" onClick={() => act(files.exportAllCsv)(items, context)}>
          {t('exportCsvAll')}
        </button>
        {/* These export what the whole list holds: not before it is read. "Tất cả" reads it itself. */}
        <button
          type="button"
          data-testid="export-csv-filtered"
          disabled={loading}
          onClick={() => act(files.exportCsv)(shown)}
        >
          {t('exportCsvFiltered')}
        </button>
        <button type="button" data-testid="export-xlsx" disabled={loading} onClick={() => act(files.exportXlsx)(shown)}>
          {t('exportXlsx')}
        </button>
        <button
          type="button"
          data-testid="export-ics"
          disabled={loading}
          onClick={() => items && act(files.exportIcs)(items)}
        >
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
      {adding && (
        <section class="quick-add" aria-labelledby="quick-add-title">
          <h2 id="quick-add-title">{t('quickAddTitle')}</h2>
          <ItemForm initial={EMPTY_FORM} submitLabel={t('quickAdd')} onSubmit={quickAdd} onCancel={closeAdd} />
        </section>
      )}
      <p class="message" role="status" data-testid="restore-message" hidden={!message}>
        {message}
      </p>
      {restoring &&
        (restoring.total ? (
          <progress
            class="restore-progress"
            data-testid="restore-progress"
            value={restoring.done}
            max={restoring.total}
            aria-label={t('restoreJson')}
          />
        ) : (
          <progress class="restore-progress" data-testid="restore-progress" aria-label={t('restoreJson')} />
        ))}
      {items?.length === 0 ? (
        <p data-testid="watchlist-empty">{t('watchlistEmpty')}</p>
      ) : (
        <>
          <WatchFilters filter={filter} choices={choices} lang={lang} doneCount={doneCount} onChange={setFilter} />
          <div class="bulk">
            <span data-testid="shown-count">
              {items ? t('itemsShown', [String(shown.length), String(items.length)]) : '…'}
            </span>
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
          <table
            class="watch-table"
            aria-label={t('watchlistTitle')}
            aria-busy={loading}
            aria-rowcount={loading ? -1 : rows.length + 1}
          >
            <WatchTableHead
              sort={filter.sort}
              descending={filter.descending}
              onSort={(sort, descending) => setFilter({ ...filter, sort, descending })}
              allSelected={shown.length > 0 && shown.every((item) => selected.has(item.key))}
              onSelectAll={(on) => setSelected(new Set(on ? shown.map((item) => item.key) : []))}
              busy={loading}
            />
            <VirtualList
              items={rows}
              rowHeight={ROW_HEIGHT}
              height={listHeight}
              keyOf={(row: TableRow) => row.id}
              renderRow={(row, index, style) =>
                row.type === 'group' ? (
                  <tr class="watch-group" style={style} aria-rowindex={index + 2} data-testid="watch-group">
                    <th scope="rowgroup" colSpan={COLUMN_COUNT}>
                      {t('groupHeading', [row.name, String(row.count)])}
                    </th>
                  </tr>
                ) : (
                  <WatchRow
                    item={row.item}
                    context={context}
                    rowIndex={index + 2}
                    style={style}
                    selected={selected.has(row.item.key)}
                    onSelect={(on) => select(row.item.key, on)}
                    onStatus={(status) => setStatus([row.item.key], status)}
                    onEdit={() => setEditing(row.item)}
                    onSnooze={(until) => snooze(row.item, until)}
                    onDelete={() => remove([row.item.key])}
                    onShowSources={() => showSources(row.item)}
                  />
                )
              }
            />
          </table>
        </>
      )}
      {editing && (
        <dialog open class="editor" aria-labelledby="editor-title">
          <h2 id="editor-title">{t('editTitle', [taskOf(editing, lang) || editing.text])}</h2>
          <ItemForm
            initial={formOf(editing)}
            noteOnly={editing.kind === 'document'}
            submitLabel={t('saveEdit')}
            onSubmit={(values) => saveEdit(editing, values)}
            onCancel={closeEditor}
          />
        </dialog>
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

import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { type ColumnContext, documentOf, statusOf, taskOf } from '../lib/watchlist/columns';
import { addDays, isSnoozed } from '../lib/watchlist/due';
import { formatDateValue } from '../lib/watchlist/format';
import type { EditableField, WatchItem } from '../lib/watchlist/types';
import { DueDate } from './DueDate';

export interface WatchRowProps {
  item: WatchItem;
  context: ColumnContext;
  /** 1-based row number in the whole table (header = 1), for screen readers in a virtual list. */
  rowIndex: number;
  /** The virtual list's fixed row height. */
  style: { height: string };
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onStatus: (status: WatchItem['status']) => void;
  onEdit: () => void;
  /** Puts reminders off until that ISO day, or null to take the snooze away. */
  onSnooze: (until: string | null) => void;
  onDelete: () => void;
  onShowSources: () => void;
}

const KIND_LABEL = { document: 'kindDocument', deadline: 'kindDeadline', date: 'kindDate' } as const;
const STATUS_LABEL = {
  overdue: 'overdue',
  soon: 'dueSoon',
  open: 'statusNotDone',
  snoozed: 'statusNotDone',
  done: 'statusDone',
} as const;
export const SNOOZE_DAYS = [1, 3, 7] as const;

/** A row's action button, found again after the row re-rendered (keys hold "/" and "|"). */
export function rowAction(key: string, action: string): HTMLElement | null {
  const row = [...document.querySelectorAll<HTMLElement>('[data-row]')].find((element) => element.dataset.row === key);
  return row?.querySelector<HTMLElement>(`[data-action="${action}"]`) ?? null;
}

/** "đã sửa" next to a value the user corrected by hand. */
function EditedMark({ item, field }: { item: WatchItem; field: EditableField }) {
  if (!item.edited?.includes(field)) return null;
  return (
    <span class="edited-mark" title={t('editedTitle')}>
      {t('editedMark')}
    </span>
  );
}

/** One saved item as a table row: due, task, lead units, document, source, status in words, actions. */
export function WatchRow({
  item,
  context,
  rowIndex,
  style,
  selected,
  onSelect,
  onStatus,
  onEdit,
  onSnooze,
  onDelete,
  onShowSources,
}: WatchRowProps) {
  const { lang, today } = context;
  const status = statusOf(item, context);
  const urgency = status === 'overdue' || status === 'soon' ? status : '';
  const snoozed = item.status === 'open' && isSnoozed(item, today);
  const [choosing, setChoosing] = useState(false);
  const firstChoice = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (choosing) firstChoice.current?.focus();
  }, [choosing]);
  const task = taskOf(item, lang);
  const owners = (item.owners ?? []).join('; ');
  const documentCode = documentOf(item, context.codes);
  // A corrected due date is a day: the period the text named no longer explains it.
  const when = item.due ?? item.value;
  const due =
    item.due && !item.edited?.includes('due') ? (
      <DueDate due={item.due} value={item.value} recurrence={item.recurrence} lang={lang} />
    ) : when ? (
      formatDateValue(when, lang)
    ) : item.issued ? (
      // A document is not due: its issue date is said as such.
      <span class="issued">{t('cardIssuedOn', [formatDateValue(item.issued, lang)])}</span>
    ) : (
      ''
    );
  const closeChoices = () => {
    setChoosing(false);
    // Back to the button that opened the choices, which is rendered again now.
    requestAnimationFrame(() =>
      (
        globalThis.document.querySelector(
          `[data-row="${CSS.escape(item.key)}"] [data-action="snooze"]`,
        ) as HTMLElement | null
      )?.focus(),
    );
  };
  return (
    <tr
      class={`watch-row watch-grid ${item.status} ${urgency}${snoozed ? ' snoozed' : ''}`}
      style={style}
      aria-rowindex={rowIndex}
      data-key={item.key}
      data-row={item.key}
      data-testid="watch-row"
    >
      <td class="cell-select">
        <input
          type="checkbox"
          checked={selected}
          aria-label={`${t('columnSelect')}: ${item.text}`}
          onChange={(e) => onSelect(e.currentTarget.checked)}
        />
      </td>
      <td class="cell-due">
        <span class="watch-due">{due}</span> <EditedMark item={item} field="due" />
      </td>
      <td class="cell-task" title={task}>
        <span class="kind">{t(KIND_LABEL[item.kind])}</span>
        {/* The date as the text wrote it ("quý IV/2026", "ngày 30/9/2027"), next to what it means. */}
        {item.kind !== 'document' && item.text !== item.due && <span class="written"> · {item.text}</span>}{' '}
        <EditedMark item={item} field="task" />
        <div class="watch-task">{task || item.text}</div>
        {item.note && <div class="watch-note-text">{item.note}</div>}
      </td>
      <td class="cell-owners" title={owners}>
        {owners} <EditedMark item={item} field="owners" />
      </td>
      <td class="cell-document">
        {item.kind === 'document' ? <strong>{documentCode}</strong> : documentCode}{' '}
        <EditedMark item={item} field="documentKey" />
      </td>
      <td class="cell-site" title={item.site}>
        {item.site}
      </td>
      <td class="cell-status">
        <span class={`badge ${status}`}>{t(STATUS_LABEL[status])}</span>
        {snoozed && item.snoozedUntil && (
          <div class="snoozed-until">{t('snoozedUntil', [formatDateValue(item.snoozedUntil, lang)])}</div>
        )}
      </td>
      <td class="cell-actions">
        {choosing ? (
          <fieldset class="snooze-choices" onKeyDown={(e) => e.key === 'Escape' && closeChoices()}>
            <legend>{t('snoozeFor')}</legend>
            {SNOOZE_DAYS.map((days, index) => (
              <button
                key={days}
                type="button"
                ref={index === 0 ? firstChoice : undefined}
                data-snooze={days}
                onClick={() => {
                  onSnooze(addDays(today, days));
                  closeChoices();
                }}
              >
                {days === 1 ? t('snoozeOneDay') : t('snoozeDays', [String(days)])}
              </button>
            ))}
            <button type="button" aria-label={t('cancel')} onClick={closeChoices}>
              ×
            </button>
          </fieldset>
        ) : (
          <>
            <button
              type="button"
              data-action="status"
              onClick={() => onStatus(item.status === 'open' ? 'done' : 'open')}
            >
              {item.status === 'open' ? t('markDone') : t('reopen')}
            </button>
            <button type="button" data-action="edit" onClick={onEdit}>
              {t('editItem')}
            </button>
            {snoozed ? (
              <button type="button" data-action="unsnooze" onClick={() => onSnooze(null)}>
                {t('unsnooze')}
              </button>
            ) : (
              item.kind === 'deadline' &&
              item.status === 'open' && (
                <button type="button" data-action="snooze" onClick={() => setChoosing(true)}>
                  {t('snooze')}
                </button>
              )
            )}
            <button type="button" data-action="sources" onClick={onShowSources}>
              {t('sources')}
            </button>
            <button type="button" data-action="delete" onClick={onDelete}>
              {t('delete')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

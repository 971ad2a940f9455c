import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { DEFAULT_REMINDER_DAYS, urgencyOf } from '../lib/watchlist/due';
import { describeDocument, formatDateValue, taskLines } from '../lib/watchlist/format';
import type { WatchItem } from '../lib/watchlist/types';
import { DueDate } from './DueDate';

export interface WatchRowProps {
  item: WatchItem;
  today: string;
  /** Days ahead that count as due soon (the reminder window). */
  reminderDays?: number;
  lang: 'vi' | 'en';
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onStatus: (status: WatchItem['status']) => void;
  onNote: (note: string) => void;
  onDelete: () => void;
  onShowSources: () => void;
}

const KIND_LABEL = { document: 'kindDocument', deadline: 'kindDeadline', date: 'kindDate' } as const;

/** One saved item: what it is in words, its due date with overdue / due-soon marks, note and actions. */
export function WatchRow({
  item,
  today,
  reminderDays = DEFAULT_REMINDER_DAYS,
  lang,
  selected,
  onSelect,
  onStatus,
  onNote,
  onDelete,
  onShowSources,
}: WatchRowProps) {
  const [note, setNote] = useState(item.note);
  const urgency = urgencyOf(item, today, reminderDays);
  // A deadline says what must be done and by whom when the text named it; else its sentence.
  const taskText = taskLines({ task: item.task, owners: item.owners, document: item.documentKey }, t).join(' · ');
  const describe =
    item.kind === 'document'
      ? describeDocument(item, lang, (date) => t('cardIssuedOn', [date])).join(' · ')
      : (item.task && taskText) || (item.sentence ?? '');
  const when = item.due ?? item.value ?? item.issued;
  return (
    <div class={`watch-row ${item.status} ${urgency ?? ''}`} data-key={item.key} data-testid="watch-row">
      <input
        type="checkbox"
        checked={selected}
        aria-label={item.text}
        onChange={(e) => onSelect(e.currentTarget.checked)}
      />
      <div class="watch-main">
        <div class="watch-title">
          <span class="kind">{t(KIND_LABEL[item.kind])}</span> <strong>{item.text}</strong>
          {urgency && <span class={`badge ${urgency}`}>{t(urgency === 'overdue' ? 'overdue' : 'dueSoon')}</span>}
          {item.status === 'done' && <span class="badge done">{t('statusDone')}</span>}
        </div>
        <div class="watch-detail" title={describe}>
          {describe}
        </div>
      </div>
      <div class="watch-due">
        {item.due ? (
          <DueDate due={item.due} value={item.value} recurrence={item.recurrence} lang={lang} />
        ) : when ? (
          formatDateValue(when, lang)
        ) : (
          ''
        )}
      </div>
      <input
        class="watch-note"
        value={note}
        placeholder={t('notePlaceholder')}
        aria-label={t('columnNote')}
        onInput={(e) => setNote(e.currentTarget.value)}
        onBlur={() => note !== item.note && onNote(note)}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      <div class="watch-actions">
        <button type="button" data-action="status" onClick={() => onStatus(item.status === 'open' ? 'done' : 'open')}>
          {item.status === 'open' ? t('markDone') : t('reopen')}
        </button>
        <button type="button" data-action="sources" onClick={onShowSources}>
          {t('sources')}
        </button>
        <button type="button" data-action="delete" onClick={onDelete}>
          {t('delete')}
        </button>
      </div>
    </div>
  );
}

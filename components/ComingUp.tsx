import { t } from '../lib/i18n';
import type { ComingUpSummary } from '../lib/reminders/popup-summary';
import { DueDate } from './DueDate';

/**
 * "Sắp đến hạn": overdue and due-within-the-window counts (snoozed ones apart), and the next few
 * deadlines. `checked` is false while it shows the stored summary and true once the database said
 * the same or replaced it (`data-checked`, for tests and the bench).
 */
export function ComingUp({
  summary,
  checked = true,
  lang,
}: {
  summary: ComingUpSummary | undefined;
  checked?: boolean;
  lang: 'vi' | 'en';
}) {
  if (!summary) return null;
  return (
    <section class="coming-up" aria-labelledby="coming-up" data-testid="coming-up" data-checked={String(checked)}>
      <h2 id="coming-up">{t('popupComingUp')}</h2>
      <p>
        <span class={summary.overdue ? 'badge overdue' : 'badge'}>{t('popupOverdue', [String(summary.overdue)])}</span>{' '}
        <span class="badge">{t('popupDueSoon', [String(summary.dueSoon), String(summary.days)])}</span>
        {/* Snoozed deadlines count in neither: only how many, so nothing put off is forgotten. */}
        {!!summary.snoozed && (
          <>
            {' '}
            <span class="badge" data-testid="snoozed-count">
              {t('popupSnoozed', [String(summary.snoozed)])}
            </span>
          </>
        )}
      </p>
      {summary.next.length === 0 ? (
        <p>{t('popupNothingDue')}</p>
      ) : (
        <ul>
          {summary.next.map((item) => (
            <li key={item.key}>
              <strong>
                {item.due && <DueDate due={item.due} value={item.value} recurrence={item.recurrence} lang={lang} />}
              </strong>{' '}
              {item.sentence ?? item.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

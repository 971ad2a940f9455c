import type { Recurrence } from '../lib/extract/types';
import { t } from '../lib/i18n';
import { dueIsBeforePeriod, periodOf } from '../lib/watchlist/due';
import { describeRecurrence, formatDateValue, formatPeriod } from '../lib/watchlist/format';

/**
 * A due date as people read it. A deadline without a day says what the text said and what it
 * means: "trước quý 2/2027 → hạn 31/03/2027", "tháng 12/2026 → hạn 31/12/2026".
 */
export function DueDate({
  due,
  value,
  recurrence,
  lang,
}: {
  due: string;
  value?: string;
  recurrence?: Recurrence | null;
  lang: 'vi' | 'en';
}) {
  // A recurring deadline: how often, and the next time ("hằng tháng, ngày 20 → kỳ tới 20/12/2026").
  if (recurrence) {
    return (
      <span class="due-date">
        {t('dueRecurring', [describeRecurrence(recurrence, lang), formatDateValue(due, lang)])}
      </span>
    );
  }
  // A day, a limit counted in days ("15 ngày kể từ ngày ký", value P15D) or a yearless day: the day alone.
  if (!value || periodOf(value) === 'day' || /^(?:P|R\/|--)/.test(value))
    return <span class="due-date">{formatDateValue(due, lang)}</span>;
  const key = dueIsBeforePeriod(value, due) ? 'dueBeforePeriod' : 'dueWithinPeriod';
  return <span class="due-date">{t(key, [formatPeriod(value, lang), formatDateValue(due, lang)])}</span>;
}

import { t } from '../lib/i18n';
import { dueIsBeforePeriod, periodOf } from '../lib/watchlist/due';
import { formatDateValue, formatPeriod } from '../lib/watchlist/format';

/**
 * A due date as people read it. A deadline without a day says what the text said and what it
 * means: "trước quý 2/2027 → hạn 31/03/2027", "tháng 12/2026 → hạn 31/12/2026".
 */
export function DueDate({ due, value, lang }: { due: string; value?: string; lang: 'vi' | 'en' }) {
  if (periodOf(value) === 'day' || !value) return <span class="due-date">{formatDateValue(due, lang)}</span>;
  const key = dueIsBeforePeriod(value, due) ? 'dueBeforePeriod' : 'dueWithinPeriod';
  return <span class="due-date">{t(key, [formatPeriod(value, lang), formatDateValue(due, lang)])}</span>;
}

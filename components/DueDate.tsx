import { t } from '../lib/i18n';
import { periodOf } from '../lib/watchlist/due';
import { formatDateValue, formatPeriod } from '../lib/watchlist/format';

/**
 * A due date as people read it. A deadline without a day ("tháng 12/2020", "quý IV/2020") falls
 * due on the last day of its period, and says so.
 */
export function DueDate({ due, value, lang }: { due: string; value?: string; lang: 'vi' | 'en' }) {
  const period = periodOf(value);
  return (
    <span class="due-date">
      {formatDateValue(due, lang)}
      {period !== 'day' && value && <span class="due-period"> ({t('dueEndOf', [formatPeriod(value, lang)])})</span>}
    </span>
  );
}

import { t } from '../lib/i18n';
import { describeDocument, formatDateValue, taskLines, taskPartsOf } from '../lib/watchlist/format';
import type { FindingSummary } from '../lib/watchlist/types';

export interface FindingListProps {
  findings: FindingSummary[];
  lang: 'vi' | 'en';
  onPick: (finding: FindingSummary) => void;
  /** Watchlist keys already saved, and the Save / Saved toggle. */
  saved: ReadonlySet<string>;
  onToggleSave: (finding: FindingSummary, save: boolean) => void;
}

/** Deadlines first (soonest due first), then documents, then other dates; each with its details in words. */
export function FindingList({ findings, lang, onPick, saved, onToggleSave }: FindingListProps) {
  const deadlines = findings
    .filter((f) => f.category === 'deadline')
    .sort((a, b) => (a.date?.due ?? '9999').localeCompare(b.date?.due ?? '9999'));
  const references = findings.filter((f) => f.category === 'reference' || f.category === 'weak-reference');
  const dates = findings.filter((f) => f.category === 'date');
  const groups: [string, FindingSummary[]][] = [
    [t('popupDeadlines'), deadlines],
    [t('popupReferences'), references],
    [t('popupOtherDates'), dates],
  ];
  return (
    <div class="findings">
      {groups
        .filter(([, items]) => items.length > 0)
        .map(([title, items]) => (
          <section key={title}>
            <h3>{title}</h3>
            <ul>
              {items.map((finding) => (
                <li key={finding.watchKey} class="finding-row">
                  <button
                    type="button"
                    class="finding"
                    data-category={finding.category}
                    onClick={() => onPick(finding)}
                  >
                    <span class="finding-title">
                      {title === t('popupReferences') ? (finding.reference?.code ?? finding.text) : finding.text}
                    </span>
                    <span class="finding-detail">{describe(finding, lang)}</span>
                    {finding.category === 'deadline' &&
                      taskLines(taskPartsOf(finding.date, finding.documentKey), t).map((line) => (
                        <span key={line} class="finding-task">
                          {line}
                        </span>
                      ))}
                    {finding.count > 1 && <span class="finding-count">{t('popupTimes', [String(finding.count)])}</span>}
                  </button>
                  <button
                    type="button"
                    class="save-toggle"
                    aria-pressed={saved.has(finding.watchKey)}
                    onClick={() => onToggleSave(finding, !saved.has(finding.watchKey))}
                  >
                    {saved.has(finding.watchKey) ? t('saveToggleSaved') : t('saveToggleSave')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}

function describe(finding: FindingSummary, lang: 'vi' | 'en'): string {
  const ref = finding.reference;
  if (ref) {
    return describeDocument(ref, lang, (date) => t('cardIssuedOn', [date])).join(' · ');
  }
  const date = finding.date;
  if (!date) return '';
  const due = date.due && t('cardDueOn', [formatDateValue(date.due, lang)]);
  return due || formatDateValue(date.value, lang);
}

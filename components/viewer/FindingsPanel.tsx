import { useState } from 'preact/hooks';
import type { DocumentSummary } from '../../lib/documents/findings';
import { formatDateValue } from '../../lib/watchlist/format';
import { lineKeyOf } from '../../lib/watchlist/summary';

export interface FindingsPanelProps {
  summaries: DocumentSummary[];
  lang: 'vi' | 'en';
  t: (key: string, substitutions?: string[]) => string;
  /** Whether the document has pages (a PDF): then each line says its page. */
  paged: boolean;
  onPick: (summary: DocumentSummary) => void;
  currentKey?: string;
  /** Only the first page is read yet. */
  partial?: boolean;
}

/** Rows shown per group at first; the rest on demand, so 20,000 findings do not block the page. */
const FIRST_ROWS = 200;

/**
 * The document's findings as the popup lists a page's: deadlines first (soonest due first, with
 * the task and who leads it when extraction knows), then documents, then other dates, with counts.
 */
export function FindingsPanel({ summaries, lang, t, paged, onPick, currentKey, partial }: FindingsPanelProps) {
  const [shown, setShown] = useState<Record<string, number>>({});
  const deadlines = summaries.filter((s) => s.category === 'deadline');
  const documents = summaries.filter((s) => s.category === 'reference' || s.category === 'weak-reference');
  const dates = summaries.filter((s) => s.category === 'date');
  const groups: [string, string, DocumentSummary[]][] = [
    ['deadlines', t('viewerDeadlines'), deadlines],
    ['documents', t('viewerDocuments'), documents],
    ['dates', t('viewerDates'), dates],
  ];
  return (
    <nav
      class="viewer-panel"
      aria-label={t('viewerFindings')}
      data-testid="viewer-panel"
      data-complete={partial ? 'false' : 'true'}
      aria-busy={partial ? 'true' : undefined}
    >
      <h2>{t('viewerFindings')}</h2>
      <p class="viewer-counts" data-testid="viewer-counts">
        {t('viewerCounts', [String(documents.length), String(deadlines.length), String(dates.length)])}
      </p>
      {summaries.length === 0 && <p>{t('viewerNone')}</p>}
      {groups
        .filter(([, , items]) => items.length > 0)
        .map(([id, title, items]) => (
          <section key={id} data-group={id}>
            <h3>
              {title} ({items.length})
            </h3>
            <ul>
              {items.slice(0, shown[id] ?? FIRST_ROWS).map((summary) => (
                <li key={summary.key}>
                  <button
                    type="button"
                    class="viewer-finding"
                    data-category={summary.category}
                    aria-current={lineKeyOf(summary) === currentKey ? 'true' : undefined}
                    onClick={() => onPick(summary)}
                  >
                    <span class="finding-title">{summary.reference?.code ?? summary.text}</span>
                    {summary.date?.due && <span class="finding-detail">{formatDateValue(summary.date.due, lang)}</span>}
                    {summary.reference?.typeName && (
                      <span class="finding-detail">{summary.reference.typeName[lang]}</span>
                    )}
                    {summary.date?.task?.text && (
                      <span class="finding-task">{t('viewerTask', [summary.date.task.text])}</span>
                    )}
                    {summary.date?.owners && summary.date.owners.length > 0 && (
                      <span class="finding-owners">
                        {t('viewerOwners', [summary.date.owners.map((owner) => owner.text).join(', ')])}
                      </span>
                    )}
                    <span class="finding-where">
                      {paged ? t('viewerPage', [String(summary.page)]) : ''}
                      {summary.count > 1 ? ` · ${t('viewerOccurrences', [String(summary.count)])}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {items.length > (shown[id] ?? FIRST_ROWS) && (
              <button
                type="button"
                class="viewer-more"
                onClick={() => setShown({ ...shown, [id]: (shown[id] ?? FIRST_ROWS) + 1000 })}
              >
                {t('viewerMore', [String(items.length - (shown[id] ?? FIRST_ROWS))])}
              </button>
            )}
          </section>
        ))}
    </nav>
  );
}

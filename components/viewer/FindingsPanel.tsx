import { Component } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DocumentSummary } from '../../lib/documents/findings';
import { afterNextFrame } from '../../lib/documents/viewer/after-next-frame';
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

/** User-timing mark set when a complete list has been drawn (tests/bench/documents.ts reads it). */
export const LISTED_MARK = 'vanban:viewer-listed';

/** Rows shown per group at first; the rest on demand, so 20,000 findings do not block the page. */
const FIRST_ROWS = 200;
/**
 * Rows added per group per frame until FIRST_ROWS: 600 rows rendered and laid out at once held the
 * page for over 100 ms.
 */
const ROWS_PER_FRAME = 8;

const rankOf = (summary: DocumentSummary) =>
  summary.category === 'deadline' ? 0 : summary.category === 'date' ? 2 : 1;

/** First index of `summaries` (in panel order) whose group comes after `rank`. */
function groupEnd(summaries: readonly DocumentSummary[], rank: number): number {
  let low = 0;
  let high = summaries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (rankOf(summaries[middle] as DocumentSummary) <= rank) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The panel's three groups. The lines come in the panel's order (`summarizeDocument`: deadlines,
 * documents, dates), so each group is one slice found by binary search; three filters over 60,000
 * lines held the page for 40 ms.
 */
export function groupsOf(summaries: DocumentSummary[]): Record<'deadlines' | 'documents' | 'dates', DocumentSummary[]> {
  const documentsFrom = groupEnd(summaries, 0);
  const datesFrom = groupEnd(summaries, 1);
  return {
    deadlines: summaries.slice(0, documentsFrom),
    documents: summaries.slice(documentsFrom, datesFrom),
    dates: summaries.slice(datesFrom),
  };
}

/**
 * The document's findings as the popup lists a page's: deadlines first (soonest due first, with
 * the task and who leads it when extraction knows), then documents, then other dates, with counts.
 */
export function FindingsPanel({ summaries, lang, t, paged, onPick, currentKey, partial }: FindingsPanelProps) {
  const [shown, setShown] = useState<Record<string, number>>({});
  // A new list starts short (in the very render that brings it: the first page's 600 rows replaced
  // at once by the whole's held the page for 100 ms) and grows once per frame.
  const [growth, setGrowth] = useState({ of: summaries, rows: ROWS_PER_FRAME });
  const grown = growth.of === summaries ? growth.rows : ROWS_PER_FRAME;
  useEffect(() => {
    let stopped = false;
    void (async () => {
      for (let rows = ROWS_PER_FRAME; rows < FIRST_ROWS; ) {
        await afterNextFrame();
        if (stopped) return;
        rows = Math.min(FIRST_ROWS, rows + ROWS_PER_FRAME);
        setGrowth({ of: summaries, rows });
      }
    })();
    return () => {
      stopped = true;
    };
  }, [summaries]);
  // The moment the whole list is on screen (effects run after the frame that shows it), for the
  // document bench: a poll from outside the page waits behind the document's own building tasks.
  useEffect(() => {
    if (!partial) performance.mark(LISTED_MARK, { detail: summaries.length });
  }, [partial, summaries]);
  const limit = (id: string) => Math.min(shown[id] ?? FIRST_ROWS, Math.max(grown, shown[id] ?? 0));
  // Split once per list, not once per frame of growth (60,000 lines).
  const { deadlines, documents, dates } = useMemo(() => groupsOf(summaries), [summaries]);
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
              {items.slice(0, limit(id)).map((summary) => {
                const line = lineKeyOf(summary);
                return (
                  <PanelRow
                    key={line}
                    summary={summary}
                    current={line === currentKey}
                    lang={lang}
                    t={t}
                    paged={paged}
                    onPick={onPick}
                  />
                );
              })}
            </ul>
            {items.length > limit(id) && grown >= FIRST_ROWS && (
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

interface RowProps {
  summary: DocumentSummary;
  current: boolean;
  lang: 'vi' | 'en';
  t: FindingsPanelProps['t'];
  paged: boolean;
  onPick: (summary: DocumentSummary) => void;
}

/** One line of the list. Drawn again only when its own props change, so a growing list adds rows without redoing the others. */
class PanelRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const now = this.props;
    return (
      next.summary !== now.summary || next.current !== now.current || next.lang !== now.lang || next.paged !== now.paged
    );
  }

  override render() {
    const { summary, current, lang, t, paged } = this.props;
    return (
      <li data-line={lineKeyOf(summary)}>
        <button
          type="button"
          class="viewer-finding"
          data-category={summary.category}
          aria-current={current ? 'true' : undefined}
          onClick={() => this.props.onPick(this.props.summary)}
        >
          <span class="finding-title">{summary.reference?.code ?? summary.text}</span>
          {summary.date?.due && <span class="finding-detail">{formatDateValue(summary.date.due, lang)}</span>}
          {summary.reference?.typeName && <span class="finding-detail">{summary.reference.typeName[lang]}</span>}
          {summary.date?.task?.text && <span class="finding-task">{t('viewerTask', [summary.date.task.text])}</span>}
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
    );
  }
}

import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { describeDocument } from '../../lib/watchlist/format';
import type { FindingSummary, SaveResult } from '../../lib/watchlist/types';

interface DocumentChoicesProps {
  documents: FindingSummary[];
  lang: 'vi' | 'en';
  disabled: boolean;
  onSave: (documents: FindingSummary[]) => Promise<SaveResult>;
  onOpenWatchlist: () => void;
  describeFailure: (error: string) => string;
}

/** The documents a selection names, each checked to save, saved as documents. */
export function DocumentChoices(props: DocumentChoicesProps) {
  const { documents, lang, disabled, onSave, onOpenWatchlist, describeFailure } = props;
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set(documents.map((doc) => doc.watchKey)));
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>();

  const save = async () => {
    const wanted = documents.filter((doc) => checked.has(doc.watchKey));
    const result = await onSave(wanted).catch((error: Error): SaveResult => ({ ok: false, error: error.message }));
    setOutcome(
      result.ok
        ? { ok: true, text: t('captureDocumentsSaved', [String(wanted.length)]) }
        : { ok: false, text: describeFailure(result.error) },
    );
  };
  const toggle = (key: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(key);
    else next.delete(key);
    setChecked(next);
  };

  return (
    <section class="capture-documents" aria-labelledby="capture-documents" data-testid="capture-documents">
      <h2 id="capture-documents">{t('captureDocuments')}</h2>
      <ul>
        {documents.map((doc) => (
          <li key={doc.watchKey}>
            <label>
              <input
                type="checkbox"
                checked={checked.has(doc.watchKey)}
                onChange={(event) => toggle(doc.watchKey, event.currentTarget.checked)}
              />{' '}
              <strong>{doc.reference?.code ?? doc.text}</strong>{' '}
              {doc.reference && describeDocument(doc.reference, lang).join(' · ')}
            </label>
          </li>
        ))}
      </ul>
      <button
        type="button"
        data-testid="capture-save-documents"
        disabled={disabled || checked.size === 0}
        onClick={() => void save()}
      >
        {t('captureSaveDocuments')}
      </button>
      {outcome && (
        <p class={outcome.ok ? 'notice ok' : 'notice'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}{' '}
          {outcome.ok && (
            <a
              href="/watchlist.html"
              onClick={(event) => {
                event.preventDefault();
                onOpenWatchlist();
              }}
            >
              {t('captureOpenWatchlist')}
            </a>
          )}
        </p>
      )}
    </section>
  );
}

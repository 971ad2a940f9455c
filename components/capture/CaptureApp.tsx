import { useState } from 'preact/hooks';
import { STORAGE_FULL } from '../../lib/db/watchlist';
import { t } from '../../lib/i18n';
import { PRIVATE_WINDOW } from '../../lib/messaging/protocol';
import { type CapturedSelection, type CaptureProposal, emptyDraft, MAX_SELECTION } from '../../lib/watchlist/capture';
import { formatDateValue } from '../../lib/watchlist/format';
import type { FindingSummary, ItemDraft, SaveResult } from '../../lib/watchlist/types';
import { CaptureForm } from './CaptureForm';
import { DocumentChoices } from './DocumentChoices';

export interface CaptureActions {
  /** Saves a confirmed draft with the page as its source; resolves to the item's key. */
  saveDraft: (draft: ItemDraft) => Promise<string>;
  /** Saves documents the selection names, as the popup saves a page's findings. */
  saveDocuments: (documents: FindingSummary[]) => Promise<SaveResult>;
  openWatchlist: () => void;
}

export interface CaptureAppProps extends CaptureActions {
  lang: 'vi' | 'en';
  /** The selection handed over, or undefined when it is gone (the page was reloaded or reopened). */
  selection: CapturedSelection | undefined;
  proposal: CaptureProposal;
  /** Selected in, or opened from, a private window: nothing is written. */
  privateWindow: boolean;
}

/** The capture page: the selection's dates as prefilled drafts to confirm, and its documents. */
export function CaptureApp(props: CaptureAppProps) {
  const { selection, proposal, privateWindow, lang, saveDraft, saveDocuments, openWatchlist } = props;
  const [chosen, setChosen] = useState(0);
  const [saved, setSaved] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  if (!selection) {
    return (
      <main class="capture">
        <h1>{t('captureTitle')}</h1>
        <p class="notice" data-testid="capture-gone">
          {t('captureGone')}
        </p>
      </main>
    );
  }
  const { choices, documents } = proposal;
  const draft = choices[chosen]?.draft ?? emptyDraft(selection.text);
  const onSave = async (confirmed: ItemDraft) => {
    setProblem(undefined);
    try {
      await saveDraft(confirmed);
      const what = confirmed.task || confirmed.text || confirmed.due;
      setSaved(t('captureSaved', [what, formatDateValue(confirmed.due, lang)]));
    } catch (error) {
      setSaved(undefined);
      setProblem(failure(error));
    }
  };

  const documentList = documents.length > 0 && (
    <DocumentChoices
      documents={documents}
      lang={lang}
      disabled={privateWindow}
      onSave={saveDocuments}
      onOpenWatchlist={openWatchlist}
      describeFailure={(error) => failure(new Error(error))}
    />
  );

  return (
    <main class="capture">
      <h1>{t('captureTitle')}</h1>
      <p class="capture-source" data-testid="capture-source">
        {t('captureFrom', [selection.title || selection.url])}
      </p>
      {selection.cut && (
        <p class="notice" data-testid="capture-cut">
          {t('captureCut', [MAX_SELECTION.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US')])}
        </p>
      )}
      {privateWindow && (
        <p class="notice private" data-testid="capture-private">
          {t('capturePrivate')}
        </p>
      )}
      <details class="capture-quote">
        <summary>{t('captureSelection')}</summary>
        <blockquote>{selection.text}</blockquote>
      </details>
      {choices.length > 0 ? (
        <fieldset class="capture-choices" data-testid="capture-choices">
          <legend>{t('captureFoundDates')}</legend>
          {choices.map((choice, index) => (
            <label key={`${index}-${choice.label}`} class="capture-choice">
              <input
                type="radio"
                name="capture-choice"
                checked={index === chosen}
                onChange={() => {
                  setChosen(index);
                  setSaved(undefined);
                }}
              />{' '}
              {t('captureChoiceLabel', [
                t(choice.draft.kind === 'deadline' ? 'captureKindDeadline' : 'captureKindDate'),
                choice.label,
                choice.draft.due ? formatDateValue(choice.draft.due, lang) : t('captureNoDueFound'),
              ])}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          {/* A selection that names only documents: those first, then the form for a task by hand. */}
          {documentList}
          <p data-testid="capture-nothing-found">{t('captureNothingFound')}</p>
        </>
      )}
      <CaptureForm key={chosen} draft={draft} disabled={privateWindow} onSave={onSave} />
      {saved && (
        <p class="notice ok" role="status" data-testid="capture-saved">
          {saved}{' '}
          <a
            href="/watchlist.html"
            onClick={(event) => {
              event.preventDefault();
              openWatchlist();
            }}
          >
            {t('captureOpenWatchlist')}
          </a>
        </p>
      )}
      {problem && (
        <p class="notice" role="alert" data-testid="capture-problem">
          {problem}
        </p>
      )}
      {choices.length > 0 && documentList}
    </main>
  );
}

/** A failed save in the user's words: a full disk says so. */
function failure(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  if (message === PRIVATE_WINDOW) return t('privateNotSaved');
  return message === STORAGE_FULL || /quota/i.test(message) ? t('storageFull') : t('saveFailed', [message]);
}

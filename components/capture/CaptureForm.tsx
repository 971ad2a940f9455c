import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { draftProblem, ownersFromInput } from '../../lib/watchlist/capture';
import type { ItemDraft } from '../../lib/watchlist/types';

interface CaptureFormProps {
  /** The prefilled draft; the form keeps its own copy as the user fixes it. */
  draft: ItemDraft;
  /** A private window: the form shows what would be saved but cannot save. */
  disabled: boolean;
  onSave: (draft: ItemDraft) => Promise<void>;
}

/** The draft as fields to confirm or fix: due date, kind, task, owners, document, note. */
export function CaptureForm({ draft, disabled, onSave }: CaptureFormProps) {
  const [due, setDue] = useState(draft.due);
  const [kind, setKind] = useState(draft.kind);
  const [task, setTask] = useState(draft.task ?? '');
  const [owners, setOwners] = useState((draft.owners ?? []).join('\n'));
  const [documentKey, setDocumentKey] = useState(draft.documentKey ?? '');
  const [note, setNote] = useState(draft.note ?? '');
  const [needDue, setNeedDue] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const confirmed: ItemDraft = {
      ...draft,
      kind,
      due,
      task: task.trim(),
      owners: ownersFromInput(owners),
      documentKey: documentKey.trim() || null,
      note: note.trim(),
    };
    if (draftProblem(confirmed)) return setNeedDue(true);
    setNeedDue(false);
    setBusy(true);
    await onSave(confirmed).finally(() => setBusy(false));
  };

  return (
    <form class="capture-form" data-testid="capture-form" onSubmit={submit} noValidate>
      <label>
        {t('captureDue')}
        <input
          type="date"
          name="due"
          required
          value={due}
          aria-invalid={needDue}
          aria-describedby={needDue ? 'capture-need-due' : undefined}
          onInput={(event) => setDue(event.currentTarget.value)}
        />
      </label>
      {needDue && (
        <p id="capture-need-due" class="notice" role="alert" data-testid="capture-need-due">
          {t('captureNeedDue')}
        </p>
      )}
      <label>
        {t('captureKind')}
        <select
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value === 'date' ? 'date' : 'deadline')}
        >
          <option value="deadline">{t('captureKindDeadline')}</option>
          <option value="date">{t('captureKindDate')}</option>
        </select>
      </label>
      <label>
        {t('captureTask')}
        <textarea name="task" rows={3} value={task} onInput={(event) => setTask(event.currentTarget.value)} />
      </label>
      <label>
        {t('captureOwners')}
        <textarea name="owners" rows={2} value={owners} onInput={(event) => setOwners(event.currentTarget.value)} />
      </label>
      <label>
        {t('captureDocument')}
        <input
          type="text"
          name="document"
          value={documentKey}
          onInput={(event) => setDocumentKey(event.currentTarget.value)}
        />
      </label>
      <label>
        {t('captureNote')}
        <textarea name="note" rows={2} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      <button type="submit" class="primary" data-testid="capture-save" disabled={disabled || busy}>
        {t('captureSave')}
      </button>
    </form>
  );
}

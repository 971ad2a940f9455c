import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { type ItemFormValues, isValidDay } from '../../lib/watchlist/item-form';

export interface ItemFormProps {
  initial: ItemFormValues;
  /** A document has only its note to correct; a deadline or date has every field. */
  noteOnly?: boolean;
  submitLabel: string;
  onSubmit: (values: ItemFormValues) => void;
  onCancel: () => void;
}

/**
 * The fields of a deadline (due date, kind, task, lead units, document, note), for the editor and
 * for quick add. Enter saves, Esc cancels; an empty or impossible date is refused with a message
 * and every field keeps what was typed.
 */
export function ItemForm({ initial, noteOnly = false, submitLabel, onSubmit, onCancel }: ItemFormProps) {
  const [values, setValues] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const field =
    <K extends keyof ItemFormValues>(key: K) =>
    (event: { currentTarget: { value: string } }) =>
      setValues({ ...values, [key]: event.currentTarget.value as ItemFormValues[K] });
  return (
    <form
      class="item-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!noteOnly && !isValidDay(values.due)) {
          setInvalid(true);
          first.current?.focus();
          return;
        }
        onSubmit(values);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onCancel();
      }}
    >
      {!noteOnly && (
        <>
          <label>
            {t('fieldDue')}
            <input
              ref={first}
              type="date"
              name="due"
              required
              value={values.due}
              aria-invalid={invalid}
              aria-describedby={invalid ? 'item-form-error' : undefined}
              onInput={field('due')}
            />
          </label>
          <label>
            {t('fieldKind')}
            <select name="kind" value={values.kind} onChange={field('kind')}>
              <option value="deadline">{t('kindDeadline')}</option>
              <option value="date">{t('kindDate')}</option>
            </select>
          </label>
          <label class="wide">
            {t('fieldTask')}
            <input type="text" name="task" value={values.task} onInput={field('task')} />
          </label>
          <label class="wide">
            {t('fieldOwners')}
            <input type="text" name="owners" value={values.owners} onInput={field('owners')} />
          </label>
          <label>
            {t('fieldDocument')}
            <input type="text" name="documentKey" value={values.documentKey} onInput={field('documentKey')} />
          </label>
        </>
      )}
      <label class="wide">
        {t('fieldNote')}
        <input ref={noteOnly ? first : undefined} type="text" name="note" value={values.note} onInput={field('note')} />
      </label>
      {invalid && (
        <p class="message error" id="item-form-error" role="alert">
          {t('invalidDue')}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * Capture from a selection ("Thêm vào danh sách theo dõi" on selected text, any page): the
 * selection is capped, read by the one extraction pipeline (the caller runs it and hands in its
 * findings as list lines), and turned into drafts the user confirms or fixes before anything is
 * saved. Pure: no browser, no database.
 */
import type { FindingSource, FindingSummary, ItemDraft } from './types';

/** The longest selection read and kept as the quote; a longer one is cut and the page says so. */
export const MAX_SELECTION = 10_000;
/** A task or date text is a one-line field: backups refuse longer ones (BACKUP_LIMITS.shortText). */
export const MAX_TASK = 1_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the background hands the capture page (through session storage, under a one-time id). */
export interface CapturedSelection {
  text: string;
  /** True when the selection was longer than MAX_SELECTION and `text` is its beginning. */
  cut: boolean;
  url: string;
  title: string;
  /** Selected in a private window: nothing may be written to disk. */
  private: boolean;
}

/** The selection as kept: at most `max` characters, cut at a word break when one is near the end. */
export function capSelection(text: string, max = MAX_SELECTION): { text: string; cut: boolean } {
  const trimmed = text.trim();
  if (trimmed.length <= max) return { text: trimmed, cut: false };
  let end = max;
  // Never split a surrogate pair; prefer the last blank in the final 200 characters.
  if (/[\uD800-\uDBFF]/.test(trimmed.charAt(end - 1))) end -= 1;
  const blank = trimmed.lastIndexOf(' ', end);
  if (blank > end - 200) end = blank;
  return { text: trimmed.slice(0, end).trimEnd(), cut: true };
}

/** One date found in the selection, offered as a prefilled draft. */
export interface CaptureChoice {
  /** The date as written ("trước ngày 15/01/2027"), to tell the choices apart. */
  label: string;
  draft: ItemDraft;
  /** The draft's due date came from the text (a recurring or relative limit may have none). */
  dueFound: boolean;
}

export interface CaptureProposal {
  /** Deadlines first (soonest first), then the other dates, each a draft to confirm. */
  choices: CaptureChoice[];
  /** The documents the selection names, one per document, to save as documents. */
  documents: FindingSummary[];
}

/**
 * What to offer for a selection whose findings (one line per document or date, as the popup and
 * the viewer list them) are `lines`.
 */
export function proposeCapture(lines: readonly FindingSummary[]): CaptureProposal {
  const dates = lines.filter((line) => line.date);
  const choices = dates
    .map((line): CaptureChoice => {
      const date = line.date as NonNullable<FindingSummary['date']>;
      // Only deadlines carry a due date; another date falls on its own day when it names one.
      const due = date.due ?? (ISO_DAY.test(date.value) ? date.value : '');
      return {
        label: date.text,
        dueFound: due !== '',
        draft: {
          kind: date.kind === 'deadline' ? 'deadline' : 'date',
          due,
          text: date.text,
          task: date.task?.text ?? '',
          owners: date.owners?.map((owner) => owner.text) ?? [],
          documentKey: date.document ?? line.documentKey,
          note: '',
          sentence: line.sentence,
        },
      };
    })
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.draft.due || '9999').localeCompare(b.draft.due || '9999') ||
        a.label.localeCompare(b.label),
    );
  const documents = lines.filter((line) => line.reference && !line.date);
  return { choices, documents };
}

const rank = (choice: CaptureChoice) => (choice.draft.kind === 'deadline' ? 0 : 1);

/** The form when nothing dated was found: the selection is the task, the date is left to the user. */
export function emptyDraft(selection: string): ItemDraft {
  const task = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_TASK);
  return { kind: 'deadline', due: '', task, owners: [], documentKey: null, note: '', sentence: task };
}

/** Where a captured item was seen: the page, and the selection (already capped) as the quote. */
export function captureSource(
  selection: Pick<CapturedSelection, 'url' | 'title' | 'text'>,
  seenAt: string,
): FindingSource {
  return { url: selection.url, title: selection.title, seenAt, quote: selection.text, prefix: '', suffix: '' };
}

/** A draft as the form gives it back, tidied: owners one per line or comma, blanks dropped. */
export function ownersFromInput(input: string): string[] {
  return input
    .split(/[\n;]/)
    .map((owner) => owner.trim())
    .filter(Boolean);
}

/** Why a draft cannot be saved yet, or null: a due day is required. */
export function draftProblem(draft: ItemDraft): 'no-due' | null {
  return ISO_DAY.test(draft.due) ? null : 'no-due';
}

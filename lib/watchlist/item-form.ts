/**
 * The item editor's and quick add's rules, pure: what the form starts with, whether its date is a
 * real day, and which fields a correction really changes (only those are recorded as "đã sửa").
 */
import type { ItemDraft, ItemEdit, WatchItem } from './types';

export interface ItemFormValues {
  due: string;
  kind: 'deadline' | 'date';
  task: string;
  /** Lead units as typed: one per line or separated by ";". */
  owners: string;
  documentKey: string;
  note: string;
}

export const EMPTY_FORM: ItemFormValues = {
  due: '',
  kind: 'deadline',
  task: '',
  owners: '',
  documentKey: '',
  note: '',
};

/** The form for an item as it is saved. */
export function formOf(item: WatchItem): ItemFormValues {
  return {
    due: item.due ?? '',
    kind: item.kind === 'date' ? 'date' : 'deadline',
    task: item.task ?? '',
    owners: (item.owners ?? []).join('; '),
    documentKey: item.documentKey ?? '',
    note: item.note,
  };
}

/** True for an ISO day that exists on the calendar (`2026-02-30` does not). */
export function isValidDay(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === iso;
}

/** Lead units from what was typed: split on new lines and ";", trimmed, empties dropped. */
export function parseOwners(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((owner) => owner.trim())
    .filter(Boolean);
}

/** The fields `values` changes on `item` (a document keeps only its note editable). */
export function editOf(item: WatchItem, values: ItemFormValues): ItemEdit {
  const edit: ItemEdit = {};
  if (values.note !== item.note) edit.note = values.note;
  if (item.kind === 'document') return edit;
  if (values.due !== (item.due ?? '')) edit.due = values.due;
  if (values.kind !== item.kind) edit.kind = values.kind;
  const task = values.task.trim() || null;
  if (task !== (item.task ?? null)) edit.task = task;
  const owners = parseOwners(values.owners);
  if (owners.join('\n') !== (item.owners ?? []).join('\n')) edit.owners = owners;
  const documentKey = values.documentKey.trim() || null;
  if (documentKey !== (item.documentKey ?? null)) edit.documentKey = documentKey;
  return edit;
}

/** A deadline added by hand from the quick-add form. */
export function draftOf(values: ItemFormValues): ItemDraft {
  return {
    kind: values.kind,
    due: values.due,
    task: values.task.trim(),
    owners: parseOwners(values.owners),
    documentKey: values.documentKey.trim() || null,
    note: values.note.trim(),
  };
}

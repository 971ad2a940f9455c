/**
 * The watchlist domain's types: a finding as the page reports it, where it was seen, and a saved
 * item. Shared by the page, the messages, the database and the views; they depend on nothing but
 * the extraction's types.
 */
import type { DateKind, DateMention, Named, Recurrence, Reference, ReferenceFamily, TypeName } from '../extract/types';

/** One document or date as the popup lists it: every occurrence on the page folded into one line. */
export interface FindingSummary {
  /** Reference key, or `date:<kind>:<value>` for a date. */
  key: string;
  category: FindingCategory;
  /** The text as written at the first occurrence. */
  text: string;
  reference?: Reference;
  date?: DateMention;
  /** How often it occurs on the page. */
  count: number;
  /** Index of its first occurrence in the page's findings, for `scrollToFinding`. */
  first: number;
  /** Its watchlist key (see watch-key.ts) and the sentence of its first occurrence. */
  watchKey: string;
  sentence: string;
  /** A little text around the first occurrence, so it can be found again. */
  prefix: string;
  suffix: string;
  /** Key of a document the sentence names, for a date. */
  documentKey: string | null;
}

export type FindingCategory = 'reference' | 'weak-reference' | 'deadline' | 'date';

/** Where a saved item was seen: enough to find the quote again on the page. */
export interface FindingSource {
  url: string;
  title: string;
  seenAt: string;
  quote: string;
  prefix: string;
  suffix: string;
}

export type SaveResult = { ok: true; saved: boolean } | { ok: false; error: string };

export type ItemKind = 'document' | 'deadline' | 'date';
export type ItemStatus = 'open' | 'done';

/** One saved document or date. */
export interface WatchItem {
  /** The watchlist key (watch-key.ts): the dedupe key. */
  key: string;
  kind: ItemKind;
  /** As first seen: the code of a document, the date as written. */
  text: string;
  // Documents
  code?: string;
  family?: ReferenceFamily | null;
  typeName?: TypeName | null;
  issuer?: string[];
  issuerName?: Named | null;
  year?: number | null;
  issued?: string | null;
  // Dates and deadlines
  value?: string;
  dateKind?: DateKind;
  due?: string | null;
  /** The sentence the date came from, and the document it names, if any. */
  sentence?: string;
  documentKey?: string | null;
  /** Since version 3, for deadlines: what must be done and the bodies that must do it. */
  task?: string | null;
  owners?: string[];
  /** Since version 3: a deadline that comes back ("trước ngày 20 hằng tháng"). */
  recurrence?: Recurrence | null;
  status: ItemStatus;
  note: string;
  /** Since version 4: no reminder for this item before this ISO day ("nhắc lại sau N ngày"). */
  snoozedUntil?: string | null;
  /** Since version 4: the fields the user corrected by hand (kept as they are on later saves). */
  edited?: EditableField[];
  /** Since version 4: added by hand (quick add or a selection), not found by the extractor. */
  manual?: boolean;
  createdAt: number;
  updatedAt: number;
  /** Since version 2: accent-folded text for search ("chi thi" finds "Chỉ thị"). */
  search: string;
  /** Since version 2: host name of the first source, for the site filter. */
  site: string;
}

/** Where an item was seen: one row per page and quote. */
export interface ItemSource extends FindingSource {
  id?: number;
  itemKey: string;
}

/** The fields of a saved item the user may correct in place. */
export type EditableField = 'due' | 'kind' | 'task' | 'owners' | 'documentKey' | 'note';

/** A correction by hand: any of the editable fields, plus the snooze (which is not a correction). */
export type ItemEdit = Partial<Pick<WatchItem, EditableField | 'snoozedUntil'>>;

/** A deadline or date the user adds by hand: from a phone call, or from a selection on a page. */
export interface ItemDraft {
  kind: 'deadline' | 'date';
  /** ISO day it falls due (or happens). */
  due: string;
  /** What the user wrote or selected for the date; the due date itself when empty. */
  text?: string;
  task?: string;
  owners?: string[];
  documentKey?: string | null;
  note?: string;
  /** The sentence it came from (a selection), if any. */
  sentence?: string;
}

/**
 * The public surface of extraction: text in, references and dates out. Pure (no DOM, no extension
 * API), so the content script, the `scan` command and the tests run the same code. compromise is
 * not imported here: the English step that needs it (english/enrich.ts) runs in extractDocument,
 * off the page's main thread.
 */
import { findDates } from './dates/find-dates';
import { annotateDeadlines } from './deadlines/annotate';
import { findRecurrences, findRelativeLimits } from './deadlines/relative';
import { findDeclaredSchedules } from './deadlines/schedules';
import { findTableRows } from './deadlines/tables';
import { findReferences } from './refs/find-refs';
import { guessLanguage } from './text/language';
import { asLines, asProse, blockBreaksAsSpaces } from './text/prose';
import type { DateMention, Extraction, TextTable } from './types';

export interface ExtractOptions {
  /** The page's publication date (ISO `YYYY-MM-DD`), used to give year-less dates their year. */
  published?: string;
  /** Page language; `en` adds the English month grammar. Guessed from the text when absent. */
  lang?: 'vi' | 'en';
  /** Tables of the page (cell offsets into `text`, header row first): deadline columns, tasks, owners. */
  tables?: TextTable[];
  /**
   * Read each deadline's task, owners and document (default true). A caller that only paints
   * highlights can leave them for later: kinds, values and due dates do not depend on them.
   */
  deadlineDetails?: boolean;
}

/**
 * Every reference and date in `text`, each list in document order. Offsets are UTF-16 indexes into
 * `text`. A reference followed by its issue date carries it in `issued`.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  // Codes never cross a page's block break; everything else reads it as a line break (prose.ts).
  const references = findReferences(text);
  const prose = asProse(text);
  const english = (options.lang ?? guessLanguage(prose)) === 'en';
  // Tables are read from the lines as written: a cell wrapped to the full width must not join the next cell.
  const rows = findTableRows(asLines(text), options.tables);
  const deadlineSpans = [
    ...rows.filter((row) => row.timeRole === 'deadline').map((row) => row.time ?? row),
    ...findDeclaredSchedules(prose),
  ].sort((a, b) => a.start - b.start);
  const found = findDates(prose, { published: options.published, english, references, deadlineSpans });
  for (const [reference, value] of found.issued) reference.issued = value;
  const limits = [...findRelativeLimits(prose, found.dates), ...findRecurrences(prose, found.dates, english)];
  const dates = limits.length ? mergeByStart(found.dates, limits) : found.dates;
  if (options.deadlineDetails !== false) annotateDeadlines(prose, dates, references, english, rows);
  // Spans that straddle a block break keep the text as the page has it.
  if (prose !== text) restoreSurfaces(text, dates);
  return { references, dates };
}

/** Puts the page's own characters back into the `text` of spans read from the prose copy. */
export function restoreSurfaces(text: string, dates: DateMention[]): void {
  for (const date of dates) {
    date.text = text.slice(date.start, date.end);
    // A task or owner that runs over a block break (a sentence set one line a paragraph) reads on.
    if (date.task) date.task.text = blockBreaksAsSpaces(text.slice(date.task.start, date.task.end));
    for (const owner of date.owners ?? []) owner.text = blockBreaksAsSpaces(text.slice(owner.start, owner.end));
  }
}

/** `extra` merged into `dates` in document order; an extra overlapping a date of ours is dropped. */
function mergeByStart(dates: DateMention[], extra: DateMention[]): DateMention[] {
  const sorted = [...extra].sort((a, b) => a.start - b.start);
  const merged: DateMention[] = [];
  let i = 0;
  for (const item of sorted) {
    while (i < dates.length && (dates[i] as DateMention).end <= item.start) merged.push(dates[i++] as DateMention);
    const next = dates[i];
    if (next && next.start < item.end) continue; // overlaps a date of ours
    const last = merged[merged.length - 1];
    if (last && last.end > item.start) continue; // overlaps an earlier extra
    merged.push(item);
  }
  while (i < dates.length) merged.push(dates[i++] as DateMention);
  return merged;
}

export { publishedDayOf } from './dates/values';
export type { DateKind, DateMention, Extraction, Reference, ReferenceFamily } from './types';

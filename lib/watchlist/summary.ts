/**
 * Findings folded into the lines a user sees and saves: a document is one line however often it
 * is named; a date is one line per sentence (its watch key), so two tasks due the same day stay
 * apart. Shared by the page (popup list, card) and the document viewer (side panel). Pure.
 */
import type { FindingSummary } from './types';

/** What a finding says about itself; page findings and document findings both have it. */
export type Summarisable = Omit<FindingSummary, 'count' | 'first'> & { page?: number };

/** A line of the list: a summary, and in a PDF the page of its first occurrence. */
export type Line = FindingSummary & { page?: number };

/** What makes occurrences one line (and one saved item). */
export function lineKeyOf(finding: Pick<Summarisable, 'key' | 'watchKey' | 'date'>): string {
  return finding.date ? finding.watchKey : finding.key;
}

/** The summary of one finding seen once, at index `first` of its page's findings. */
export function summaryOf(finding: Summarisable, first = 0): Line {
  const { key, category, text, reference, date, watchKey, sentence, prefix, suffix, documentKey, page } = finding;
  const line: Line = {
    key,
    category,
    text,
    reference,
    date,
    count: 1,
    first,
    watchKey,
    sentence,
    prefix,
    suffix,
    documentKey,
  };
  if (page !== undefined) line.page = page;
  return line;
}

/** One summary per line, in order of first occurrence, with occurrence counts. */
export function summarizeLines(findings: readonly Summarisable[]): Line[] {
  const byLine = new Map<string, Line>();
  findings.forEach((finding, index) => {
    const line = lineKeyOf(finding);
    const known = byLine.get(line);
    if (known) known.count += 1;
    else byLine.set(line, summaryOf(finding, index));
  });
  return [...byLine.values()];
}

/**
 * A document's findings as offsets into its text (the viewer turns them into ranges only for the
 * pages it has drawn), and the list the side panel shows: one line per document or date, deadlines
 * first and soonest first, each with its count and the page of its first occurrence. Pure.
 */
import type { DateMention, Extraction, Reference } from '../extract/types';
import { datePlace, sentenceAround, sentenceStopsFor } from '../page/findings';
import { lineKeyOf } from '../watchlist/summary';
import type { FindingCategory, FindingSummary } from '../watchlist/types';
import { pageAt } from './types';

export interface DocumentFinding {
  category: FindingCategory;
  key: string;
  text: string;
  start: number;
  end: number;
  /** 1-based page (1 for documents without pages). */
  page: number;
  sentence: string;
  watchKey: string;
  documentKey: string | null;
  prefix: string;
  suffix: string;
  reference?: Reference;
  date?: DateMention;
}

export interface DocumentSummary extends FindingSummary {
  /** Page of the first occurrence. */
  page: number;
}

const CONTEXT = 32;

/** White space that `squeezeSpaces` changes: any but a single space. */
const UNEVEN_SPACE_RE = /[^\S ]| \s/;

/**
 * `raw.replace(/\s+/g, ' ')`, without the replacement when there is nothing to squeeze (no white
 * space but single spaces, as in most contexts): it ran twice for each of a document's findings.
 */
function squeezeSpaces(raw: string): string {
  return UNEVEN_SPACE_RE.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
}

/** Findings of `extraction` over `text`, in text order. */
export function documentFindings(
  text: string,
  extraction: Extraction,
  pageStarts: readonly number[] = [],
): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  const around = (start: number, end: number) => ({
    prefix: squeezeSpaces(text.slice(Math.max(0, start - CONTEXT), start)).trimStart(),
    suffix: squeezeSpaces(text.slice(end, end + CONTEXT)).trimEnd(),
    page: pageAt(pageStarts, start),
  });
  const stops = sentenceStopsFor(text, [extraction.references, extraction.dates]);
  for (const reference of extraction.references) {
    findings.push({
      category: reference.confidence === 'low' ? 'weak-reference' : 'reference',
      key: reference.key,
      text: reference.text,
      start: reference.start,
      end: reference.end,
      ...around(reference.start, reference.end),
      sentence: sentenceAround(text, reference.start, reference.end, stops).text,
      watchKey: reference.key,
      documentKey: null,
      reference,
    });
  }
  for (const date of extraction.dates) {
    findings.push({
      category: date.kind === 'deadline' ? 'deadline' : 'date',
      key: `date:${date.kind}:${date.value}`,
      text: date.text,
      start: date.start,
      end: date.end,
      ...around(date.start, date.end),
      ...datePlace(text, date, extraction.references, stops),
      date,
    });
  }
  return findings.sort((a, b) => a.start - b.start);
}

const CATEGORY_ORDER: Readonly<Record<FindingCategory, number>> = {
  deadline: 0,
  reference: 1,
  'weak-reference': 2,
  date: 3,
};

/**
 * ISO days (or '' for none, first) in calendar order: their characters' order is the days'. Not
 * `localeCompare`, which collates through ICU: sorting 60,000 lines took a fifth of a second.
 */
const compareDays = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One line per key with its count, in the panel's order: deadlines by due date, then documents,
 * uncertain documents and other dates, each in text order (the order is `linesOfFields`').
 */
export function summarizeDocument(findings: readonly DocumentFinding[]): DocumentSummary[] {
  const { first, count } = panelLines(findings);
  return summariesFromLines(findings, first, count);
}

/** The panel's lines of `findings` as each line's first finding and its count (what workers send). */
export function panelLines(findings: readonly DocumentFinding[]): { first: Int32Array; count: Int32Array } {
  return linesOfFields(lineFieldsOf(findings));
}

/**
 * What the panel's lines need of each finding, in text order: its line key (`lineKeyOf`), category
 * and due date. A worker that reads part of a document sends these short columns instead of its
 * findings to the worker that sums the lines up (the findings themselves go to the page).
 */
export interface LineFields {
  keys: string[];
  categories: FindingCategory[];
  dues: (string | null)[];
}

export function lineFieldsOf(findings: readonly DocumentFinding[]): LineFields {
  return {
    keys: findings.map(lineKeyOf),
    categories: findings.map((finding) => finding.category),
    dues: findings.map((finding) => finding.date?.due ?? null),
  };
}

/**
 * The panel's lines of the findings `fields` describe, in the panel's order: the index of each
 * line's first finding and its count.
 */
export function linesOfFields(fields: LineFields): { first: Int32Array; count: Int32Array } {
  const lineOf = new Map<string, number>();
  const firsts: number[] = [];
  const counts: number[] = [];
  fields.keys.forEach((key, index) => {
    const line = lineOf.get(key);
    if (line === undefined) {
      lineOf.set(key, firsts.length);
      firsts.push(index);
      counts.push(1);
    } else counts[line] = (counts[line] as number) + 1;
  });
  // Lines are in order of first occurrence: each category keeps that order but deadlines, which
  // go by due date (a stable sort keeps text order between equal days). A sort of only the
  // deadlines, by their days: one comparator over every line took a tenth of a second.
  const groups: number[][] = [[], [], [], []];
  firsts.forEach((first, line) => {
    const category = fields.categories[first] as FindingCategory;
    const group = groups[CATEGORY_ORDER[category]];
    if (!group) throw new Error(`no panel group for category ${category}`);
    group.push(line);
  });
  const due = (line: number) => fields.dues[firsts[line] as number] ?? '';
  groups[CATEGORY_ORDER.deadline]?.sort((a, b) => compareDays(due(a), due(b)));
  const order = groups.flat();
  return {
    first: Int32Array.from(order, (line) => firsts[line] as number),
    count: Int32Array.from(order, (line) => counts[line] as number),
  };
}

/**
 * The panel's lines as summaries, from the index of each line's first finding and its count (as
 * `linesOfFields` gives them, here or in the viewer's workers), over the findings' objects.
 */
export function summariesFromLines(
  findings: readonly DocumentFinding[],
  first: ArrayLike<number>,
  count: ArrayLike<number>,
): DocumentSummary[] {
  const lines: DocumentSummary[] = [];
  for (let i = 0; i < first.length; i++) {
    const index = first[i] as number;
    lines.push(new LazyLine(findings[index] as DocumentFinding, index, count[i] as number));
  }
  return lines;
}

/**
 * A line of the panel over a finding, reading what it shows from the finding when it is drawn: the
 * panel of a long document has as many lines as findings, and most are never drawn.
 */
export class LazyLine implements DocumentSummary {
  constructor(
    private readonly finding: DocumentFinding,
    readonly first: number,
    public count: number,
  ) {}

  get category() {
    return this.finding.category;
  }
  get page() {
    return this.finding.page;
  }
  get key() {
    return this.finding.key;
  }
  get text() {
    return this.finding.text;
  }
  get sentence() {
    return this.finding.sentence;
  }
  get watchKey() {
    return this.finding.watchKey;
  }
  get documentKey() {
    return this.finding.documentKey;
  }
  get prefix() {
    return this.finding.prefix;
  }
  get suffix() {
    return this.finding.suffix;
  }
  get reference() {
    return this.finding.reference;
  }
  get date() {
    return this.finding.date;
  }
}

/**
 * Extraction over a large document in slices, yielding between them, so the viewer's page never
 * freezes: PDFs slice at page starts, other documents at line breaks outside tables. A sentence
 * cut by a slice edge (a page break) is read as two. Offsets are shifted back to the whole text.
 */
import { extract } from '../extract';
import { shiftExtraction } from '../extract/shift';
import type { TextTable } from '../extract/types';
import { type DocumentFinding, documentFindings } from './findings';
import type { DocumentText } from './types';

/** Characters per slice: with the sentences and keys of its findings, a slice stays well under 50 ms. */
const SLICE = 12_000;

/** Where slices end: page starts for a PDF, else line breaks about every SLICE characters. */
export function sliceEnds(doc: Pick<DocumentText, 'text' | 'tables' | 'pageStarts'>, size = SLICE): number[] {
  const { text } = doc;
  const ends: number[] = [];
  const tableSpans = doc.tables.map((table) => [table[0]?.[0]?.start ?? 0, table.at(-1)?.at(-1)?.end ?? 0] as const);
  const insideTable = (at: number) => tableSpans.some(([from, to]) => at > from && at < to);
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const breaks = doc.pageStarts.filter((page) => page > start && page <= end);
      if (breaks.length) end = breaks.at(-1) as number;
      else {
        let at = text.indexOf('\n', end);
        while (at >= 0 && insideTable(at)) at = text.indexOf('\n', at + 1);
        end = at < 0 ? text.length : at + 1;
      }
    }
    ends.push(end);
    start = end;
  }
  return ends;
}

function shiftTables(tables: TextTable[], from: number, to: number): TextTable[] {
  return tables
    .filter((table) => {
      const first = table[0]?.[0]?.start ?? -1;
      return first >= from && first < to;
    })
    .map((table) => table.map((row) => row.map((cell) => ({ start: cell.start - from, end: cell.end - from }))));
}

/** The findings of slice [start, end) of `doc`, with offsets and sentences in the whole text. */
export function analyseSlice(
  doc: Pick<DocumentText, 'text' | 'tables' | 'pageStarts'>,
  start: number,
  end: number,
): DocumentFinding[] {
  const slice = doc.text.slice(start, end);
  // `tables` is the option extraction is gaining; until then it is ignored.
  const options = { published: undefined, tables: shiftTables(doc.tables, start, end) };
  const found = shiftExtraction(extract(slice, options), start);
  // Sentences are read in the whole text; a date's document among its own slice's references.
  return documentFindings(doc.text, found, doc.pageStarts);
}

/**
 * Where to hand the rest of the slices to a second worker: the end of the slice that reaches
 * `share` of the text. Slices are read independently, so the findings of slices before and after
 * it, put together, are the findings of one pass.
 */
export function splitAt(doc: Pick<DocumentText, 'text' | 'tables' | 'pageStarts'>, share = 0.5, size = SLICE): number {
  const ends = sliceEnds(doc, size);
  return ends.find((end) => end >= doc.text.length * share) ?? doc.text.length;
}

/**
 * Every finding of `doc`, in text order, extracted slice by slice with `pause()` between slices.
 * `afterSlice` sees the findings so far and where the slice ended (the viewer paints the first
 * slice of a long document at once, without reading it a second time). With `from` and `to` (slice
 * edges, as `splitAt` gives), only the slices between them.
 */
export async function analyseInSlices(
  doc: Pick<DocumentText, 'text' | 'tables' | 'pageStarts'>,
  pause: () => Promise<void>,
  size = SLICE,
  afterSlice: (findings: readonly DocumentFinding[], end: number) => void = () => {},
  { from = 0, to = doc.text.length }: { from?: number; to?: number } = {},
): Promise<DocumentFinding[]> {
  const findings: DocumentFinding[] = [];
  let start = 0;
  for (const end of sliceEnds(doc, size)) {
    if (start >= from && end <= to) {
      const found = analyseSlice(doc, start, end);
      await pause();
      for (const finding of found) findings.push(finding);
      afterSlice(findings, end);
      await pause();
    }
    start = end;
  }
  return findings;
}

/** Extraction over a small text in one go (a first page or screen). */
export function analyseAtOnce(doc: Pick<DocumentText, 'text' | 'tables' | 'pageStarts'>): DocumentFinding[] {
  // `tables` is the option extraction is gaining; until then it is ignored.
  const options = { published: undefined, tables: doc.tables };
  return documentFindings(doc.text, extract(doc.text, options), doc.pageStarts);
}

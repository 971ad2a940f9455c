/**
 * From what the user gave the viewer (a URL in `?file=`, or a local file) to a read document with
 * its findings. The whole read is time-capped, so a file pdf.js chokes on ends in a message, not a
 * spinner forever.
 */
import { quietly } from '../../log';
import { yieldToPage } from '../../yield-to-page';
import { fetchDocument } from '../fetch-document';
import { type DocumentFinding, type DocumentSummary, summarizeDocument } from '../findings';
import { type DocumentReaders, type ReadDocument, readDocument } from '../read-document';
import { DocumentError } from '../types';
import type { DocumentSource } from './save';

export type DocumentInput = { url: string } | { file: File };

export interface OpenedDocument {
  read: ReadDocument;
  /** A PDF's first page (or a long document's first slice) only, shown while the rest is read. */
  partial?: boolean;
  findings: DocumentFinding[];
  summaries: DocumentSummary[];
  source: DocumentSource;
  /** The remote URL, for "download the original". */
  url?: string;
}

const READ_TIMEOUT_MS = 60_000;

async function loadBytes(
  input: DocumentInput,
): Promise<{ bytes: Uint8Array; name: string; contentType: string; url?: string }> {
  if ('url' in input) {
    const fetched = await fetchDocument(input.url);
    return { bytes: fetched.bytes, name: fetched.fileName, contentType: fetched.contentType, url: fetched.url };
  }
  return { bytes: new Uint8Array(await input.file.arrayBuffer()), name: input.file.name, contentType: input.file.type };
}

/**
 * Reads `input` with its findings. `signal` gives the read up (the viewer opens another file):
 * its workers stop. A read that times out is given up the same way.
 */
export async function openDocument(
  input: DocumentInput,
  readers: DocumentReaders,
  onFirstPage?: (doc: OpenedDocument) => void,
  signal?: AbortSignal,
): Promise<OpenedDocument> {
  const { bytes, name, contentType, url } = await loadBytes(input);
  const sourceOf = (read: ReadDocument) => ({
    url: url ?? `file:${name}`,
    title: read.title || name,
    paged: read.kind === 'pdf',
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reading = new AbortController();
  const giveUp = () => reading.abort();
  signal?.addEventListener('abort', giveUp);
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      giveUp();
      fail(new DocumentError('timeout'));
    }, READ_TIMEOUT_MS);
  });
  const showFirst = (read: ReadDocument, findings: DocumentFinding[], summaries?: DocumentSummary[]) =>
    onFirstPage?.({
      read,
      partial: true,
      findings,
      summaries: summaries ?? summarizeDocument(findings),
      url,
      source: sourceOf(read),
    });
  // Extraction runs in the readers' worker where they have one, else here, in slices.
  const analyse = async (
    doc: ReadDocument,
    onSlice?: (findings: readonly DocumentFinding[], end: number) => void,
  ): Promise<{ findings: DocumentFinding[]; summaries: DocumentSummary[] }> => {
    if (readers.analyse) return readers.analyse(doc, onSlice);
    const { analyseInSlices } = await import('../chunked-analysis');
    const findings = await analyseInSlices(doc, yieldToPage, undefined, onSlice);
    return { findings, summaries: summarizeDocument(findings) };
  };
  // A PDF's first page arrives before the other pages are read: it is extracted on its own, and
  // shown unless the whole document was done first.
  let done = false;
  const firstPage = (read: ReadDocument) => {
    if (!onFirstPage) return;
    void analyse(read).then(({ findings, summaries }) => {
      if (!done) onFirstPage({ read, partial: true, findings, summaries, url, source: sourceOf(read) });
    }, quietly('extracting the first page; the whole document follows'));
  };
  // A long DOCX's first screen comes from the worker with its findings.
  let shown = false;
  const firstScreen = (read: ReadDocument, findings: DocumentFinding[], summaries?: DocumentSummary[]) => {
    shown = true;
    showFirst(read, findings, summaries);
  };
  const read = await Promise.race([
    readDocument(bytes, name, readers, contentType, {
      onFirstPage: firstPage,
      onFirstScreen: firstScreen,
      pause: yieldToPage,
      signal: reading.signal,
    }),
    timeout,
  ]).finally(() => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', giveUp);
  });
  if (read.kind !== 'pdf' && read.findings) {
    const { findings, summaries = summarizeDocument(findings) } = read;
    done = true;
    return { read, findings, summaries, url, source: sourceOf(read) };
  }
  // A long Word or HTML document: its first slice is shown painted while the rest is extracted.
  shown ||= read.kind === 'pdf';
  const { findings, summaries } = await analyse(read, (sofar, end) => {
    if (shown || end >= read.text.length) return;
    shown = true;
    showFirst(read, [...sofar]);
  });
  done = true;
  return { read, findings, summaries, url, source: sourceOf(read) };
}

/**
 * From what the user gave the viewer (a URL in `?file=`, or a local file) to a read document with
 * its findings. The whole read is time-capped, so a file pdf.js chokes on ends in a message, not a
 * spinner forever.
 */
import { extract } from '../../extract';
import { fetchDocument } from '../fetch-document';
import { type DocumentFinding, type DocumentSummary, documentFindings, summarizeDocument } from '../findings';
import { type DocumentReaders, type ReadDocument, readDocument } from '../read-document';
import { DocumentError } from '../types';
import type { DocumentSource } from './save';

export type DocumentInput = { url: string } | { file: File };

export interface OpenedDocument {
  read: ReadDocument;
  findings: DocumentFinding[];
  summaries: DocumentSummary[];
  source: DocumentSource;
  /** The remote URL, for "download the original". */
  url?: string;
}

const READ_TIMEOUT_MS = 60_000;

export async function loadBytes(
  input: DocumentInput,
): Promise<{ bytes: Uint8Array; name: string; contentType: string; url?: string }> {
  if ('url' in input) {
    const fetched = await fetchDocument(input.url);
    return { bytes: fetched.bytes, name: fetched.fileName, contentType: fetched.contentType, url: fetched.url };
  }
  return { bytes: new Uint8Array(await input.file.arrayBuffer()), name: input.file.name, contentType: input.file.type };
}

export async function openDocument(input: DocumentInput, readers: DocumentReaders): Promise<OpenedDocument> {
  const { bytes, name, contentType, url } = await loadBytes(input);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new DocumentError('timeout')), READ_TIMEOUT_MS);
  });
  const read = await Promise.race([readDocument(bytes, name, readers, contentType), timeout]).finally(() =>
    clearTimeout(timer),
  );
  const findings = analyse(read);
  return {
    read,
    findings,
    summaries: summarizeDocument(findings),
    url,
    source: { url: url ?? `file:${name}`, title: read.title || name, paged: read.kind === 'pdf' },
  };
}

/** Extraction over the rebuilt text; the tables go along for extraction to read their columns. */
export function analyse(read: Pick<ReadDocument, 'text' | 'tables' | 'pageStarts'>): DocumentFinding[] {
  // `tables` is the option extraction is gaining; until then it is ignored.
  const options = { published: undefined, tables: read.tables };
  return documentFindings(read.text, extract(read.text, options), read.pageStarts);
}

/**
 * What the DOCX worker (docx-worker.ts) posts back. A 5 MB document is sent in parts, so that no
 * single message costs the viewer's main thread more than a few milliseconds to receive: the
 * structured clone of the whole laid-out tree at once held it for a quarter of a second.
 */
import type { DocumentFinding } from '../findings';
import type { HtmlDocument } from '../html-text';
import { type PackedFindings, packFindings } from '../packed-findings';

/** The panel's lines as each line's first finding and its count (see `lines` below). */
export interface Lines {
  first: Int32Array;
  count: Int32Array;
}

export type DocxMessage =
  /** The start of a long document and its findings, before the whole is converted. */
  | { type: 'first'; doc: HtmlDocument; findings: PackedFindings; lines: Lines }
  /** The whole document, its root without children: its top-level blocks follow, packed, in `blocks`. */
  | { type: 'doc'; doc: HtmlDocument }
  /** `count` top-level blocks, as the JSON of their array (html-blocks.ts says why). */
  | { type: 'blocks'; json: string; count: number }
  | { type: 'findings'; findings: PackedFindings }
  /**
   * The panel's lines, summed up there too (60,000 findings: half a second), as the index of each
   * line's first finding and its count: the page rebuilds them on the findings it already has.
   */
  | ({ type: 'lines' } & Lines)
  /**
   * All posted. `tail`: the second half of the findings comes from the analysis worker, which read
   * it (analysis-protocol.ts), and follows the ones posted here; the lines count them too.
   * `xmlParts`: the XML parts mammoth read with our plain reader and with xmldom (mammoth.ts).
   */
  | { type: 'done'; tail: boolean; xmlParts: { plain: number; xmldom: number } }
  | { type: 'error'; error: string };

/**
 * Text characters of top-level blocks per `blocks` message: its JSON is then 150,000 characters or
 * more, a string over V8's 128 KiB even in one byte a character, which V8 keeps as a large object,
 * outside the young generation (html-blocks.ts says why that matters).
 */
export const BLOCK_BATCH_CHARS = 150_000;
/**
 * Findings per `findings` message, packed (packed-findings.ts): the page makes 500 small objects of
 * a message in well under a millisecond.
 */
const FINDING_BATCH = 500;

/** `findings` from index `from` on, packed in messages of FINDING_BATCH (both workers post them so). */
export function* findingBatches(findings: readonly DocumentFinding[], from = 0): Generator<PackedFindings> {
  for (let i = from; i < findings.length; i += FINDING_BATCH) yield packFindings(findings.slice(i, i + FINDING_BATCH));
}

/** What the viewer sends the DOCX worker: the file, and a port to the analysis worker to share extraction with. */
export interface DocxRequest {
  bytes: ArrayBuffer;
  helper?: MessagePort;
}

/**
 * User-timing mark the viewer sets when a DOCX has been read, with `{ tail, findings, xmlParts }`:
 * whether the analysis worker read the second half, how many findings the page received, and how
 * many XML parts mammoth read without xmldom (the tests check all three).
 */
export const DOCX_READ_MARK = 'vanban:docx-read';

/** User-timing marks the viewer sets when the analysis worker starts a DOCX read's second half, and
 * when it stops one part way because the read was given up. */
export const HELP_STARTED_MARK = 'vanban:docx-help-started';
export const HELP_STOPPED_MARK = 'vanban:docx-help-stopped';

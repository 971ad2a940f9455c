/**
 * pdf.js and mammoth as the viewer loads them (mammoth in its own worker): pdf.js's worker is bundled by Vite (no CDN), and
 * pdf.js 5 has no eval path, so the extension's default CSP (no `unsafe-eval`) holds.
 */
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { yieldToPage } from '../../yield-to-page';
import { type DocumentFinding, type DocumentSummary, summariesFromLines } from '../findings';
import { BlockList } from '../html-blocks';
import type { HtmlDocument } from '../html-text';
import { unpackFindings } from '../packed-findings';
import type { DocumentReaders, HtmlRead } from '../read-document';
import type { AnalysisMessage, CancelHelp, HelperPortMessage } from './analysis-protocol';
import {
  DOCX_READ_MARK,
  type DocxMessage,
  type DocxRequest,
  HELP_STARTED_MARK,
  HELP_STOPPED_MARK,
} from './docx-protocol';

const LINES_PER_TASK = 5_000;

GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * The analysis worker, started with the viewer so that it has loaded `lib/extract` by the time the
 * first page is read; requests are answered in turn, each with its id.
 */
let analysisWorker: Worker | undefined;
let nextRequest = 0;
const analysisWorkerOf = () => {
  if (!analysisWorker) {
    analysisWorker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
    // For the tests: when the analysis worker starts a DOCX read's second half, and when it stops
    // one part way because the read was given up (that read's own listener is gone by then).
    const started = new Set<number>();
    analysisWorker.addEventListener('message', (event: MessageEvent<AnalysisMessage>) => {
      const { type, id } = event.data;
      if (type === 'tail' && !started.has(id)) {
        started.add(id);
        performance.mark(HELP_STARTED_MARK, { detail: id });
      } else if (type === 'tail-stopped') performance.mark(HELP_STOPPED_MARK, { detail: id });
    });
  }
  return analysisWorker;
};

export function startAnalysisWorker(): void {
  analysisWorkerOf();
}

/**
 * A DOCX worker started with the viewer when its URL names a Word file: loading its modules
 * (mammoth and extraction) took 0.18 s after the file had arrived; now they load while it is
 * fetched. Taken by the first DOCX read; a file that turns out not to be one lets it go.
 */
let spareDocxWorker: Worker | undefined;
const newDocxWorker = () => new Worker(new URL('./docx-worker.ts', import.meta.url), { type: 'module' });

export function startDocxWorker(): void {
  spareDocxWorker ??= newDocxWorker();
}

function takeDocxWorker(): Worker {
  const worker = spareDocxWorker ?? newDocxWorker();
  spareDocxWorker = undefined;
  return worker;
}

function dropSpareDocxWorker(): void {
  spareDocxWorker?.terminate();
  spareDocxWorker = undefined;
}

export const browserReaders: DocumentReaders = {
  analyse(doc, onSlice) {
    dropSpareDocxWorker(); // a PDF, HTML or text file: no DOCX to read
    const worker = analysisWorkerOf();
    const id = ++nextRequest;
    const findings: DocumentFinding[] = [];
    return new Promise((resolve, reject) => {
      const listen = (event: MessageEvent<AnalysisMessage>) => {
        const message = event.data;
        if (message.id !== id) return;
        // The helper's messages carry a DOCX read's id, never this one.
        if (message.type === 'tail' || message.type === 'tail-done' || message.type === 'tail-stopped') return;
        if (message.type === 'findings') {
          for (const finding of unpackFindings(message.findings)) findings.push(finding);
          onSlice?.(findings, message.end);
          return;
        }
        worker.removeEventListener('message', listen);
        if (message.type === 'error') reject(new Error(message.error));
        else linesToSummaries(findings, message).then((summaries) => resolve({ findings, summaries }), reject);
      };
      worker.addEventListener('message', listen);
      worker.postMessage({ id, doc: { text: doc.text, tables: doc.tables, pageStarts: doc.pageStarts } });
    });
  },
  async loadPdf(data) {
    // No fonts, CMaps or wasm fetched from anywhere: the text layer needs none of them.
    const task = getDocument({ data, useSystemFonts: true, disableFontFace: false, verbosity: 0, stopAtErrors: false });
    return (await task.promise) as PDFDocumentProxy;
  },
  // DOCX: mammoth, the HTML reader, the layout and the extraction run in a worker (docx-worker.ts),
  // which posts the document and its findings in parts; each part is its own short task here.
  docxToDocument(data, onFirstScreen, signal) {
    return new Promise<HtmlRead>((resolve, reject) => {
      const worker = takeDocxWorker();
      const helper = analysisWorkerOf();
      const id = ++nextRequest;
      let doc: HtmlDocument | undefined;
      const blocks = new BlockList();
      const findings: DocumentFinding[] = [];
      // The second half of the findings, read by the analysis worker (analysis-protocol.ts).
      const tail: DocumentFinding[] = [];
      let tailDone = false;
      let done: Extract<DocxMessage, { type: 'done' }> | undefined;
      let lines: { first: Int32Array; count: Int32Array } | undefined;
      const stop = () => {
        worker.terminate();
        helper.removeEventListener('message', listenToHelper);
        helper.removeEventListener('error', helperFailed);
        signal?.removeEventListener('abort', abandon);
      };
      const fail = (error: Error) => {
        stop();
        // The analysis worker's half, if it is reading one, is not wanted any more.
        helper.postMessage({ type: 'cancel', id } satisfies CancelHelp);
        reject(error);
      };
      // Given up (timed out, another file opened): the DOCX worker stops at once.
      const abandon = () => fail(new Error('abandoned'));
      signal?.addEventListener('abort', abandon);
      // The analysis worker died (it failed to load): the DOCX worker would wait for it forever.
      const helperFailed = () => fail(new Error('the analysis worker stopped'));
      helper.addEventListener('error', helperFailed);
      // Both workers have said all: the DOCX worker's findings, then the helper's if it read them.
      const finish = () => {
        if (!done || !doc || (done.tail && !tailDone)) return;
        stop();
        if (done.tail) for (const finding of tail) findings.push(finding);
        const read = doc;
        // For the tests: whether the analysis worker read the second half, how many findings came,
        // and which reader read mammoth's XML parts.
        const detail = { tail: done.tail, findings: findings.length, xmlParts: done.xmlParts };
        performance.mark(DOCX_READ_MARK, { detail });
        linesToSummaries(findings, lines).then(
          (summaries) => resolve({ ...read, blocks, findings, summaries }),
          reject,
        );
      };
      function listenToHelper(event: MessageEvent<AnalysisMessage>) {
        const message = event.data;
        if (message.id !== id) return;
        if (message.type === 'tail') for (const finding of unpackFindings(message.findings)) tail.push(finding);
        else if (message.type === 'tail-done') {
          tailDone = true;
          finish();
        }
      }
      helper.addEventListener('message', listenToHelper);
      worker.onmessage = (event: MessageEvent<DocxMessage>) => {
        const message = event.data;
        if (message.type === 'first') {
          const first = unpackFindings(message.findings);
          onFirstScreen?.(message.doc, first, summariesFromLines(first, message.lines.first, message.lines.count));
        } else if (message.type === 'doc') doc = message.doc;
        else if (message.type === 'blocks') blocks.add(message.json, message.count);
        else if (message.type === 'findings')
          for (const finding of unpackFindings(message.findings)) findings.push(finding);
        else if (message.type === 'lines') lines = message;
        else if (message.type === 'done' && doc) {
          done = message;
          finish();
        } else fail(new Error(message.type === 'error' ? message.error : 'no document'));
      };
      worker.onerror = (event) => fail(new Error(event.message));
      const copy = data.slice();
      // The analysis worker is idle while a DOCX is read: it takes half of the extraction.
      const channel = new MessageChannel();
      helper.postMessage({ type: 'helper', port: channel.port2, id } satisfies HelperPortMessage, [channel.port2]);
      const request: DocxRequest = { bytes: copy.buffer, helper: channel.port1 };
      worker.postMessage(request, [copy.buffer, channel.port1]);
    });
  },
};

/**
 * The panel's lines from the worker's indexes, a few thousand per task. Lines that do not count
 * the findings received (a part lost between the workers) end the read with an error, not with a
 * panel that points at the wrong findings.
 */
async function linesToSummaries(
  findings: DocumentFinding[],
  lines: { first: Int32Array; count: Int32Array } | undefined,
): Promise<DocumentSummary[]> {
  if (!lines) return [];
  if (lines.count.reduce((sum, count) => sum + count, 0) !== findings.length)
    throw new Error(`the panel's lines count other findings than the ${findings.length} received`);
  const summaries: DocumentSummary[] = [];
  for (let i = 0; i < lines.first.length; i += LINES_PER_TASK) {
    if (i > 0) await yieldToPage();
    const end = i + LINES_PER_TASK;
    for (const line of summariesFromLines(findings, lines.first.subarray(i, end), lines.count.subarray(i, end)))
      summaries.push(line);
  }
  return summaries;
}

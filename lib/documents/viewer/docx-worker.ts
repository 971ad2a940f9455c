/**
 * Reads a DOCX off the viewer's main thread: mammoth, the HTML reader, the layout and the
 * extraction together take seconds on a large file, which would freeze the page. A long file's
 * first screen is converted and extracted on its own first (docx-first-screen.ts); then the whole
 * is posted in parts (docx-protocol.ts).
 */
import mammoth from 'mammoth';
import { analyseAtOnce, analyseInSlices, splitAt } from '../chunked-analysis';
import { docxFirstScreen } from '../docx-first-screen';
import type { DocumentFinding } from '../findings';
import { summarizeDocument } from '../findings';
import { textSpan } from '../html-sections';
import type { HtmlDocument } from '../html-text';
import { layoutHtml } from '../html-text';
import { parseHtml } from '../html-tree';
import type { HelperAnswer, HelperRequest } from './analysis-protocol';
import { BLOCK_BATCH_CHARS, type DocxMessage, type DocxRequest, FINDING_BATCH, type Lines } from './docx-protocol';

const post = (message: DocxMessage) => self.postMessage(message);

async function toDocument(bytes: Uint8Array) {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const html = (await mammoth.convertToHtml({ arrayBuffer: buffer })).value;
  return layoutHtml(parseHtml(html), 'docx');
}

/** The panel's lines of `findings`, as indexes (docx-protocol.ts). */
function linesOf(findings: DocumentFinding[]): Lines {
  const summaries = summarizeDocument(findings);
  return {
    first: Int32Array.from(summaries, (summary) => summary.first),
    count: Int32Array.from(summaries, (summary) => summary.count),
  };
}

/** The findings of `doc` from `from` on, read by the analysis worker behind `port`. */
function helperFindings(port: MessagePort, doc: HtmlDocument, from: number): Promise<DocumentFinding[]> {
  return new Promise((resolve, reject) => {
    port.onmessage = (event: MessageEvent<HelperAnswer>) => {
      port.close();
      if (event.data.type === 'findings') resolve(event.data.findings);
      else reject(new Error(event.data.error));
    };
    const request: HelperRequest = { doc: { text: doc.text, tables: doc.tables, pageStarts: doc.pageStarts }, from };
    port.postMessage(request);
  });
}

/**
 * The whole document's findings: with a helper, the analysis worker reads the second half of the
 * slices while this worker reads the first (two cores: about half the time); its findings are
 * posted as soon as they are read. Without one, or if it fails, this worker reads them all.
 */
async function extractAndPost(doc: HtmlDocument, helper: MessagePort | undefined): Promise<DocumentFinding[]> {
  const at = helper ? splitAt(doc) : doc.text.length;
  const tail = helper && at < doc.text.length ? helperFindings(helper, doc, at) : Promise.resolve([]);
  // Handled now, so a failure waits for its turn below without an unhandled rejection.
  const settled = tail.then(
    (findings) => ({ findings }),
    () => undefined,
  );
  const findings = await analyseInSlices(doc, async () => {}, undefined, undefined, { to: at });
  const postBatches = (from: number) => {
    for (let i = from; i < findings.length; i += FINDING_BATCH)
      post({ type: 'findings', findings: findings.slice(i, Math.min(findings.length, i + FINDING_BATCH)) });
  };
  postBatches(0);
  const head = findings.length;
  const rest =
    (await settled)?.findings ??
    (at < doc.text.length ? await analyseInSlices(doc, async () => {}, undefined, undefined, { from: at }) : []);
  for (const finding of rest) findings.push(finding);
  postBatches(head);
  return findings;
}

self.onmessage = async (event: MessageEvent<DocxRequest>) => {
  const bytes = new Uint8Array(event.data.bytes);
  const { helper } = event.data;
  try {
    // The first screen is only a head start: if it fails, the whole conversion says why.
    const head = await docxFirstScreen(bytes).catch(() => undefined);
    if (head) {
      const doc = await toDocument(head).catch(() => undefined);
      if (doc) {
        // Its lines summed up here too: on the page that was the longest part of showing it.
        const findings = analyseAtOnce(doc);
        const lines = linesOf(findings);
        self.postMessage({ type: 'first', doc, findings, lines } satisfies DocxMessage, {
          transfer: [lines.first.buffer, lines.count.buffer],
        });
      }
    }
    const doc = await toDocument(bytes);
    const children = doc.root.children;
    post({ type: 'doc', doc: { ...doc, root: { ...doc.root, children: [] } } });
    let batch: typeof children = [];
    let chars = 0;
    for (const node of children) {
      batch.push(node);
      const span = textSpan(node);
      chars += span ? span.end - span.start : 0;
      if (batch.length >= 200 || chars >= BLOCK_BATCH_CHARS) {
        post({ type: 'blocks', nodes: batch });
        batch = [];
        chars = 0;
      }
    }
    if (batch.length) post({ type: 'blocks', nodes: batch });
    const findings = await extractAndPost(doc, helper);
    const { first, count } = linesOf(findings);
    self.postMessage({ type: 'lines', first, count } satisfies DocxMessage, { transfer: [first.buffer, count.buffer] });
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', error: (error as Error)?.message ?? String(error) });
  }
};

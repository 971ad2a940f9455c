/**
 * Reads a DOCX off the viewer's main thread: mammoth, the HTML reader, the layout and the
 * extraction together take seconds on a large file, which would freeze the page. A long file's
 * first screen is converted and extracted on its own first (docx-first-screen.ts); then the whole
 * is posted in parts (docx-protocol.ts).
 */
import { analyseAtOnce, analyseInSlices, splitAt } from '../chunked-analysis';
import { docxFirstScreen } from '../docx-first-screen';
import { type DocumentFinding, type LineFields, lineFieldsOf, linesOfFields, panelLines } from '../findings';
import { textSpan } from '../html-sections';
import type { HtmlDocument } from '../html-text';
import { layoutHtml } from '../html-text';
import { parseHtml } from '../html-tree';
import mammoth, { xmlPartsRead } from '../mammoth';
import { packFindings, transferOf } from '../packed-findings';
import type { HelperAnswer, HelperRequest } from './analysis-protocol';
import { BLOCK_BATCH_CHARS, type DocxMessage, type DocxRequest, findingBatches, type Lines } from './docx-protocol';

const post = (message: DocxMessage) => self.postMessage(message);

async function toDocument(bytes: Uint8Array) {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const html = (await mammoth.convertToHtml({ arrayBuffer: buffer })).value;
  return layoutHtml(parseHtml(html), 'docx');
}

/** The line fields of the findings from `from` on, read by the analysis worker behind `port`. */
function helperFields(port: MessagePort, doc: HtmlDocument, from: number): Promise<LineFields> {
  return new Promise((resolve, reject) => {
    port.onmessage = (event: MessageEvent<HelperAnswer>) => {
      port.close();
      const answer = event.data;
      if (answer.type === 'fields') resolve({ keys: answer.keys, categories: answer.categories, dues: answer.dues });
      else reject(new Error(answer.error));
    };
    const request: HelperRequest = { doc: { text: doc.text, tables: doc.tables, pageStarts: doc.pageStarts }, from };
    port.postMessage(request);
  });
}

function postFindings(findings: readonly DocumentFinding[]): void {
  for (const batch of findingBatches(findings))
    self.postMessage({ type: 'findings', findings: batch } satisfies DocxMessage, { transfer: transferOf(batch) });
}

/**
 * The whole document's findings, posted, and the panel's lines of them. With a helper, the analysis
 * worker reads the second half of the slices while this worker reads the first (two cores: about
 * half the time), and posts that half's findings to the page itself (`tail: true`). Without one,
 * or if it fails, this worker reads and posts them all.
 */
async function extractAndPost(doc: HtmlDocument, helper: MessagePort | undefined): Promise<Lines & { tail: boolean }> {
  const at = helper ? splitAt(doc) : doc.text.length;
  if (at >= doc.text.length) helper?.close(); // one slice: no help asked, so the helper's end can go
  const tail = helper && at < doc.text.length ? helperFields(helper, doc, at) : Promise.resolve(undefined);
  // Handled now, so a failure waits for its turn below without an unhandled rejection.
  const settled = tail.then(
    (fields) => fields,
    () => undefined,
  );
  const head = await analyseInSlices(doc, async () => {}, undefined, undefined, { to: at });
  postFindings(head);
  const fields = lineFieldsOf(head);
  const helped = await settled;
  if (helped) {
    const all: LineFields = {
      keys: fields.keys.concat(helped.keys),
      categories: fields.categories.concat(helped.categories),
      dues: fields.dues.concat(helped.dues),
    };
    return { ...linesOfFields(all), tail: true };
  }
  const rest =
    at < doc.text.length ? await analyseInSlices(doc, async () => {}, undefined, undefined, { from: at }) : [];
  postFindings(rest);
  return { ...panelLines([...head, ...rest]), tail: false };
}

self.onmessage = async (event: MessageEvent<DocxRequest>) => {
  const bytes = new Uint8Array(event.data.bytes);
  const { helper } = event.data;
  Object.assign(xmlPartsRead, { plain: 0, xmldom: 0 });
  try {
    // The first screen is only a head start: if it fails, the whole conversion says why.
    const head = await docxFirstScreen(bytes).catch(() => undefined);
    if (head) {
      const doc = await toDocument(head).catch(() => undefined);
      if (doc) {
        // Its lines summed up here too: on the page that was the longest part of showing it.
        const findings = analyseAtOnce(doc);
        const lines = panelLines(findings);
        const packed = packFindings(findings);
        self.postMessage({ type: 'first', doc, findings: packed, lines } satisfies DocxMessage, {
          transfer: [lines.first.buffer, lines.count.buffer, ...transferOf(packed)],
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
      if (chars >= BLOCK_BATCH_CHARS) {
        post({ type: 'blocks', json: JSON.stringify(batch), count: batch.length });
        batch = [];
        chars = 0;
      }
    }
    if (batch.length) post({ type: 'blocks', json: JSON.stringify(batch), count: batch.length });
    const { first, count, tail } = await extractAndPost(doc, helper);
    self.postMessage({ type: 'lines', first, count } satisfies DocxMessage, { transfer: [first.buffer, count.buffer] });
    post({ type: 'done', tail, xmlParts: { ...xmlPartsRead } });
  } catch (error) {
    post({ type: 'error', error: (error as Error)?.message ?? String(error) });
  }
};

/**
 * pdf.js (legacy build, the one meant for Node) and mammoth for the `scan` command and the tests.
 * Node only: the viewer has its own readers (browser-readers.ts). pdf.js 5 has no eval path at all
 * (its old `isEvalSupported` option is gone), so nothing here or in the viewer needs `unsafe-eval`.
 */
import mammoth from './mammoth';
import type { DocumentReaders } from './read-document';

/**
 * pdf.js, loaded at the first PDF (a scan of Word files never pays for it). Its legacy build and
 * its worker module (on Node pdf.js runs the worker in this thread, and the module, once loaded,
 * sets `globalThis.pdfjsWorker`, which pdf.js then uses instead of importing it again) carry
 * core-js, which on Node 20 replaces `JSON.stringify`, `JSON.parse` and `Array.prototype.push` with
 * its own versions (for proposals such as `JSON.rawJSON` that neither pdf.js nor we use):
 * `JSON.stringify` then ran 15 times slower in the whole process, and `scan --json` of a long
 * document spent seconds writing its output. Node's own are put back once both are loaded; their
 * other additions (`Promise.withResolvers`, …) stay, pdf.js needs them.
 */
let pdfjs: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;
const loadPdfjs = () =>
  (pdfjs ??= (async () => {
    const natives = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };
    const loaded = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    Object.assign(JSON, { stringify: natives.stringify, parse: natives.parse });
    Object.defineProperty(Array.prototype, 'push', { value: natives.push });
    return loaded;
  })());

export const nodeReaders: DocumentReaders = {
  async loadPdf(data) {
    const { getDocument } = await loadPdfjs();
    const task = getDocument({ data, useSystemFonts: false, verbosity: 0 });
    return task.promise;
  },
  async docxToHtml(data) {
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return (await mammoth.convertToHtml({ buffer })).value;
  },
};

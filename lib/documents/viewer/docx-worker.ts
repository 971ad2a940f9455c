/**
 * Reads a DOCX off the viewer's main thread: mammoth, the HTML reader and the layout together take
 * seconds on a large file, which would freeze the page. Posts back the laid-out document.
 */
import mammoth from 'mammoth';
import { layoutHtml } from '../html-text';
import { parseHtml } from '../html-tree';

self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
  try {
    const html = (await mammoth.convertToHtml({ arrayBuffer: event.data })).value;
    self.postMessage({ ok: true, doc: layoutHtml(parseHtml(html), 'docx') });
  } catch (error) {
    self.postMessage({ ok: false, error: (error as Error)?.message ?? String(error) });
  }
};

/**
 * Bytes of a document → its text for extraction, the same way in the viewer and in `scan`. The
 * PDF and DOCX readers are passed in: the browser and Node load pdf.js and mammoth differently.
 */
import type { DocumentFinding, DocumentSummary } from './findings';
import type { Blocks } from './html-blocks';
import { type HtmlDocument, layoutHtml } from './html-text';
import { parseHtml } from './html-tree';
import { hasNoText, type PdfDocumentLike, pdfLoadError, pdfTitle, readPdfItems } from './pdf-items';
import { layoutPdfText, layoutPdfTextInSteps, type PdfLayout } from './pdf-layout';
import { decodeDocumentText, sniffDocument } from './sniff';
import { DocumentError, type DocumentText } from './types';

export interface DocumentReaders {
  /** Opens a PDF (pdf.js `getDocument(...).promise`). */
  loadPdf(data: Uint8Array): Promise<PdfDocumentLike>;
  /** DOCX → HTML (mammoth `convertToHtml`), laid out here (Node). */
  docxToHtml?(data: Uint8Array): Promise<string>;
  /**
   * Or DOCX → laid-out document in one step, where that runs elsewhere (the viewer's worker), with
   * the findings extracted there; `onFirstScreen` sees the start of a long document first.
   */
  docxToDocument?(data: Uint8Array, onFirstScreen?: FirstScreenListener, signal?: AbortSignal): Promise<HtmlRead>;
  /**
   * Extraction of a read document where it runs elsewhere (the viewer's worker): its findings,
   * `onSlice` seeing those so far after each slice, and the panel's lines.
   */
  analyse?(
    doc: Pick<DocumentText, 'text' | 'tables' | 'pageStarts'>,
    onSlice?: (findings: readonly DocumentFinding[], end: number) => void,
  ): Promise<{ findings: DocumentFinding[]; summaries: DocumentSummary[] }>;
}

/** The start of a long document, read and extracted on its own, before the whole is read. */
/** The start of a long document, its findings and, where they were summed up with them, the panel's lines. */
export type FirstScreenListener = (
  doc: HtmlDocument,
  findings: DocumentFinding[],
  summaries?: DocumentSummary[],
) => void;

/**
 * An HTML-like document; `findings` and their `summaries` when they were extracted where it was
 * read; `blocks` when its top-level nodes came packed (the viewer's DOCX worker, html-blocks.ts):
 * then `root` has no children and the document is drawn from those.
 */
export type HtmlRead = HtmlDocument & { findings?: DocumentFinding[]; summaries?: DocumentSummary[]; blocks?: Blocks };

type PdfRead = { kind: 'pdf'; pdf: PdfDocumentLike } & PdfLayout;
export type ReadDocument = PdfRead | HtmlRead;

interface ReadOptions {
  /**
   * Called with the first page alone, laid out, before the other pages are read: the viewer shows
   * and annotates it at once. (Its running head is still in: that needs the other pages.)
   */
  onFirstPage?(firstPage: PdfRead): void;
  /** Called with the start of a long DOCX and its findings, where the reader offers them. */
  onFirstScreen?: FirstScreenListener;
  /** Lets the page breathe during a long PDF's layout (the viewer); without it, laid out in one go. */
  pause?: () => Promise<void>;
  /** Aborted when the read is given up (timed out, another file opened): its workers stop. */
  signal?: AbortSignal;
}

export async function readDocument(
  bytes: Uint8Array,
  name: string,
  readers: DocumentReaders,
  contentType = '',
  options: ReadOptions = {},
): Promise<ReadDocument> {
  const kind = sniffDocument(bytes, name, contentType);
  if (kind === 'pdf') return readPdf(bytes, readers, options);
  if (kind === 'docx') {
    let html: string;
    try {
      if (readers.docxToDocument) return await readers.docxToDocument(bytes, options.onFirstScreen, options.signal);
      if (!readers.docxToHtml) throw new DocumentError('unsupported');
      html = await readers.docxToHtml(bytes);
    } catch (error) {
      throw new DocumentError('damaged', (error as Error)?.message);
    }
    return layoutHtml(parseHtml(html), 'docx');
  }
  const text = decodeDocumentText(bytes);
  if (kind === 'html') return layoutHtml(parseHtml(text), 'html');
  return layoutHtml({ tag: 'pre', attrs: {}, children: [text] }, 'text');
}

async function readPdf(bytes: Uint8Array, readers: DocumentReaders, options: ReadOptions): Promise<ReadDocument> {
  let pdf: PdfDocumentLike;
  try {
    // pdf.js takes the buffer over; keep ours intact for a later download.
    pdf = await readers.loadPdf(bytes.slice());
  } catch (error) {
    throw pdfLoadError(error);
  }
  let pages: Awaited<ReturnType<typeof readPdfItems>>;
  try {
    pages = await readPdfItems(pdf, (first) => {
      if (!options.onFirstPage || pdf.numPages < 2 || hasNoText([first])) return;
      const sizes = Array.from({ length: pdf.numPages }, () => ({ width: first.width, height: first.height }));
      options.onFirstPage({ ...layoutPdfText([first]), pageSizes: sizes, kind: 'pdf', pdf });
    });
  } catch (error) {
    throw pdfLoadError(error);
  }
  if (hasNoText(pages)) throw new DocumentError('scanned');
  const layout = options.pause ? await layoutPdfTextInSteps(pages, options.pause) : layoutPdfText(pages);
  return { ...layout, kind: 'pdf', pdf, title: await pdfTitle(pdf) };
}

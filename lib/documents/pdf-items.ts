/**
 * pdf.js text content → the positioned items `layoutPdfText` reads. Typed against the few members
 * of pdf.js we use, so the browser build and Node's legacy build both fit.
 */

import { quietly } from '../log';
import type { PdfPageItems, PdfTextItem } from './pdf-layout';
import { DocumentError } from './types';

/** A pdf.js text item (marked-content entries have no `str` and are skipped, as the text layer does). */
interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}
type RawEntry = RawItem | { type: string };

interface PdfPageLike {
  view: number[];
  getTextContent(): Promise<{ items: RawEntry[] }>;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
  getMetadata?(): Promise<{ info?: unknown }>;
}

/** Items of one page, y turned to run downwards from the page's top. */
function pageItems(page: PdfPageLike, content: { items: RawEntry[] }): PdfPageItems {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const items: PdfTextItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = raw.transform;
    // The font size is the length of the text matrix's first column (rotated text included).
    const size = raw.height && raw.height > 0 ? raw.height : Math.hypot(a, b);
    items.push({ str: raw.str, x: e - x0, y: y1 - f, width: raw.width, height: size });
  }
  return { width: x1 - x0, height: y1 - y0, items };
}

/** The text items of every page, in page order; `onFirst` sees page 1 as soon as it is read. */
export async function readPdfItems(
  pdf: PdfDocumentLike,
  onFirst?: (page: PdfPageItems) => void,
): Promise<PdfPageItems[]> {
  const pages: PdfPageItems[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    pages.push(pageItems(page, await page.getTextContent()));
    if (number === 1) onFirst?.(pages[0] as PdfPageItems);
  }
  return pages;
}

/** True when no page has any text: a scan, or pictures only. */
export function hasNoText(pages: readonly PdfPageItems[]): boolean {
  return pages.every((page) => page.items.every((item) => item.str.trim() === ''));
}

/** pdf.js's own errors as ours: a password, a damaged file. */
export function pdfLoadError(error: unknown): DocumentError {
  const name = (error as { name?: string })?.name;
  if (name === 'PasswordException') return new DocumentError('encrypted');
  if (error instanceof DocumentError) return error;
  return new DocumentError('damaged', (error as Error)?.message);
}

/** The title from the PDF's metadata, when it has a useful one. */
export async function pdfTitle(pdf: PdfDocumentLike): Promise<string | undefined> {
  const meta = await pdf.getMetadata?.().catch(quietly('reading the PDF title; the file name stands in'));
  const title = (meta?.info as { Title?: unknown } | undefined)?.Title;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}

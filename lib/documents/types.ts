/**
 * What reading a document produces, whatever its format: the text extraction runs on, where each
 * page starts in it, and the tables rebuilt from it. Pure data, shared by the viewer and `scan`.
 */

import { lastAtOrBefore } from '../extract/text/sorted';
import type { TextTable } from '../extract/types';

export type DocumentKind = 'pdf' | 'docx' | 'html' | 'text';

export interface DocumentText {
  kind: DocumentKind;
  /** The text extraction reads: lines joined, hyphens mended, repeated headers and footers left out. */
  text: string;
  /** PDFs: `pageStarts[i]` is where page i + 1 begins in `text`. Empty for other formats. */
  pageStarts: number[];
  tables: TextTable[];
  /** The document's own title (PDF metadata, first heading), when it has one. */
  title?: string;
}

/**
 * Why a document could not be read. Each code has its own message in the locale files
 * (`docError_<code>`), so the viewer never shows a bare exception.
 */
export type DocumentErrorCode =
  | 'empty'
  | 'scanned'
  | 'encrypted'
  | 'damaged'
  | 'html-not-pdf'
  | 'old-word'
  | 'unsupported'
  | 'too-large'
  | 'timeout'
  | 'http'
  | 'network'
  | 'scheme';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DocumentError';
  }
}

/** The 1-based page that text offset `offset` falls on (1 for documents without pages). */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  return Math.max(1, lastAtOrBefore(pageStarts, offset) + 1);
}

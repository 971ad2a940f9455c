/**
 * What a file is, from its first bytes (the name and the server's content type only break ties):
 * a server that answers a PDF link with its login page must not be read as a PDF. Pure.
 */
import { DocumentError, type DocumentKind } from './types';

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((byte, i) => bytes[at + i] === byte);

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // old binary Word (.doc)

/** The format of `bytes`, or a DocumentError saying why it cannot be read. */
export function sniffDocument(bytes: Uint8Array, name = '', contentType = ''): DocumentKind {
  if (bytes.length === 0) throw new DocumentError('empty');
  const head = bytes.subarray(0, 1024);
  // The spec allows junk before the header; real files have at most a few bytes.
  if (indexOf(head, PDF_MAGIC) >= 0) return 'pdf';
  if (startsWith(bytes, OLE_MAGIC)) throw new DocumentError('old-word');
  const claimsPdf = /\.pdf$/i.test(name) || /pdf/i.test(contentType);
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (
      indexOf(
        bytes.subarray(0, 64 * 1024),
        [...'word/'].map((c) => c.charCodeAt(0)),
      ) >= 0
    )
      return 'docx';
    throw new DocumentError(claimsPdf ? 'damaged' : 'unsupported');
  }
  const text = decodeText(head);
  const html = text !== undefined && /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i.test(text);
  if (claimsPdf) throw new DocumentError(html ? 'html-not-pdf' : 'damaged');
  if (/\.docx?$/i.test(name) || /msword|wordprocessingml/i.test(contentType)) throw new DocumentError('damaged');
  if (text === undefined) throw new DocumentError('unsupported');
  return html || /\.x?html?$/i.test(name) || /html/i.test(contentType) ? 'html' : 'text';
}

/** UTF-8 text of `bytes` (a cut multi-byte character at the end allowed), or undefined for binary. */
function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return undefined;
  }
}

function indexOf(bytes: Uint8Array, needle: number[]): number {
  const first = needle[0];
  for (
    let i = bytes.indexOf(first as number);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first as number, i + 1)
  ) {
    if (startsWith(bytes, needle, i)) return i;
  }
  return -1;
}

/** Whole-file text decoding for text and HTML documents (BOM dropped). */
export function decodeDocumentText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Old Vietnamese pages in Windows-1258 still show their digits and codes.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

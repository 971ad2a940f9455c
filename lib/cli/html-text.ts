/**
 * The visible text of an HTML document, for the `scan` command (the content script reads the live
 * DOM instead). Block elements become line breaks so "<p>A</p><p>B</p>" never reads as "AB";
 * scripts, styles, templates and comments are dropped; entities are decoded as the document
 * reader decodes them (lib/documents/html-tree.ts).
 */
import { decodeEntities } from '../documents/html-tree';

const HIDDEN_ELEMENTS_RE = /<(script|style|noscript|template|head|svg|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT_RE = /<!--[\s\S]*?-->/g;
const BLOCK_TAG_RE =
  /<\/?(?:p|div|br|li|ul|ol|tr|table|thead|tbody|h[1-6]|section|article|header|footer|nav|aside|blockquote|pre|hr|title|main|figure|figcaption|dl|dt|dd|form|fieldset)\b[^>]*>/gi;
const CELL_TAG_RE = /<\/?(?:td|th)\b[^>]*>/gi;
const ANY_TAG_RE = /<\/?[a-zA-Z][^>]*>|<!doctype[^>]*>/gi;
/** Visible text of `html`, one line per block. Pure; never throws on malformed markup. */
export function htmlToText(html: string): string {
  return html
    .replace(COMMENT_RE, '')
    .replace(HIDDEN_ELEMENTS_RE, '')
    .replace(BLOCK_TAG_RE, '\n')
    .replace(CELL_TAG_RE, '\t')
    .replace(ANY_TAG_RE, '')
    .replace(/&[#a-z0-9]+;/gi, (entity) => decodeEntities(entity))
    .replace(/[ \t\r\f\v]+/g, (run) => (run.includes('\t') ? '\t' : ' '))
    .replace(/ ?\n[\s]*\n(?:\s*\n)*/g, '\n\n')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** True when `text` looks like an HTML document rather than plain text. */
export function looksLikeHtml(fileName: string, text: string): boolean {
  return /\.x?html?$/i.test(fileName) || /^\s*(?:<!doctype\s+html|<html[\s>])/i.test(text);
}

/**
 * `npm run --silent scan -- [--json | --csv] [--published YYYY-MM-DD] [--lang vi|en] FILE...`
 * Prints the references and dates found in UTF-8 text or HTML files (HTML: its visible text), and
 * PDF and DOCX files (their rebuilt text; PDF items carry their `page`).
 * Offsets are UTF-16 indexes into the text as read. Errors go to stderr, one line each.
 */
import { readFileSync } from 'node:fs';
import { layoutHtml } from '../documents/html-text';
import { parseHtml } from '../documents/html-tree';
import { readDocument } from '../documents/read-document';
import { DocumentError, type DocumentText, pageAt } from '../documents/types';
import { extractDocumentLazily } from '../extract/document';
import type { DateMention, Reference, TextTable } from '../extract/types';
import { formatScanCsv, formatScanText, type ScannedFile } from './scan-format';

export interface ScanOptions {
  format: 'text' | 'json' | 'csv';
  published?: string;
  lang?: 'vi' | 'en';
  files: string[];
}

export class UsageError extends Error {}

/** Parses the command line; throws UsageError with a one-line message. */
export function parseScanArgs(args: string[]): ScanOptions {
  const options: ScanOptions = { format: 'text', files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json' || arg === '--csv') options.format = arg === '--json' ? 'json' : 'csv';
    else if (arg === '--published') {
      const value = args[++i] ?? '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
        throw new UsageError(`--published needs a date as YYYY-MM-DD, got "${value}"`);
      }
      options.published = value;
    } else if (arg === '--lang') {
      const value = args[++i];
      if (value !== 'vi' && value !== 'en') throw new UsageError(`--lang takes vi or en, got "${value ?? ''}"`);
      options.lang = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no file given: scan [--json | --csv] FILE...');
  return options;
}

/** True when `text` looks like an HTML document rather than plain text. */
export function looksLikeHtml(fileName: string, text: string): boolean {
  return /\.x?html?$/i.test(fileName) || /^\s*(?:<!doctype\s+html|<html[\s>])/i.test(text);
}

/**
 * Reads one UTF-8 text or HTML file; HTML through the viewer's own reader (lib/documents), so
 * `scan` sees the visible text and the real tables exactly as the viewer does. Throws an Error with
 * a one-line message.
 */
export function readScanInput(file: string): { text: string; tables: TextTable[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
    throw new Error(`cannot read ${file}: ${why}`);
  }
  if (bytes.includes(0)) throw new Error(`${file} is not a text file (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file} is not UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!looksLikeHtml(file, text)) return { text, tables: [] };
  const { text: visible, tables } = layoutHtml(parseHtml(text), 'html');
  return { text: visible, tables };
}

const DOCUMENT_FILE_RE = /\.(?:pdf|docx?)$/i;

/**
 * A PDF or Word file through lib/documents, the viewer's own reader: offsets then index the
 * rebuilt text (lines joined, hyphens mended, running heads and feet left out), not the file.
 */
export async function readScanDocument(file: string): Promise<DocumentText> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  try {
    // pdf.js and mammoth are loaded only when a document is given: plain text scans stay quick to start.
    const { nodeReaders } = await import('../documents/node-readers');
    return await readDocument(new Uint8Array(bytes), file, nodeReaders);
  } catch (error) {
    throw new Error(
      `${file}: ${error instanceof DocumentError ? DOCUMENT_PROBLEMS[error.code] : (error as Error).message}`,
    );
  }
}

const DOCUMENT_PROBLEMS: Readonly<Record<DocumentError['code'], string>> = {
  empty: 'the file is empty',
  scanned: 'a scanned PDF: pictures only, no text to read',
  encrypted: 'the PDF is protected by a password',
  damaged: 'the file is damaged or cut short',
  'html-not-pdf': 'a web page saved under a PDF name, not a PDF',
  'old-word': 'old binary Word (.doc) cannot be read; save it as .docx or PDF',
  unsupported: 'not a PDF, Word, HTML or text file',
  'too-large': 'the file is too large',
  timeout: 'reading took too long',
  http: 'the server refused the file',
  network: 'the file could not be fetched',
  scheme: 'not an http(s) address',
};

export async function scanFiles(options: ScanOptions): Promise<ScannedFile[]> {
  const scanned: ScannedFile[] = [];
  for (const file of options.files) {
    const doc = DOCUMENT_FILE_RE.test(file) ? await readScanDocument(file) : undefined;
    const { text, tables } = doc ?? readScanInput(file);
    const found = await extractDocumentLazily(text, { published: options.published, lang: options.lang, tables });
    if (doc?.kind === 'pdf') {
      const paged = <T extends { start: number }>(items: T[]) =>
        items.map((item) => ({ ...item, page: pageAt(doc.pageStarts, item.start) }));
      scanned.push({ file, references: paged(found.references), dates: paged(found.dates) });
    } else scanned.push({ file, ...found });
  }
  return scanned;
}

function toJson(scanned: ScannedFile[]): string {
  const tag = <T extends Reference | DateMention>(file: string, items: T[]) =>
    scanned.length > 1 ? items.map((item) => ({ file, ...item })) : items;
  return JSON.stringify({
    references: scanned.flatMap((s) => tag(s.file, s.references)),
    dates: scanned.flatMap((s) => tag(s.file, s.dates)),
  });
}

/** Where `main` writes: the process's streams by default, a buffer in tests. */
export interface ScanOutput {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
}
const processOutput: ScanOutput = {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
};

/** Runs the command; returns the exit code (0 ok, 1 unreadable input, 2 bad usage). */
export async function main(args: string[], output: ScanOutput = processOutput): Promise<number> {
  try {
    const options = parseScanArgs(args);
    const scanned = await scanFiles(options);
    const text =
      options.format === 'json'
        ? toJson(scanned)
        : options.format === 'csv'
          ? formatScanCsv(scanned)
          : formatScanText(scanned);
    output.stdout(`${text}\n`);
    return 0;
  } catch (error) {
    output.stderr(`scan: ${(error as Error).message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));

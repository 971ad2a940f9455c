/**
 * `npm run --silent scan -- [--json | --csv] [--published YYYY-MM-DD] [--lang vi|en] FILE...`
 * Prints the references and dates found in UTF-8 text or HTML files (HTML: its visible text).
 * Offsets are UTF-16 indexes into the text as read. Errors go to stderr, one line each.
 */
import { readFileSync } from 'node:fs';
import { extractDocument } from '../extract/document';
import type { DateMention, Reference } from '../extract/types';
import { htmlToText, looksLikeHtml } from './html-text';
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

/** Reads one file as UTF-8 text (HTML → visible text). Throws an Error with a one-line message. */
export function readScanInput(file: string): string {
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
  return looksLikeHtml(file, text) ? htmlToText(text) : text;
}

export function scanFiles(options: ScanOptions): ScannedFile[] {
  return options.files.map((file) => {
    const text = readScanInput(file);
    return { file, ...extractDocument(text, { published: options.published, lang: options.lang }) };
  });
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
export function main(args: string[], output: ScanOutput = processOutput): number {
  try {
    const options = parseScanArgs(args);
    const scanned = scanFiles(options);
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

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));

/**
 * The public surface of extraction: text in, references and dates out. Pure (no DOM, no extension
 * API), so the content script, the `scan` command and the tests run the same code.
 */
import { findReferences } from './find-refs';
import type { Extraction } from './types';

export interface ExtractOptions {
  /** The page's publication date (ISO), used to give year-less dates their year. */
  published?: string;
  /** Page language; `en` enables the English date grammar. Guessed from the text when absent. */
  lang?: 'vi' | 'en';
}

/** Every reference and date in `text`, in document order. */
export function extract(text: string, _options: ExtractOptions = {}): Extraction {
  return { references: findReferences(text), dates: [] };
}

export type { DateKind, DateMention, Extraction, Reference, ReferenceFamily } from './types';

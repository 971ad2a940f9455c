/**
 * The whole extraction of a document, for code that runs off the page's main thread (the `scan`
 * command, the background, the gold tests): the pure grammar (`extract`), then the English step
 * that needs compromise (`enrichEnglish`). The content script runs `extract` alone.
 */
import { enrichEnglish } from './english/enrich';
import { type ExtractOptions, extract } from './index';
import type { Extraction } from './types';

export function extractDocument(text: string, options: ExtractOptions = {}): Extraction {
  return enrichEnglish(text, extract(text, options), options);
}

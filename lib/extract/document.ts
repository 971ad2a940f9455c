/**
 * The whole extraction of a document, for code that runs off the page's main thread (the `scan`
 * command, the background, the gold tests): the pure grammar (`extract`), then the English step
 * that needs compromise (`enrichEnglish`). The content script runs `extract` and asks the
 * background for the rest, so a page ends up with exactly this.
 */
import { enrichEnglish } from './english/enrich';
import { loadEnglish } from './english/nlp';
import { type ExtractOptions, extract, restoreSurfaces } from './index';
import { guessLanguage } from './text/language';
import { asProse } from './text/prose';
import type { Extraction } from './types';

export function extractDocument(text: string, options: ExtractOptions = {}): Extraction {
  // compromise reads sentences, so it gets the page's block breaks as line breaks too (prose.ts).
  const prose = asProse(text);
  // The language is guessed once for both steps.
  const read = { ...options, lang: options.lang ?? guessLanguage(prose) };
  const found = enrichEnglish(prose, extract(text, read), read);
  if (prose !== text) restoreSurfaces(text, found.dates);
  return found;
}

/**
 * `extractDocument`, loading compromise first when the text is English (english/nlp.ts): for the
 * background, which should not pay for compromise on every wake-up to read a Vietnamese page.
 */
export async function extractDocumentLazily(text: string, options: ExtractOptions = {}): Promise<Extraction> {
  // The guess `extractDocument` would make, made once and handed on.
  const lang = options.lang ?? guessLanguage(asProse(text));
  if (lang === 'en') await loadEnglish();
  return extractDocument(text, { ...options, lang });
}

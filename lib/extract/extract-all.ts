/**
 * Extraction with the English fallback (compromise) for code that runs off the page's main thread:
 * the `scan` command and the background. The content script uses `extract` from index.ts, which
 * never loads compromise.
 */
import { findEnglishLeftoverDates } from './dates/english-fallback';
import { type ExtractOptions, extract } from './index';
import { guessLanguage } from './text/language';
import type { DateMention, Extraction } from './types';

/** `extract`, plus the English dates only compromise can find, merged in document order. */
export function extractAll(text: string, options: ExtractOptions = {}): Extraction {
  const result = extract(text, options);
  if ((options.lang ?? guessLanguage(text)) !== 'en') return result;
  const published =
    options.published ??
    result.dates.find((date) => date.kind === 'published' && /^\d{4}-\d\d-\d\d$/.test(date.value))?.value;
  const { found, replaced } = findEnglishLeftoverDates(text, result.dates, published);
  if (found.length === 0) return result;
  const kept = result.dates.filter((date) => !replaced.has(date));
  const dates: DateMention[] = [...kept, ...found].sort((a, b) => a.start - b.start);
  return { references: result.references, dates };
}

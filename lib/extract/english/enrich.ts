/**
 * The English step that needs compromise, run off the page's main thread (the background, the
 * `scan` command): the owners and task of English deadlines from compromise's tags, and the English
 * date phrases our grammar cannot date. Pure: text and extraction in, a new extraction out.
 */

import { publishedDayOf } from '../dates/values';
import { findTableRows } from '../deadlines/tables';
import { guessLanguage } from '../text/language';
import { asLines } from '../text/prose';
import type { DateMention, Extraction, TextTable } from '../types';
import { findEnglishLeftoverDates } from './fallback-dates';
import { readEnglishDeadlines } from './read-deadlines';

interface EnrichOptions {
  published?: string;
  lang?: 'vi' | 'en';
  /** The text's real tables: a deadline in a table row keeps its row's task and owners. */
  tables?: TextTable[];
}

/** `extraction` plus what compromise adds on English text; Vietnamese text is returned as is. */
export function enrichEnglish(text: string, extraction: Extraction, options: EnrichOptions = {}): Extraction {
  if ((options.lang ?? guessLanguage(text)) !== 'en') return extraction;
  const published = options.published ?? publishedDayOf(extraction.dates);
  const { found, replaced } = findEnglishLeftoverDates(text, extraction.dates, published);
  const kept = extraction.dates.filter((date) => !replaced.has(date)).map((date) => ({ ...date }));
  const dates: DateMention[] = [...kept, ...found].sort((a, b) => a.start - b.start);
  readEnglishDeadlines(text, dates, findTableRows(asLines(text), options.tables));
  return { references: extraction.references, dates };
}

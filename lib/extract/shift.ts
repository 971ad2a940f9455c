/**
 * An extraction of a piece of a text, moved to the piece's place in the whole text: every span
 * (references, dates, a deadline's task and owners) shifted by the piece's start. In place.
 */
import type { Extraction } from './types';

export function shiftExtraction(extraction: Extraction, by: number): Extraction {
  const span = (item: { start: number; end: number }) => {
    item.start += by;
    item.end += by;
  };
  for (const reference of extraction.references) span(reference);
  for (const date of extraction.dates) {
    span(date);
    if (date.task) span(date.task);
    for (const owner of date.owners ?? []) span(owner);
  }
  return extraction;
}

/**
 * Regex pieces built from the word tables: a phrase list becomes one alternation, longest first,
 * with any run of white space between words. Built once at module load.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `(?:hoàn\s+thành|xong|…)`, longest phrase first so that "chậm nhất là" wins over "chậm nhất". */
export function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+')).join('|')})`;
}

/** Letters on neither side: the phrase is whole words. */
export const wordBounded = (body: string) => `(?<![\\p{L}\\p{M}\\d])${body}(?![\\p{L}\\p{M}])`;

/**
 * A cheap language guess for text without a declared language: Vietnamese text is dense with
 * letters that English never uses (ă, ơ, ư, đ and the tone marks of Latin Extended Additional).
 */
const SAMPLE = 4000;
// Precomposed Vietnamese letters, and the combining tone marks of decomposed (NFD) text.
const VIETNAMESE_LETTER_RE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]|[\u0300-\u0309\u0323]/g;
const LETTER_RE = /[A-Za-z\u00c0-\u1ef9]/g;

/** `vi` when at least 2% of the sample's letters are Vietnamese-only, else `en`. */
export function guessLanguage(text: string): 'vi' | 'en' {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = sample.match(LETTER_RE)?.length ?? 0;
  const vietnamese = sample.match(VIETNAMESE_LETTER_RE)?.length ?? 0;
  return letters > 0 && vietnamese / letters < 0.02 ? 'en' : 'vi';
}

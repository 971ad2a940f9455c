/**
 * A cheap language guess for text without a declared language: Vietnamese text is dense with
 * letters that English never uses (ă, ơ, ư, đ and the tone marks of Latin Extended Additional).
 */
const SAMPLE = 4000;

/** `[A-Za-z\u00c0-\u1ef9]`: the letters the share is taken of. */
function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x1ef9);
}

const VIETNAMESE_ONLY = new Set([...'ăâđêôơưĂÂĐÊÔƠƯ'].map((letter) => letter.charCodeAt(0)));

/** Precomposed Vietnamese letters, and the combining tone marks of decomposed (NFD) text. */
function isVietnameseOnly(code: number): boolean {
  return (
    (code >= 0x1ea0 && code <= 0x1ef9) ||
    (code >= 0x300 && code <= 0x309) ||
    code === 0x323 ||
    VIETNAMESE_ONLY.has(code)
  );
}

/**
 * `vi` when at least 2% of the sample's letters are Vietnamese-only, else `en`. Counted by
 * character codes: it runs once per extraction, and matching the sample with two global regexes
 * built arrays of thousands of strings each time (a tenth of a second over a long document's slices).
 */
export function guessLanguage(text: string): 'vi' | 'en' {
  const length = Math.min(text.length, SAMPLE);
  let letters = 0;
  let vietnamese = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 65) continue;
    if (isLetter(code)) letters++;
    if (code >= 0xc0 && isVietnameseOnly(code)) vietnamese++;
  }
  return letters > 0 && vietnamese / letters < 0.02 ? 'en' : 'vi';
}

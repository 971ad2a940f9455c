/**
 * A date's watchlist key, as `watchKeyOf` makes it, without folding its sentence through NFD. On a
 * large page that fold was the costliest step of placing findings (a Unicode normalisation of
 * every date's sentence). For a sentence made only of characters whose fold is one character of
 * their own (Latin and Vietnamese letters, digits, punctuation, single spaces), folding the
 * sentence is folding each character, so the hash is taken character by character from a table
 * filled on demand with `foldForSearch` itself. Any other sentence goes through `watchKeyOf`.
 * `tests/page/date-watch-key.test.ts` holds the two equal.
 */
import { foldForSearch, watchKeyOf } from '../watchlist/watch-key';

/** Fold of each UTF-16 unit below TABLE_SIZE: its code, UNSAFE, or UNKNOWN until first met. */
const TABLE_SIZE = 0x2060;
const UNKNOWN = -1;
const UNSAFE = -2;
const folded = new Int32Array(TABLE_SIZE).fill(UNKNOWN);

/** Characters that fold alone: no white space but the single space, no combining marks. */
function foldsAlone(code: number): boolean {
  return (
    (code >= 33 && code <= 126) ||
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x205e)
  );
}

function foldOf(code: number): number {
  let fold = folded[code] as number;
  if (fold === UNKNOWN) {
    const one = foldsAlone(code) ? foldForSearch(String.fromCharCode(code)) : '';
    fold = one.length === 1 ? one.charCodeAt(0) : UNSAFE;
    folded[code] = fold;
  }
  return fold;
}

/** FNV-1a of the sentence's fold, or undefined when a character does not fold alone. */
function foldHash(sentence: string): string | undefined {
  let hash = 0x811c9dc5;
  let previousSpace = true; // no leading space
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    let fold: number;
    if (code === 32) {
      if (previousSpace) return undefined;
      fold = 32;
    } else {
      if (code >= TABLE_SIZE) return undefined;
      fold = foldOf(code);
      if (fold === UNSAFE) return undefined;
    }
    previousSpace = code === 32;
    hash ^= fold;
    hash = Math.imul(hash, 0x01000193);
  }
  if (previousSpace && sentence.length > 0) return undefined; // a trailing space
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** `watchKeyOf({ key: '', date }, sentence)`, the same string, most often without normalising. */
export function dateWatchKey(date: { kind: string; value: string }, sentence: string): string {
  const hash = foldHash(sentence);
  return hash === undefined ? watchKeyOf({ key: '', date }, sentence) : `${date.kind}|${date.value}|${hash}`;
}

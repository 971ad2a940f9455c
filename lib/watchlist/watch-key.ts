/**
 * The watchlist key of a finding: what makes two saves "the same item". A document is its
 * reference key (every spelling of one document dedupes). A date is its kind, value and the
 * sentence it came from, so the same deadline saved from two pages merges, while two different
 * tasks due on the same day stay apart. Pure; shared by the content script and the database.
 */
export function watchKeyOf(finding: { key: string; date?: { kind: string; value: string } }, sentence: string): string {
  if (!finding.date) return finding.key;
  return `${finding.date.kind}|${finding.date.value}|${sentenceHash(sentence)}`;
}

/**
 * The hash of a sentence's fold, `foldAndHash(sentence)`, most often without normalising: on a
 * large page, folding every date's sentence through NFD was the costliest step of placing
 * findings. For a sentence made only of characters whose fold is one character of their own
 * (Latin and Vietnamese letters, digits, punctuation, single spaces), folding the sentence is
 * folding each character, so the hash is taken character by character from a table filled on
 * demand with `foldForSearch` itself. Any other sentence is folded whole.
 */
export function sentenceHash(sentence: string): string {
  return foldHashByCharacter(sentence) ?? foldAndHash(sentence);
}

/** The hash of `foldForSearch(sentence)`: the definition `sentenceHash` must equal. */
export function foldAndHash(sentence: string): string {
  return hashText(foldForSearch(sentence));
}

/** Lower case without accents, đ as d, white space collapsed: "Chỉ thị" and "chi thi" compare equal. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** FNV-1a, 32 bits, as 8 hex digits: short and stable, not a secret. */
const FNV_START = 0x811c9dc5;
const fnvStep = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);
const fnvHex = (hash: number) => (hash >>> 0).toString(16).padStart(8, '0');

/** FNV-1a of `text`'s UTF-16 units, as a signed 32-bit integer. */
export function fnv1a(text: string): number {
  let hash = FNV_START;
  for (let i = 0; i < text.length; i++) hash = fnvStep(hash, text.charCodeAt(i));
  return hash;
}

const hashText = (text: string): string => fnvHex(fnv1a(text));

/** Fold of each UTF-16 unit below FOLD_TABLE_SIZE: its code, UNSAFE, or UNKNOWN until first met. */
const FOLD_TABLE_SIZE = 0x2060;
const UNKNOWN = -1;
const UNSAFE = -2;
const folded = new Int32Array(FOLD_TABLE_SIZE).fill(UNKNOWN);

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

/** `foldAndHash(sentence)` one character at a time, or undefined when a character does not fold alone. */
function foldHashByCharacter(sentence: string): string | undefined {
  let hash = FNV_START;
  let previousSpace = true; // no leading space
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    const fold = code === 32 ? (previousSpace ? UNSAFE : 32) : code < FOLD_TABLE_SIZE ? foldOf(code) : UNSAFE;
    if (fold === UNSAFE) return undefined;
    previousSpace = code === 32;
    hash = fnvStep(hash, fold);
  }
  if (previousSpace && sentence.length > 0) return undefined; // a trailing space
  return fnvHex(hash);
}

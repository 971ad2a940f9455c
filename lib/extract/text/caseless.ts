/**
 * Case-insensitive patterns without the `i` flag. Under `iu`, V8 closes every character class over
 * case folding when it compiles the pattern, and for `\p{L}`/`\p{M}` (our word boundaries) that
 * costs 2–15 ms per regex: the cold start a news page paid on its first dates. The same pattern
 * with each cased letter written as the class of its case variants (`đ` → `[đĐ]`) and the flag
 * dropped matches exactly the same strings and compiles in a fraction of that.
 *
 * Exactness: a letter's class holds every character that `iu` matches it with (checked against
 * the engine itself, `tests/extract/caseless.test.ts` checks all of Unicode). `[\p{L}\p{M}]`,
 * `\d`, `\s` and classes of punctuation are closed under case folding, so they stay; `\p{L}`
 * without `\p{M}` gains U+0345 (a combining mark that folds to ι, which `iu` lets in). Anything
 * whose meaning `i` would change and that is not handled here (`\w`, `\b`, other properties,
 * letters inside a class) throws at module load rather than match differently.
 */

/** Characters whose case variant is not found by toLowerCase/toUpperCase alone. */
const EXTRA_VARIANTS = [
  '\u01c5',
  '\u01c8',
  '\u01cb',
  '\u01f2',
  '\u212a',
  '\u017f',
  '\u212b',
  '\u1e9e',
  '\u00df',
  '\u0130',
  '\u0131',
  '\u03c2',
  '\u1fbe',
];

/** Pattern piece of each character met so far: itself, or the class of its case variants. */
const classes = new Map<string, string>();

/**
 * Every character `iu` matches `letter` with. A candidate whose lower and upper case both equal
 * the letter's is one of them; one that shares only one of the two (ſ and s, ı and i) is asked of
 * the engine, which compiles a regex: rare, so loading the patterns stays cheap.
 */
export function caseVariants(letter: string): string[] {
  const [lower, upper] = [letter.toLowerCase(), letter.toUpperCase()];
  const candidates = new Set([letter, lower, upper, lower.toUpperCase(), upper.toLowerCase(), ...EXTRA_VARIANTS]);
  const variants: string[] = [];
  for (const c of candidates) {
    if ([...c].length !== 1) continue;
    const [sameLower, sameUpper] = [c.toLowerCase() === lower, c.toUpperCase() === upper];
    if (sameLower && sameUpper) variants.push(c);
    else if ((sameLower || sameUpper) && sameByEngine(letter, c)) variants.push(c);
  }
  return variants;
}

function sameByEngine(letter: string, c: string): boolean {
  return new RegExp(`^\\u{${(letter.codePointAt(0) as number).toString(16)}}$`, 'iu').test(c);
}

function letterClass(letter: string): string {
  let found = classes.get(letter);
  if (found === undefined) {
    const variants = caseVariants(letter);
    found = variants.length > 1 ? `[${variants.join('')}]` : letter;
    classes.set(letter, found);
  }
  return found;
}

/** Whether `iu` matches `c` with any other character. */
const isCased = (c: string) => letterClass(c) !== c;

/** `source`, written for the `iu` flags, rewritten to mean the same under `u` alone. */
export function caseless(source: string): string {
  let out = '';
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`caseless: ${why} at ${i} in /${source}/`);
  };
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '\\') {
      const [piece, next] = readEscape(source, i, fail);
      if (piece === '\\p{L}') out += '[\\p{L}\\u0345]';
      else out += piece;
      i = next;
    } else if (c === '[') {
      const [piece, next] = readClass(source, i, fail);
      out += piece;
      i = next;
    } else if (c === '(' && source[i + 1] === '?') {
      // Group syntax: "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?<name>" (the name is not text).
      const named = source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!';
      const end = named ? source.indexOf('>', i) + 1 : i + (source[i + 2] === '<' ? 4 : 3);
      out += source.slice(i, end);
      i = end;
    } else {
      const point = String.fromCodePoint(source.codePointAt(i) as number);
      out += letterClass(point);
      i += point.length;
    }
  }
  return out;
}

/** One escape at `i`: its text as it stays, and where the next token starts. */
function readEscape(source: string, i: number, fail: (why: string) => never): [string, number] {
  const kind = source[i + 1] ?? fail('trailing backslash');
  if (kind === 'p' || kind === 'P') {
    const end = source.indexOf('}', i) + 1;
    const piece = source.slice(i, end);
    if (!['\\p{L}', '\\p{M}'].includes(piece)) fail(`${piece} is not known to be closed under case folding`);
    return [piece, end];
  }
  if ('wWbB'.includes(kind)) fail(`\\${kind} changes meaning with the i flag`);
  if (kind === 'u') {
    const end = source[i + 2] === '{' ? source.indexOf('}', i) + 1 : i + 6;
    const piece = source.slice(i, end);
    const code = Number.parseInt(piece.replace(/[\\u{}]/g, ''), 16);
    if (isCased(String.fromCodePoint(code))) fail(`escaped letter ${piece}`);
    return [piece, end];
  }
  if (kind === 'x') return [source.slice(i, i + 4), i + 4];
  if (kind === 'k') {
    const end = source.indexOf('>', i) + 1;
    return [source.slice(i, end), end];
  }
  if (kind === 'c') fail('control escapes are not handled');
  return [source.slice(i, i + 2), i + 2];
}

/** One character class at `i`, which must hold no cased letter (or `\p{L}` without `\p{M}`). */
function readClass(source: string, i: number, fail: (why: string) => never): [string, number] {
  let j = i + 1;
  let body = '';
  while (j < source.length && source[j] !== ']') {
    if (source[j] === '\\') {
      const [piece, next] = readEscape(source, j, fail);
      body += piece;
      j = next;
    } else {
      const point = String.fromCodePoint(source.codePointAt(j) as number);
      if (isCased(point)) fail(`cased letter ${point} inside a class`);
      body += point;
      j += point.length;
    }
  }
  if (j >= source.length) fail('unclosed class');
  if (body.includes('\\p{L}') && !body.includes('\\p{M}')) {
    if (body.startsWith('^')) fail('a negated class of \\p{L} is not handled');
    body += '\\u0345';
  }
  return [`[${body}]`, j + 1];
}

/** A RegExp for `source` written for `flags` (which hold `i` and `u`), compiled without `i`. */
export function caselessRegExp(source: string, flags: string): RegExp {
  if (!flags.includes('u') || !flags.includes('i')) throw new Error(`caselessRegExp: flags ${flags} lack i or u`);
  return new RegExp(caseless(source), flags.replace('i', ''));
}

/**
 * caselessRegExp built on the first call, for a pattern only some readings use (deadline details
 * run in the background, never when the content script starts on a page).
 */
export function lazyCaselessRegExp(source: () => string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  return () => {
    built ??= caselessRegExp(source(), flags);
    return built;
  };
}

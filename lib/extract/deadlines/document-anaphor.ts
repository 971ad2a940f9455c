/**
 * A document named again without its number: "Theo kế hoạch, các sở hoàn thành …", "Kế hoạch này",
 * "under the Plan". The deadline then belongs to the last document of that type named before it,
 * not simply to the last document named.
 */
import { DOC_TYPES } from '../tables/doc-types';
import { caseless, caseVariants } from '../text/caseless';

/** The types that give tasks and deadlines; "báo cáo", "văn bản", "luật" are too often plain nouns. */
const GOVERNING_TYPES: ReadonlySet<string> = new Set([
  'nghi-quyet',
  'quyet-dinh',
  'chi-thi',
  'ket-luan',
  'thong-bao',
  'huong-dan',
  'chuong-trinh',
  'ke-hoach',
  'de-an',
  'cong-dien',
  'cong-van',
]);

/** Type word → type id; built with the pattern, on the first deadline that needs it. */
let typeOfWord: Map<string, string> | undefined;
function typesOfWords(): Map<string, string> {
  typeOfWord ??= new Map(
    DOC_TYPES.filter((type) => GOVERNING_TYPES.has(type.id)).flatMap((type) =>
      type.words.map((word) => [word, type.id] as const),
    ),
  );
  return typeOfWord;
}

/** Words before a type word that point back to a document already named. */
const ANAPHOR_LEADS = [
  'theo',
  'căn cứ',
  'thực hiện',
  'triển khai',
  'tại',
  'under',
  'per',
  'this',
  'under the',
  'per the',
];

const escapeRe = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t\\u00a0]+');

/**
 * A type word pointing back: after "theo / căn cứ / thực hiện / triển khai / tại / under / per /
 * this", or before "này / nêu trên / trên / đã nêu"; never with a number after it (that is a new
 * reference, read by find-refs). Group 1 or 2 is the type word. Compiled on first use: the page's
 * first scan reads no deadline details.
 */
let anaphorPattern: RegExp | undefined;
function anaphorRe(): RegExp {
  if (anaphorPattern) return anaphorPattern;
  const words = [...typesOfWords().keys()].sort((a, b) => b.length - a.length);
  const types = words.map(escapeRe).join('|');
  const body = String.raw`(?<![\p{L}\p{M}])(?:(?:${ANAPHOR_LEADS.join('|')})[ \t\u00a0]+(${types})(?![\p{L}\p{M}])(?![ \t\u00a0]*(?:số|no\.?|number)?[ \t\u00a0]*\d)|(${types})[ \t\u00a0]+(?:này|nêu trên|trên|đã nêu)(?![\p{L}\p{M}]))`;
  // Every match opens with the first letter of a lead word or a type word, in any case. One class
  // of those letters in front lets the engine skip every other position before it tries the
  // Unicode lookbehind there.
  const firsts = new Set([...ANAPHOR_LEADS, ...words].flatMap((word) => caseVariants(word[0] as string)));
  anaphorPattern = new RegExp(`(?=[${[...firsts].join('')}])${caseless(body)}`, 'gu');
  return anaphorPattern;
}

/** The type id of the last document anaphor in `text` between `from` and `to`, if any. */
export function anaphorTypeIn(text: string, from: number, to: number): string | undefined {
  const stretch = text.slice(from, to);
  let type: string | undefined;
  const pattern = anaphorRe();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(stretch); m; m = pattern.exec(stretch)) {
    const word = (m[1] ?? m[2] ?? '').toLowerCase().replace(/[ \t\u00a0]+/g, ' ');
    type = typesOfWords().get(word) ?? type;
  }
  return type;
}

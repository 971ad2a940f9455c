/**
 * Document references in plain text. One pass of CODE_RE over the original string finds code-shaped
 * strings and bare numbers; each is then read against its left context (see governor.ts). Only
 * small pieces are normalised, so every offset refers to the text as given.
 */

import type { DocType } from '../tables/doc-types';
import { ISSUERS, UNIT_CODES } from '../tables/issuers';
import { isWordChar } from '../text/left-context';
import type { Reference, TypeName } from '../types';
import { findGovernor, type Governor, TYPE_BY_ID } from './governor';
import { foldGroup } from './normalize';
import { CODE_RE, CODE_SEPARATOR_RE, LIST_GAP_RE, MAX_LIST_GAP_CORE } from './patterns';
import { buildKey, type CodeShape, lookUpIssuer, readSymbol, stripLeadingZeros } from './symbol';

const isSpaceCode = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x3000;

interface RawCode {
  start: number;
  end: number;
  number: string;
  year: number | null;
  shape: CodeShape;
  /** Raw groups after the number (and year): type and issuers as written. */
  groups: string[];
  /** Party layout written with a space for the hyphen ("84 QĐ/TWĐTN"). */
  spaced: boolean;
}

/** The code in a CODE_RE match, or undefined for a bare number. */
function readMatch(match: RegExpExecArray): RawCode | undefined {
  const [whole, number, year, legal, admin, partyType, partySymbol, legacy] = match;
  const symbol = legal ?? admin ?? partySymbol ?? legacy;
  if (symbol === undefined) return undefined;
  const shape: CodeShape = legal ? 'legal' : admin ? 'admin' : partyType ? 'party' : 'legacy';
  let afterNumber = (number as string).length;
  while (afterNumber < whole.length && whole.charCodeAt(afterNumber) <= 32) afterNumber++;
  return {
    spaced: shape === 'party' && !isDash(whole.charCodeAt(afterNumber)),
    start: match.index,
    end: match.index + whole.length,
    number: number as string,
    year: year ? Number(year) : null,
    shape,
    groups: partyType ? [partyType, ...symbol.split(CODE_SEPARATOR_RE)] : symbol.split(CODE_SEPARATOR_RE),
  };
}

/**
 * A code glued to the next word ("…TWĐTN-VPĐOÀN TNCS", "…QĐ-UBNDngày"): cut its last group back to
 * the longest known issuer or unit code. Returns false when no such code is there.
 */
function trimGluedTail(text: string, code: RawCode): boolean {
  const next = text.charCodeAt(code.end);
  if (!isWordChar(next) && !(next >= 48 && next <= 57)) return true;
  const last = code.groups[code.groups.length - 1] as string;
  const folded = foldGroup(last);
  for (let cut = folded.length; cut >= 2; cut--) {
    const prefix = folded.slice(0, cut);
    if (lookUpIssuer(prefix) || UNIT_CODES.has(prefix)) {
      let rawCut = 0;
      while (rawCut < last.length && foldGroup(last.slice(0, rawCut)).length < cut) rawCut++;
      code.end -= last.length - rawCut;
      code.groups[code.groups.length - 1] = last.slice(0, rawCut);
      return true;
    }
  }
  return false;
}

/**
 * "Decree 70/2025/ND-CP — the new rules …": a spaced dash before a lower-case word opens prose, not
 * another group of the code. Cuts such groups off the code's end (every group is written in capitals
 * or digits, even with a space around its dash: "NĐ - CP"); false when no group is left.
 */
function trimProseTail(text: string, code: RawCode): boolean {
  for (let n = 0; n < 2; n++) {
    const tail = PROSE_TAIL_RE.exec(text.slice(code.start, code.end));
    if (!tail) return true;
    // "Decree 70 — the …": nothing but prose after the number; the weak reading may still name it.
    if (code.groups.length <= 1) return false;
    code.end = code.start + tail.index;
    code.groups.pop();
  }
  return true;
}
const PROSE_TAIL_RE =
  /\s[-\u2010-\u2015\u2212]\s*\p{Ll}[\p{Ll}\p{M}]*$|[-\u2010-\u2015\u2212]\s+\p{Ll}[\p{Ll}\p{M}]*$/u;

/** On English pages "TU" is often the Politburo's "TƯ" folded to ASCII; the issuer phrase tells. */
const CENTRAL_PARTY_AFTER_RE =
  /^[\s,]*(?:of\s+the\s+(?:Politburo|Political\s+Bureau|Secretariat|(?:Party\s+)?Central\s+Committee)|của\s+(?:Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Chấp\s+hành\s+Trung\s+ương))/iu;
const isDash = (code: number) =>
  code === 45 || (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63 || code === 0xff0d;

const TYPE_NAMES = new Map<DocType, TypeName>();
/** The canonical type name of `type`, one frozen object per type. */
function toTypeName(type: DocType | null | undefined): TypeName | null {
  if (!type) return null;
  let name = TYPE_NAMES.get(type);
  if (!name) {
    name = Object.freeze({ id: type.id, vi: type.vi, en: type.en });
    TYPE_NAMES.set(type, name);
  }
  return name;
}

/** Turns one code into a reference, or undefined when it is not one after all. */
function buildReference(text: string, code: RawCode): Reference | undefined {
  if (!trimProseTail(text, code) || !trimGluedTail(text, code)) return undefined;
  const governor = findGovernor(text, code.start);
  if (code.shape === 'legacy' && !governor.word && !governor.cued) return undefined;
  const groups = code.groups.map(foldGroup);
  const reading = readSymbol(code.shape, groups, code.year !== null);
  if (!reading) return undefined;
  // Shapes the tables cannot vouch for need more evidence: "84 QĐ/TWĐTN" (a space for the hyphen)
  // needs a known type group; a lone unknown group ("126/SKHĐT") needs capitals or a type word.
  if (code.spaced && !reading.symbolType) return undefined;
  const rawCode = text.slice(code.start, code.end);
  const loneGroup = code.shape === 'admin' && groups.length === 1 && !reading.known;
  if (loneGroup && !governor.word && !/^[A-Z]{3,}$/.test(groups[0] as string)) return undefined;
  if (reading.issuers[0] === 'TU' && CENTRAL_PARTY_AFTER_RE.test(text.slice(code.end, code.end + 80))) {
    reading.issuers[0] = 'TW';
    reading.issuerName = ISSUERS.TW ? { vi: ISSUERS.TW.vi, en: ISSUERS.TW.en } : null;
  }
  const congVan = code.shape === 'admin' && !reading.typeAbbr ? TYPE_BY_ID.get('cong-van') : undefined;
  return {
    text: text.slice(governor.start, code.end),
    start: governor.start,
    end: code.end,
    code: rawCode,
    key: buildKey(code.number, code.year, reading, code.shape),
    family: reading.family,
    type: governor.word,
    typeName: toTypeName(governor.type ?? reading.symbolType ?? congVan),
    issuer: reading.issuers,
    issuerName: reading.issuerName,
    year: code.year,
    issued: null,
    confidence: 'high',
  };
}

/**
 * A tab or a pipe between the type word and the number, or a line break before a row's number or
 * an item's ("KẾ HOẠCH\n1. Tính đến ngày …": a title, then the first item of the text).
 */
function cellBreakBefore(text: string, governor: Governor, numberStart: number, numberEnd: number): boolean {
  const gap = text.slice(governor.start, numberStart);
  if (/[\t|]/.test(gap)) return true;
  return (
    !governor.cued && gap.includes('\n') && /^(?:[ \t]*[\t|]|[.)][ \t])/.test(text.slice(numberEnd, numberEnd + 4))
  );
}
/** "Kế hoạch 2026" names a year's plan; only "Kế hoạch số 2026" would be its number. */
const YEAR_RE = /^(?:19|20)\d\d$/;

/** A citing type word with a bare number: a weak reference ("Chỉ thị số 17", "Resolution No. 35"). */
function buildWeakReference(text: string, match: RegExpExecArray, governor: Governor): Reference | undefined {
  if (!governor.type?.citesBareNumbers || !governor.word) return undefined;
  const number = match[1] as string;
  // A type word that ends a table cell or a title and the next row's or item's number ("Kế
  // hoạch\n2\t…", "KẾ HOẠCH\n1. …") name nothing; a line wrapped after "số" ("Chỉ thị số\n17 của …") still does.
  if (cellBreakBefore(text, governor, match.index, match.index + number.length)) return undefined;
  if (YEAR_RE.test(number) && !governor.cued) return undefined;
  const end = match.index + number.length;
  return {
    text: text.slice(governor.start, end),
    start: governor.start,
    end,
    code: number,
    key: `${stripLeadingZeros(number)}-${governor.type.id}`,
    family: null,
    type: governor.word,
    typeName: toTypeName(governor.type),
    issuer: [],
    issuerName: null,
    year: null,
    issued: null,
    confidence: 'low',
  };
}

/** "Kế hoạch số 154 & 201/KH-ĐHHV": a number just before a code, joined by "&", "," or "và". */
/** How far before a code the shared number and its joiner may start. */
const SHARED_NUMBER_WINDOW = 24;
const SHARED_SYMBOL_NUMBER_RE = /(?<![\d/.,])(\d{1,5}[a-zđ]?)\s*(?:&|,|và)\s*$/u;

/** "&", "," or "và" (its "à", either normalisation) just before `pos`, past a little white space. */
function endsWithJoiner(text: string, pos: number): boolean {
  let at = pos - 1;
  while (at > 0 && pos - at < SHARED_NUMBER_WINDOW && isSpaceCode(text.charCodeAt(at))) at--;
  const code = text.charCodeAt(at);
  return code === 38 /* & */ || code === 44 /* , */ || code === 0xe0 /* à */ || code === 0x300 /* combining grave */;
}

/**
 * A number that shares the symbol of the code `reference` ("154" in "Kế hoạch số 154 &
 * 201/KH-ĐHHV") becomes its own reference keyed with that symbol; it takes the governing type word,
 * and `reference` inherits it.
 */
function findSharedSymbolNumber(text: string, reference: Reference): Reference | undefined {
  if (reference.type) return undefined;
  const codeStart = reference.end - reference.code.length;
  if (!endsWithJoiner(text, codeStart)) return undefined;
  const found = SHARED_SYMBOL_NUMBER_RE.exec(text.slice(Math.max(0, codeStart - SHARED_NUMBER_WINDOW), codeStart));
  if (!found) return undefined;
  const number = found[1] as string;
  const numberStart = codeStart - found[0].length;
  const governor = findGovernor(text, numberStart);
  if (!governor.word) return undefined;
  reference.type = governor.word;
  reference.typeName = toTypeName(governor.type) ?? reference.typeName;
  const ownNumber = stripLeadingZeros(reference.code.match(/^\d{1,5}[a-zđ]?/)?.[0] ?? '').toUpperCase();
  return {
    ...reference,
    text: text.slice(governor.start, numberStart + number.length),
    start: governor.start,
    end: numberStart + number.length,
    code: number,
    key: stripLeadingZeros(number).toUpperCase() + reference.key.slice(ownNumber.length),
    issuer: [...reference.issuer],
  };
}

/**
 * Only list words ("," "và" "số") between `start` and `end`. White space at both ends is skipped by
 * index, so a long run of it costs one pass; the regex then sees at most MAX_LIST_GAP_CORE
 * characters, never the whole gap (a `\s*…\s*$` test on 64 K spaces backtracks quadratically).
 */
function isListGap(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return to - from <= MAX_LIST_GAP_CORE && LIST_GAP_RE.test(text.slice(from, to));
}

/** The last reference before this one shares its type word when only list words stand between. */
function inheritListType(text: string, reference: Reference, previous: Reference | undefined): void {
  if (reference.type || !previous?.type) return;
  if (reference.typeName && reference.typeName.id !== previous.typeName?.id) return;
  if (!isListGap(text, previous.end, reference.start)) return;
  reference.type = previous.type;
  reference.typeName = previous.typeName;
}

/**
 * Every document reference in `text`, in document order. Pure; `text` is not modified.
 * Codes in a list after one type word ("Nghị quyết số 18-NQ/TW, 19-NQ/TW") are each a reference;
 * those after the first span only their code and inherit the type.
 */
export function findReferences(text: string): Reference[] {
  const references: Reference[] = [];
  CODE_RE.lastIndex = 0;
  for (let match = CODE_RE.exec(text); match; match = CODE_RE.exec(text)) {
    const code = readMatch(match);
    if (!code) {
      const weak = buildWeakReference(text, match, findGovernor(text, match.index));
      if (weak) references.push(weak);
      continue;
    }
    const reference = buildReference(text, code);
    if (!reference) continue;
    const shared = findSharedSymbolNumber(text, reference);
    if (shared) {
      // The number was first taken for a weak reference; it is a full one now.
      if (references[references.length - 1]?.start === shared.start) references.pop();
      references.push(shared);
    }
    inheritListType(text, reference, references[references.length - 1]);
    references.push(reference);
  }
  return references;
}

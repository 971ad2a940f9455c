/**
 * Reads a document symbol: which family it belongs to, its type abbreviation, its issuers, and the
 * canonical key. Works on folded groups (see `foldGroup`), so spelling noise is already gone.
 */
import { DOC_TYPES, type DocType } from '../tables/doc-types';
import { ASSEMBLY_SYMBOL, ISSUERS, type Issuer, UNIT_CODES } from '../tables/issuers';
import type { Named, ReferenceFamily } from '../types';

/** The layout the code was written in (see CODE_RE). */
export type CodeShape = 'legal' | 'admin' | 'party' | 'legacy';

export interface SymbolReading {
  family: ReferenceFamily | null;
  /** Type from the symbol's abbreviation, when it has one. */
  symbolType: DocType | null;
  typeAbbr: string | null;
  issuers: string[];
  issuerName: Named | null;
  /** True when the tables vouch for the symbol (known type or issuer), false for a plausible unknown. */
  known: boolean;
}

const TYPE_BY_ABBR = new Map<string, DocType>(DOC_TYPES.flatMap((type) => type.abbrs.map((abbr) => [abbr, type])));

/** The issuer table entry for a folded group, including terms of the Assembly: QH15, UBTVQH14. */
export function lookUpIssuer(group: string): Issuer | undefined {
  const assembly = ASSEMBLY_SYMBOL.exec(group);
  return ISSUERS[assembly ? (assembly[1] as string) : group];
}

const DECODED = new Map<string, Named | null>();

/** The issuer's names for a folded group ("TTG", "QH15"), shared and frozen, or null. */
function decode(group: string | undefined): Named | null {
  if (!group) return null;
  let named = DECODED.get(group);
  if (named === undefined) {
    named = decodeUncached(group);
    DECODED.set(group, named);
  }
  return named;
}

function decodeUncached(group: string): Named | null {
  const issuer = lookUpIssuer(group);
  if (!issuer) return null;
  const term = ASSEMBLY_SYMBOL.exec(group)?.[2];
  return term
    ? { vi: `${issuer.vi} khóa ${term}`, en: `${issuer.en}, term ${term}` }
    : { vi: issuer.vi, en: issuer.en };
}

/** Splits a glued PDF group ("NDCP", "QDUBND", "TTVPCP") into type + issuer when the tables allow. */
export function splitGluedGroup(group: string): [string, string] | undefined {
  for (let cut = Math.min(4, group.length - 2); cut >= 1; cut--) {
    const type = group.slice(0, cut);
    const rest = group.slice(cut);
    if (TYPE_BY_ABBR.has(type) && lookUpIssuer(rest)) return [type, rest];
  }
  return undefined;
}

function familyOf(issuers: string[], hasYear: boolean): ReferenceFamily | null {
  const kind = issuers.map((group) => lookUpIssuer(group)?.kind).find(Boolean);
  if (kind === 'assembly') return 'assembly';
  if (hasYear) return 'legal';
  if (kind === 'party' || kind === 'mass') return kind;
  return 'state';
}

/**
 * Interprets the folded groups of a code's symbol (everything after the number and year).
 * Returns undefined when the groups cannot be a document symbol for that shape.
 */
export function readSymbol(shape: CodeShape, groups: string[], hasYear: boolean): SymbolReading | undefined {
  let typeAbbr: string | null = null;
  let issuers = groups;
  if (shape === 'party') {
    typeAbbr = groups[0] as string;
    issuers = groups.slice(1);
  } else if (groups.length === 1) {
    const glued = splitGluedGroup(groups[0] as string);
    if (glued) [typeAbbr, issuers] = [glued[0], [glued[1]]];
  } else if (TYPE_BY_ABBR.has(groups[0] as string) && !lookUpIssuer(groups[0] as string)) {
    typeAbbr = groups[0] as string;
    issuers = groups.slice(1);
  }
  if (issuers.length === 0) return undefined;
  const symbolType = typeAbbr ? (TYPE_BY_ABBR.get(typeAbbr) ?? null) : null;
  const known = Boolean(symbolType || lookUpIssuer(issuers[0] as string) || UNIT_CODES.has(issuers[0] as string));
  return {
    family: familyOf(issuers, hasYear),
    symbolType,
    typeAbbr,
    issuers,
    issuerName: decode(issuers[0]),
    known,
  };
}

/**
 * The dedupe key: number without leading zeros, year, then the symbol in its family's canonical
 * layout. "19-CT/TƯ" and "19/CT-TW" → "19-CT/TW"; "61/2018/NĐCP" → "61/2018/ND-CP".
 */
export function buildKey(number: string, year: number | null, reading: SymbolReading, shape: CodeShape): string {
  const num = stripLeadingZeros(number).toUpperCase();
  const issuers = reading.issuers.join('-');
  const symbol = reading.typeAbbr ? `${reading.typeAbbr}-${issuers}` : issuers;
  if (year !== null) return `${num}/${year}/${symbol}`;
  const partyLayout = (reading.family === 'party' || shape === 'party') && reading.typeAbbr;
  if (partyLayout) return `${num}-${reading.typeAbbr}/${issuers}`;
  if (shape === 'legacy') return `${num}-${symbol}`;
  return `${num}/${symbol}`;
}

/** "09" → "9", "0" stays "0", "030c" → "30c". */
export function stripLeadingZeros(number: string): string {
  let i = 0;
  while (i < number.length - 1 && number.charCodeAt(i) === 48 && isDigit(number.charCodeAt(i + 1))) i++;
  return i ? number.slice(i) : number;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

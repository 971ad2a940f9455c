/**
 * Every occurrence of a few literals in a page, found through a rare piece of each (one uncommon
 * character where there is one). A string search skips through a page many times faster than a
 * pattern of alternatives, which stops at every common first letter; each hit is then settled by
 * one `startsWith`.
 */

export interface PivotedLiteral {
  literal: string;
  /** The part of `literal` searched for: its rarest. */
  needle: string;
}

export interface LiteralHit {
  index: number;
  literal: string;
}

/** Every occurrence of every literal, overlapping ones included, in order of position. */
export function findLiterals(text: string, literals: readonly PivotedLiteral[]): LiteralHit[] {
  const byNeedle = new Map<string, Array<{ literal: string; offset: number }>>();
  for (const { literal, needle } of literals) {
    const offset = literal.indexOf(needle);
    if (offset < 0) throw new Error(`"${needle}" is not part of "${literal}"`);
    byNeedle.set(needle, [...(byNeedle.get(needle) ?? []), { literal, offset }]);
  }
  const hits: LiteralHit[] = [];
  for (const [needle, entries] of byNeedle) {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      for (const { literal, offset } of entries) {
        if (i >= offset && text.startsWith(literal, i - offset)) hits.push({ index: i - offset, literal });
      }
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

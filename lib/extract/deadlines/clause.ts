/**
 * The clause around a date: bounded windows that stop at sentence ends, line breaks and table
 * cell separators. Every reader in this folder looks only inside these windows, so the cost per
 * date is fixed whatever the text around it.
 */

/** How far a clause reaches from its date, at most. */
const CLAUSE_BACK = 240;
const CLAUSE_FORWARD = 240;

function isBoundary(text: string, i: number, semicolons = true): boolean {
  const c = text.charCodeAt(i);
  // Every boundary character is ASCII up to "|": letters above it (most of Vietnamese) end here.
  if (c > 124) return false;
  if (c === 59 /* ; */) return semicolons;
  if (c === 10 /* \n */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 124 /* | */ || c === 9) return true;
  if (c !== 46 /* . */) return false;
  // A full stop, not a decimal point or a date's dot ("31.7.2019"), nor an abbreviation's ("TP.HCM").
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || next === 32 || next === 10 || next === 13 || next === 0xa0;
}

/** Start of the clause that holds `pos`: just after the nearest boundary before it (bounded). */
export function clauseStart(text: string, pos: number, limit = CLAUSE_BACK, semicolons = true): number {
  const floor = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= floor; i--) if (isBoundary(text, i, semicolons)) return i + 1;
  return floor;
}

/** End of the clause that holds `pos`: the nearest boundary at or after it (bounded). */
export function clauseEnd(text: string, pos: number, limit = CLAUSE_FORWARD): number {
  const ceiling = Math.min(text.length, pos + limit);
  for (let i = pos; i < ceiling; i++) if (isBoundary(text, i)) return i;
  return ceiling;
}

/** Start of the sentence before the one starting at `sentenceStart` (for a label sentence after its task). */
export function previousClauseStart(text: string, sentenceStart: number, limit = CLAUSE_BACK * 4): number {
  let end = sentenceStart - 1;
  while (end > 0 && /[\s.;|]/.test(text[end - 1] as string)) end--;
  return end <= 0 ? 0 : clauseStart(text, end, limit, false);
}

const YEAR_OR_YEARS_RE = /^\d{4}(?:\/\d{4})?$/;

/**
 * Whether a date closes the clause before the next one: years and year ranges ("giai đoạn
 * 2011-2020") sit inside clauses, and issue dates belong to their reference.
 */
export function endsClause(date: { value: string; kind: string }): boolean {
  return !YEAR_OR_YEARS_RE.test(date.value) && date.kind !== 'issued' && date.kind !== 'published';
}

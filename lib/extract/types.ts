/**
 * The public output of extraction (the `scan --json` interface). Offsets are UTF-16 indexes into the
 * text as given, `end` exclusive, so `text.slice(start, end) === item.text`.
 */

export type ReferenceFamily = 'party' | 'state' | 'legal' | 'assembly' | 'mass';

export interface Named {
  vi: string;
  en: string;
}

export interface TypeName extends Named {
  /** Stable id of the document type, e.g. `nghi-quyet`. */
  id: string;
}

export interface Reference {
  /** From the governing type word (when there is one) to the last character of the code. */
  text: string;
  start: number;
  end: number;
  /** The code as written: "49- KL/TW", "61/2018/NĐCP", or a bare number for a weak reference. */
  code: string;
  /** Equal for every spelling of the same document: "19-CT/TƯ" and "19-ct/tw" → "19-CT/TW". */
  key: string;
  family: ReferenceFamily | null;
  /** The type word as written ("KẾT LUẬN", "Decree"), or null when no type word governs the code. */
  type: string | null;
  /** The canonical type, from the type word or else from the symbol. */
  typeName: TypeName | null;
  /** Issuer groups of the symbol, folded: ["UBND", "TKBT"], ["TW"]. */
  issuer: string[];
  /** The main issuer decoded, when the tables know it. */
  issuerName: Named | null;
  /** The year the code carries (legal normative documents), else null. */
  year: number | null;
  /** Issue date given right after the reference (ISO), else null. */
  issued: string | null;
  /** `low` for a type word with a bare number and no symbol ("Chỉ thị số 17"). */
  confidence: 'high' | 'low';
}

export type DateKind = 'deadline' | 'issued' | 'published' | 'event' | 'period' | 'other';

/** A stretch of the text: `text === source.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** "trong thời hạn 15 ngày kể từ ngày ký": a limit counted from an anchor, not a calendar date. */
export interface RelativeLimit {
  days: number;
  /** The anchor as written: "ngày ký", "ngày ban hành", "the date of signing". */
  from: string;
}

/** "trước ngày 20 hằng tháng", "định kỳ hằng quý": a deadline that comes back. */
export interface Recurrence {
  every: 'day' | 'week' | 'month' | 'quarter' | 'year';
  /** Day of the month (monthly, quarterly, yearly), when the text names one. */
  day: number | null;
  /** Month (1–12) for a yearly deadline, when the text names one. */
  month: number | null;
}

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn`, `YYYY`, `YYYY/YYYY`, or `--MM-DD`, `--MM`, `--Qn` without a year. */
  value: string;
  kind: DateKind;
  /** For deadlines: the last day it allows, ISO `YYYY-MM-DD`; else null. */
  due: string | null;
  /** For deadlines: what must be done (verb to end of object), or null when the text says not. */
  task?: Span | null;
  /** For deadlines: the bodies that must act; empty when the text names none. */
  owners?: Span[];
  /** For deadlines: key of the reference (plan, dispatch) the task belongs to, when there is one. */
  document?: string | null;
  /** For a limit counted in days from an anchor; `value` is then `P<days>D`. */
  relative?: RelativeLimit | null;
  /** For a deadline that comes back every month, quarter, year. */
  recurrence?: Recurrence | null;
}

/**
 * A table in the text, as rows of cells (offsets into the text, end exclusive), header rows first.
 * Pages build it from `<table>` markup, documents from item positions; extraction reads the header
 * cells to know which column holds deadlines, tasks and owners.
 */
export type TextTable = Array<Array<{ start: number; end: number }>>;

export interface Extraction {
  references: Reference[];
  dates: DateMention[];
}

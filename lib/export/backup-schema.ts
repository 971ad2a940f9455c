/**
 * What a backup file may contain, field by field, as valibot schemas: a restored item or source
 * is stored and later rendered, exported and searched, so every field must have the type and size
 * the rest of the extension assumes. Unknown fields are dropped. Limits are far above what the
 * extension itself ever writes, and low enough that a hostile file cannot exhaust the page.
 */
import * as v from 'valibot';

export const BACKUP_LIMITS = {
  /** The whole file. 10,000 real items make about 7 MB of JSON. */
  fileBytes: 32 * 1024 * 1024,
  items: 50_000,
  sources: 250_000,
  sourcesPerItem: 500,
  /** Keys, codes, values and other one-line fields. */
  shortText: 1_000,
  /** Sentences, notes, quotes and their context, page titles. */
  longText: 20_000,
  url: 4_096,
} as const;

const short = v.pipe(v.string(), v.maxLength(BACKUP_LIMITS.shortText));
const long = v.pipe(v.string(), v.maxLength(BACKUP_LIMITS.longText));
const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
/** Milliseconds since 1970, as Date.now() gives them; negative or fractional times are not ours. */
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8_640_000_000_000_000));
const named = v.object({ vi: short, en: short });

/** Only web pages: a `javascript:` or `data:` URL would run or show anything when the user opens it. */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export const ItemSchema = v.object({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(BACKUP_LIMITS.shortText)),
  kind: v.picklist(['document', 'deadline', 'date']),
  text: short,
  code: v.optional(short),
  family: v.nullish(v.picklist(['party', 'state', 'legal', 'assembly', 'mass'])),
  typeName: v.nullish(v.object({ id: short, vi: short, en: short })),
  issuer: v.optional(v.pipe(v.array(short), v.maxLength(20))),
  issuerName: v.nullish(named),
  year: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200))),
  issued: v.nullish(isoDay),
  value: v.optional(short),
  dateKind: v.optional(v.picklist(['deadline', 'issued', 'published', 'event', 'period', 'other'])),
  due: v.nullish(isoDay),
  sentence: v.optional(long),
  documentKey: v.nullish(short),
  // Since schema version 3: what a deadline asks, of whom, and whether it comes back.
  task: v.nullish(long),
  owners: v.optional(v.pipe(v.array(short), v.maxLength(50))),
  recurrence: v.nullish(
    v.object({
      every: v.picklist(['day', 'week', 'month', 'quarter', 'year']),
      day: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31))),
      month: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
    }),
  ),
  status: v.picklist(['open', 'done']),
  note: long,
  // Since schema version 4: snooze, fields corrected by hand, items added by hand.
  snoozedUntil: v.nullish(isoDay),
  edited: v.optional(
    v.pipe(v.array(v.picklist(['due', 'kind', 'task', 'owners', 'documentKey', 'note'])), v.maxLength(6)),
  ),
  manual: v.optional(v.boolean()),
  createdAt: time,
  updatedAt: time,
  // Derived fields: recomputed on restore, but a file may carry them.
  search: v.optional(v.string()),
  site: v.optional(short),
});

export const SourceSchema = v.object({
  itemKey: v.pipe(v.string(), v.minLength(1), v.maxLength(BACKUP_LIMITS.shortText)),
  url: v.pipe(v.string(), v.maxLength(BACKUP_LIMITS.url), v.check(isWebUrl, 'not an http(s) URL')),
  title: long,
  seenAt: short,
  quote: long,
  prefix: long,
  suffix: long,
  /** In a PDF: the page the quote is on. */
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000))),
});

export type BackupItem = v.InferOutput<typeof ItemSchema>;
export type BackupSource = v.InferOutput<typeof SourceSchema>;

/** The first problem of a failed parse, as "field: message" for logs and tests. */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const path = issue.path?.map((step) => String(step.key)).join('.') ?? '';
  return path ? `${path}: ${issue.message}` : issue.message;
}

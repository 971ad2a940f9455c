/**
 * Run-time shapes of every request the background answers, checked before a handler runs: types,
 * lengths, counts and URL schemes. A page can drive its content script, so nothing a content
 * script sends is trusted. (The content script's own requests are checked in page-checks.ts.)
 */
import * as v from 'valibot';
import type { BackgroundProtocol } from './protocol';
import type { Schemas } from './schema-checks';

/** Generous for real pages, far below what could hurt storage or export. */
export const LIMITS = {
  key: 300,
  text: 1_000,
  sentence: 4_000,
  context: 400,
  url: 4_096,
  title: 1_000,
  keys: 10_000,
  pageText: 2_000_000,
  tables: 500,
  tableRows: 5_000,
  tableCells: 100,
} as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max: number) => v.nullable(text(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const webUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.check((url) => /^https?:\/\//i.test(url) && URL.canParse(url), 'an http or https URL'),
);
const span = v.object({ text: text(LIMITS.sentence), start: count, end: count });
/** An owner is a body's name: one line, within what a backup accepts for it (backup-schema.ts). */
const ownerSpan = v.object({ text: text(LIMITS.text), start: count, end: count });
const named = v.object({ vi: text(LIMITS.text), en: text(LIMITS.text) });

const reference = v.object({
  text: text(LIMITS.text),
  start: count,
  end: count,
  code: text(LIMITS.key),
  key: text(LIMITS.key),
  family: v.nullable(v.picklist(['party', 'state', 'legal', 'assembly', 'mass'])),
  type: nullableText(LIMITS.text),
  typeName: v.nullable(v.object({ id: text(100), vi: text(LIMITS.text), en: text(LIMITS.text) })),
  issuer: v.pipe(v.array(text(100)), v.maxLength(20)),
  issuerName: v.nullable(named),
  year: v.nullable(v.pipe(v.number(), v.integer())),
  issued: nullableText(40),
  confidence: v.picklist(['high', 'low']),
});

const dateMention = v.object({
  text: text(LIMITS.text),
  start: count,
  end: count,
  value: text(40),
  kind: v.picklist(['deadline', 'issued', 'published', 'event', 'period', 'other']),
  due: nullableText(40),
  task: v.optional(v.nullable(span)),
  owners: v.optional(v.pipe(v.array(ownerSpan), v.maxLength(50))),
  document: v.optional(nullableText(LIMITS.key)),
  relative: v.optional(v.nullable(v.object({ days: count, from: text(LIMITS.text) }))),
  recurrence: v.optional(
    v.nullable(
      v.object({
        every: v.picklist(['day', 'week', 'month', 'quarter', 'year']),
        day: v.nullable(count),
        month: v.nullable(count),
      }),
    ),
  ),
});

export const findingSummarySchema = v.object({
  key: text(LIMITS.key),
  category: v.picklist(['reference', 'weak-reference', 'deadline', 'date']),
  text: text(LIMITS.text),
  reference: v.optional(reference),
  date: v.optional(dateMention),
  count,
  first: count,
  watchKey: text(LIMITS.key),
  sentence: text(LIMITS.sentence),
  prefix: text(LIMITS.context),
  suffix: text(LIMITS.context),
  documentKey: nullableText(LIMITS.key),
});

export const findingSourceSchema = v.object({
  url: webUrl,
  title: text(LIMITS.title),
  seenAt: v.pipe(v.string(), v.isoTimestamp()),
  quote: text(LIMITS.text),
  prefix: text(LIMITS.context),
  suffix: text(LIMITS.context),
  page: v.optional(v.pipe(count, v.minValue(1))),
});

export const BACKGROUND_SCHEMAS: Schemas<BackgroundProtocol> = {
  saveFinding: v.object({ finding: findingSummarySchema, source: findingSourceSchema, save: v.boolean() }),
  getSavedKeys: v.object({ keys: v.pipe(v.array(text(LIMITS.key)), v.maxLength(LIMITS.keys)) }),
  readText: v.object({
    text: text(LIMITS.pageText),
    published: v.optional(v.pipe(v.string(), v.isoDate())),
    lang: v.optional(v.picklist(['vi', 'en'])),
    tables: v.optional(
      v.pipe(
        v.array(
          v.pipe(
            v.array(v.pipe(v.array(v.object({ start: count, end: count })), v.maxLength(LIMITS.tableCells))),
            v.maxLength(LIMITS.tableRows),
          ),
        ),
        v.maxLength(LIMITS.tables),
      ),
    ),
  }),
  getMessages: v.object({ lang: v.picklist(['vi', 'en']) }),
  openDocument: v.object({ url: webUrl }),
};

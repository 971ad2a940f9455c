import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS, checkItem, checkSource, ItemSchema, SourceSchema } from '../../lib/export/backup-schema';
import { type Check, compileCheck, REFUSED } from '../../lib/export/fast-check';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const validItem = (): Record<string, unknown> => ({
  key: 'deadline|2026-03-31|báo cáo',
  kind: 'deadline',
  text: 'trước ngày 31/3/2026',
  code: '12/KH-UBND',
  family: 'state',
  typeName: { id: 'ke-hoach', vi: 'Kế hoạch', en: 'Plan' },
  issuer: ['UBND'],
  issuerName: { vi: 'Ủy ban nhân dân', en: "People's Committee" },
  year: 2026,
  issued: '2026-01-05',
  value: '2026-03-31',
  dateKind: 'deadline',
  due: '2026-03-31',
  sentence: 'Các sở gửi báo cáo trước ngày 31/3/2026.',
  documentKey: '12/KH-UBND',
  task: 'gửi báo cáo',
  owners: ['Sở Y tế'],
  recurrence: { every: 'quarter', day: 15, month: null },
  status: 'open',
  note: '',
  snoozedUntil: null,
  edited: ['due', 'note'],
  manual: false,
  createdAt: 1_790_000_000_000,
  updatedAt: 1_790_000_000_001,
  search: 'gui bao cao',
  site: 'so.gov.vn',
});

const validSource = (): Record<string, unknown> => ({
  itemKey: 'deadline|2026-03-31|báo cáo',
  url: 'https://so.gov.vn/tin/1?a=1#b',
  title: 'Tin',
  seenAt: '2026-11-20T00:00:00Z',
  quote: 'trước ngày 31/3/2026',
  prefix: 'Các sở gửi báo cáo ',
  suffix: '.',
  page: 3,
});

const { shortText, longText, url } = BACKUP_LIMITS;
/** Values that sit on or just past the edges the schemas draw, and of every JSON type. */
const CANDIDATES: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -1,
  1,
  1.5,
  12,
  13,
  31,
  32,
  1899,
  1900,
  2200,
  2201,
  100_000,
  100_001,
  8_640_000_000_000_000,
  8_640_000_000_000_001,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  '2026-03-31',
  '2026-3-31',
  ' 2026-03-31',
  '2026-03-31\n',
  'x'.repeat(shortText),
  'x'.repeat(shortText + 1),
  'x'.repeat(longText),
  'x'.repeat(longText + 1),
  `https://a.gov.vn/${'x'.repeat(url - 17)}`,
  `https://a.gov.vn/${'x'.repeat(url - 16)}`,
  'http://a.gov.vn/',
  'HTTPS://A.GOV.VN',
  'javascript:alert(1)',
  'data:text/html,x',
  'not a url',
  'open',
  'done',
  'deadline',
  'document',
  'date',
  'state',
  'quarter',
  'due',
  'note',
  [],
  ['UBND'],
  [1],
  [null],
  Array.from({ length: 20 }, () => 'a'),
  Array.from({ length: 21 }, () => 'a'),
  Array.from({ length: 51 }, () => 'a'),
  ['due', 'kind', 'task', 'owners', 'documentKey', 'note', 'due'],
  {},
  { id: 'a', vi: 'b', en: 'c' },
  { vi: 'b', en: 'c' },
  { vi: 'b' },
  { every: 'month', day: 1, month: 12 },
  { every: 'month', day: null, month: null },
  { every: 'month', month: null },
  { every: 'hour', day: null, month: null },
];

/** `count` records: a valid one with one to three fields changed, removed or added. */
function mutants(valid: () => Record<string, unknown>, count: number, seed: number): unknown[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const keys = Object.keys(valid());
  const out: unknown[] = [valid(), [], null, 'record', 5];
  for (let i = 0; i < count; i++) {
    const record = valid();
    const changes = 1 + Math.floor(next() * 3);
    for (let c = 0; c < changes; c++) {
      const roll = next();
      if (roll < 0.15) delete record[pick(keys)];
      else if (roll < 0.2) record[`extra${c}`] = pick(CANDIDATES);
      else record[pick(keys)] = structuredClone(pick(CANDIDATES));
    }
    out.push(record);
  }
  return out;
}

function agree<T>(check: Check<T>, schema: v.GenericSchema, records: unknown[]) {
  let accepted = 0;
  for (const record of records) {
    const fast = check(record);
    const full = v.safeParse(schema, record);
    // Never accepts what valibot refuses, never refuses what it accepts, and gives the same output.
    expect({ record, accepted: fast !== REFUSED }).toEqual({ record, accepted: full.success });
    if (full.success) {
      expect(fast).toStrictEqual(full.output);
      accepted++;
    }
  }
  return accepted;
}

describe('export/fast-check: the compiled backup checks agree with valibot', () => {
  it('on thousands of items with invalid, missing and unknown fields', () => {
    const accepted = agree(checkItem, ItemSchema, mutants(validItem, 6_000, 1));
    // Both answers occur often enough for the comparison to mean something.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(5_000);
  });

  it('on thousands of sources, including URLs that are not web pages', () => {
    const accepted = agree(checkSource, SourceSchema, mutants(validSource, 4_000, 2));
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(3_500);
  });

  it('drops unknown fields and keeps the valid ones as they are', () => {
    const record: Record<string, unknown> = { ...validItem(), extra: '<img onerror=x>' };
    const output = checkItem(record) as Record<string, unknown>;
    expect(output.extra).toBeUndefined();
    expect(output).toStrictEqual(v.parse(ItemSchema, record));
    expect(output.typeName).not.toBe(record.typeName); // a copy, as valibot's
  });

  it('refuses to compile a schema it cannot copy exactly, instead of guessing', () => {
    expect(() => compileCheck(v.object({ at: v.date() }))).toThrow(/unsupported schema "date"/);
    expect(() => compileCheck(v.pipe(v.string(), v.trim()))).toThrow(/unsupported transformation "trim"/);
    expect(() => compileCheck(v.pipe(v.string(), v.email()))).toThrow(/unsupported action "email"/);
    expect(() => compileCheck(v.optional(v.string(), 'x'))).toThrow(/defaults/);
  });
});

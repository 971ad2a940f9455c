/**
 * Reads the gold files in ../shared (seeds and development corpus) at test time and scores
 * predictions against them with the suggested rules of ../shared/spec/annotation-guidelines.md:
 * required items count toward recall, a prediction matching an optional item is ignored, any
 * other prediction is a false positive. A match is an exact span, or an overlap with equal code
 * (references) or equal value (dates).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_DIR = resolve(process.env.VANBAN_SHARED ?? '../shared');

export interface GoldRef {
  text: string;
  start: number;
  end: number;
  code: string;
  type: string | null;
  optional?: boolean;
}
export interface GoldDate {
  text: string;
  start: number;
  end: number;
  value: string;
  kind: string;
  optional?: boolean;
}
export interface GoldFile {
  id: string;
  lang: 'vi' | 'en';
  published: string | null;
  text: string;
  refs: GoldRef[];
  dates: GoldDate[];
}

export type GoldSet = 'seeds' | 'corpus' | 'corpus-deadlines';

export function loadGold(folder: GoldSet): GoldFile[] {
  const dir = join(SHARED_DIR, folder);
  if (!existsSync(dir)) throw new Error(`gold files not found in ${dir} (set VANBAN_SHARED)`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'tasks.json')
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as GoldFile);
}

interface Span {
  start: number;
  end: number;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  missed: string[];
  spurious: string[];
}

/** Scores predicted spans against gold spans; `same` decides an overlap match (equal code or value). */
export function score<G extends Span & { text: string; optional?: boolean }, P extends Span & { text: string }>(
  gold: G[],
  predicted: P[],
  same: (g: G, p: P) => boolean,
  label = '',
  describe: (item: Span & { text: string }) => string = (item) => `${JSON.stringify(item.text)}@${item.start}`,
): Score {
  const result: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0, missed: [], spurious: [] };
  const used = new Set<G>();
  const matches = (g: G, p: P) =>
    (g.start === p.start && g.end === p.end) || (g.start < p.end && p.start < g.end && same(g, p));
  for (const p of predicted) {
    const g = gold.find((item) => !used.has(item) && matches(item, p));
    if (!g) {
      result.falsePositives += 1;
      result.spurious.push(`${label}${describe(p)}`);
      continue;
    }
    used.add(g);
    if (!g.optional) result.truePositives += 1;
  }
  for (const g of gold) {
    if (g.optional || used.has(g)) continue;
    result.falseNegatives += 1;
    result.missed.push(`${label}${describe(g)}`);
  }
  return result;
}

export function addScores(scores: Score[]): Score {
  return scores.reduce(
    (sum, s) => ({
      truePositives: sum.truePositives + s.truePositives,
      falsePositives: sum.falsePositives + s.falsePositives,
      falseNegatives: sum.falseNegatives + s.falseNegatives,
      missed: [...sum.missed, ...s.missed],
      spurious: [...sum.spurious, ...s.spurious],
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0, missed: [], spurious: [] },
  );
}

export function f1(s: Score): { precision: number; recall: number; f1: number } {
  const precision = s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
  const recall = s.truePositives / Math.max(1, s.truePositives + s.falseNegatives);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Scores one kind of date: predictions of that kind against gold items of that kind. A prediction
 * that lands on an optional gold item of any kind is neutral, as the guidelines score optional
 * items; one that lands on a required item of another kind is a false positive.
 */
export function scoreKind(
  gold: GoldDate[],
  predicted: GoldDate[],
  kind: string,
  label = '',
  describe?: (item: Span & { text: string }) => string,
): Score {
  const required = gold.filter((g) => g.kind === kind || g.optional);
  const relabelled = required.map((g) => (g.kind === kind ? g : { ...g, optional: true }));
  return score(
    relabelled,
    predicted.filter((p) => p.kind === kind),
    (g, p) => g.value === p.value,
    label,
    describe,
  );
}

/** One entry of corpus-deadlines/tasks.json: the task and owners of a required deadline. */
export interface GoldTask {
  id: string;
  start: number;
  date: string;
  owners: (Span & { text: string })[];
  task: (Span & { text: string }) | null;
}

export function loadTasks(): GoldTask[] {
  const file = join(SHARED_DIR, 'corpus-deadlines', 'tasks.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GoldTask[]) : [];
}

export const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const tokens = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Owner match (guidelines): equal words after folding, or a span covering ≥ half of the gold span. */
export function ownerMatches(gold: Span & { text: string }, predicted: Span & { text: string }): boolean {
  if (fold(gold.text) === fold(predicted.text)) return true;
  const covered = Math.min(gold.end, predicted.end) - Math.max(gold.start, predicted.start);
  return covered * 2 >= gold.end - gold.start;
}

/**
 * Owners right, as the guidelines' suggested scoring says: every gold owner matched, at most one
 * predicted owner matching none; none predicted where gold has none. One predicted owner may match
 * several gold owners: "Splitting lists into one owner per body keeps the gold lenient towards
 * predictions that group bodies" (../shared/corpus-deadlines/README.md). `matches` is `ownerMatches`
 * unless offsets cannot be compared (a rebuilt document).
 */
export function ownersRight(
  gold: (Span & { text: string })[],
  predicted: (Span & { text: string })[],
  matches: (gold: Span & { text: string }, predicted: Span & { text: string }) => boolean = ownerMatches,
): boolean {
  if (gold.length === 0) return predicted.length === 0;
  if (!gold.every((g) => predicted.some((p) => matches(g, p)))) return false;
  return predicted.filter((p) => !gold.some((g) => matches(g, p))).length <= 1;
}

/** Token-overlap F1 of two task surfaces (multiset of folded words). */
export function taskOverlap(gold: string, predicted: string): number {
  const want = tokens(gold);
  const got = tokens(predicted);
  if (want.length === 0 || got.length === 0) return want.length === got.length ? 1 : 0;
  const pool = new Map<string, number>();
  for (const t of want) pool.set(t, (pool.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of got) {
    const left = pool.get(t) ?? 0;
    if (left > 0) {
      common++;
      pool.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / got.length;
  const recall = common / want.length;
  return (2 * precision * recall) / (precision + recall);
}

/** What the shipped extraction path returns, as far as the gold files score it. */
export interface Predicted {
  references: (Span & { text: string; code: string })[];
  dates: (Span & {
    text: string;
    value: string;
    kind: string;
    relative?: unknown;
    recurrence?: unknown;
    task?: (Span & { text: string }) | null;
    owners?: (Span & { text: string })[];
  })[];
}

export interface SetReport {
  references: ReturnType<typeof f1>;
  dates: ReturnType<typeof f1>;
  deadlines: ReturnType<typeof f1>;
  /** Deadlines whose gold names owners, and how many of them got their owners right. */
  owners: { right: number; total: number; noneRight: number; noneTotal: number };
  tasks: { found: number; total: number };
  /** One line per miss and extra, then the summary: the committed snapshot of the set. */
  text: string;
}

const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '—'} %)`;
const prf = (s: Score) => {
  const r = f1(s);
  return `P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)} (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`;
};
/** Where a span is, without its words: the snapshot is committed and the passages are not ours. */
const show = (span: Span | null | undefined) => (span ? `${span.start}-${span.end}` : 'null');
const at = (item: Span & { text: string; value?: string; code?: string }) =>
  `@${item.start}-${item.end} ${item.value ?? item.code ?? ''}`.trimEnd();

/**
 * Scores one gold set through `run` (the shipped path): references, dates (relative limits and
 * recurring deadlines left out: not calendar dates, or optional), deadlines, and for
 * corpus-deadlines the owners and tasks.
 */
export function reportSet(set: GoldSet, run: (gold: GoldFile) => Predicted): SetReport {
  return reportFiles(set, loadGold(set), set === 'corpus-deadlines' ? loadTasks() : [], run);
}

/** Passages of our own with their task layer (tests/fixtures/own-passages/<name>.json). */
export function loadOwnPassages(name: string): { files: GoldFile[]; tasks: GoldTask[] } {
  const file = join(OWN_PASSAGES_DIR, `${name}.json`);
  const { passages, tasks } = JSON.parse(readFileSync(file, 'utf8')) as { passages: GoldFile[]; tasks: GoldTask[] };
  return { files: passages, tasks };
}
export const OWN_PASSAGES_DIR = resolve(import.meta.dirname, '../fixtures/own-passages');

/** `reportSet` over any passages and task layer, `name` heading the report. */
export function reportFiles(
  name: string,
  files: GoldFile[],
  tasks: GoldTask[],
  run: (gold: GoldFile) => Predicted,
): SetReport {
  const refScores: Score[] = [];
  const dateScores: Score[] = [];
  const deadlineScores: Score[] = [];
  const lines: string[] = [];
  const owners = { right: 0, total: 0, noneRight: 0, noneTotal: 0 };
  const taskCount = { found: 0, total: 0 };
  for (const gold of files) {
    const predicted = run(gold);
    const label = `${gold.id} `;
    // Relative limits are not calendar dates; recurring deadlines are optional in the gold files.
    const dates = predicted.dates.filter((d) => !d.relative && !d.recurrence);
    refScores.push(score(gold.refs, predicted.references, (g, p) => g.code === p.code, label, at));
    dateScores.push(score(gold.dates, dates, (g, p) => g.value === p.value, label, at));
    deadlineScores.push(scoreKind(gold.dates, dates as GoldDate[], 'deadline', label, at));
    for (const entry of tasks.filter((t) => t.id === gold.id)) {
      const goldDate = gold.dates.find((d) => d.start === entry.start) as GoldDate;
      const match = dates.find((d) => d.kind === 'deadline' && d.start < goldDate.end && goldDate.start < d.end);
      const where = `${gold.id}@${entry.start}`;
      const gotOwners = match?.owners ?? [];
      const ownersOk = Boolean(match) && ownersRight(entry.owners, gotOwners);
      if (entry.owners.length > 0) {
        owners.total++;
        if (ownersOk) owners.right++;
      } else {
        owners.noneTotal++;
        if (ownersOk) owners.noneRight++;
      }
      if (!ownersOk) {
        lines.push(
          `owners wrong ${where}: gold [${entry.owners.map(show).join(', ')}] got ${match ? `[${gotOwners.map(show).join(', ')}]` : '(no deadline)'}`,
        );
      }
      if (entry.task) {
        taskCount.total++;
        const overlap = match?.task ? taskOverlap(entry.task.text, match.task.text) : 0;
        if (overlap >= 0.6) taskCount.found++;
        else
          lines.push(
            `task missed ${where}: gold ${show(entry.task)} got ${match ? show(match.task) : '(no deadline)'}`,
          );
      }
    }
  }
  const [references, allDates, deadlines] = [addScores(refScores), addScores(dateScores), addScores(deadlineScores)];
  const listed = (name: string, s: Score) => [
    ...s.missed.map((m) => `${name} missed ${m}`),
    ...s.spurious.map((m) => `${name} extra ${m}`),
  ];
  const summary = [
    `# ${name}: ${files.length} files`,
    `references ${prf(references)}`,
    `dates ${prf(allDates)}`,
    `deadlines ${prf(deadlines)}`,
    ...(tasks.length
      ? [
          `owners right ${pct(owners.right, owners.total)} where gold names owners; none predicted where gold has none ${pct(owners.noneRight, owners.noneTotal)}`,
          `tasks found (token F1 ≥ 0.6) ${pct(taskCount.found, taskCount.total)}`,
        ]
      : []),
  ];
  const text = [
    ...summary,
    ...listed('reference', references),
    ...listed('date', allDates),
    ...listed('deadline', deadlines),
    ...lines,
    '',
  ].join('\n');
  return {
    references: f1(references),
    dates: f1(allDates),
    deadlines: f1(deadlines),
    owners,
    tasks: taskCount,
    text,
  };
}

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

export function loadGold(folder: 'seeds' | 'corpus'): GoldFile[] {
  const dir = join(SHARED_DIR, folder);
  if (!existsSync(dir)) throw new Error(`gold files not found in ${dir} (set VANBAN_SHARED)`);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
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
): Score {
  const result: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0, missed: [], spurious: [] };
  const used = new Set<G>();
  const matches = (g: G, p: P) =>
    (g.start === p.start && g.end === p.end) || (g.start < p.end && p.start < g.end && same(g, p));
  for (const p of predicted) {
    const g = gold.find((item) => !used.has(item) && matches(item, p));
    if (!g) {
      result.falsePositives += 1;
      result.spurious.push(`${label}${JSON.stringify(p.text)}@${p.start}`);
      continue;
    }
    used.add(g);
    if (!g.optional) result.truePositives += 1;
  }
  for (const g of gold) {
    if (g.optional || used.has(g)) continue;
    result.falseNegatives += 1;
    result.missed.push(`${label}${JSON.stringify(g.text)}@${g.start}`);
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
export function scoreKind(gold: GoldDate[], predicted: GoldDate[], kind: string, label = ''): Score {
  const required = gold.filter((g) => g.kind === kind || g.optional);
  const relabelled = required.map((g) => (g.kind === kind ? g : { ...g, optional: true }));
  return score(
    relabelled,
    predicted.filter((p) => p.kind === kind),
    (g, p) => g.value === p.value,
    label,
  );
}
